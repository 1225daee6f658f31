// src/model/value.ts
var str = (value, origin) => ({ kind: "string", value, origin });
var unknown = (text, origin, extra = {}) => ({
  kind: "unknown",
  text,
  origin,
  ...extra
});
function getEntry(obj, key) {
  for (let i = obj.entries.length - 1; i >= 0; i--) if (obj.entries[i].key === key) return obj.entries[i];
  return void 0;
}
function toPlain(v, asWritten = false) {
  switch (v.kind) {
    case "string":
      return asWritten && v.symbolic ? v.symbolic : v.value;
    case "number":
    case "bool":
      return v.value;
    case "null":
      return null;
    case "list":
      return v.items.map((i) => toPlain(i, asWritten));
    case "object": {
      const out = {};
      for (const e of v.entries)
        Object.defineProperty(out, e.key, { value: toPlain(e.value, asWritten), enumerable: true, writable: true, configurable: true });
      return out;
    }
    case "unknown":
      return v.text;
  }
}
function isKnownDeep(v) {
  if (v.kind === "unknown") return false;
  if (v.kind === "list") return v.items.every(isKnownDeep);
  if (v.kind === "object") return v.entries.every((e) => isKnownDeep(e.value));
  return true;
}
function fromPlain(x, origin) {
  if (x === null || x === void 0) return { kind: "null", origin };
  if (typeof x === "string") return str(x, origin);
  if (typeof x === "number") return { kind: "number", value: x, origin };
  if (typeof x === "boolean") return { kind: "bool", value: x, origin };
  if (Array.isArray(x)) return { kind: "list", items: x.map((i) => fromPlain(i, origin)), origin };
  return {
    kind: "object",
    entries: Object.entries(x).map(([key, v]) => ({ key, value: fromPlain(v, origin) })),
    origin
  };
}

// src/model/aws-resources.ts
var ORGANIZATION_KINDS = /* @__PURE__ */ new Set(["scp", "rcp"]);
function slotKind(slot, decider) {
  if (!slot.kindFrom) return slot.kind;
  if (decider === "unknown") return "unknown";
  const value = decider ?? slot.kindFrom.default;
  return Object.hasOwn(slot.kindFrom.kinds, value) ? slot.kindFrom.kinds[value] : void 0;
}
var MANAGED = { limit: 6144, what: "a managed policy", whitespace: false };
var ROLE_INLINE = { limit: 10240, what: "a role's inline policies", whitespace: false };
var ECR_POLICY = { limit: 10240, what: "an ECR repository or registry policy", whitespace: true };
var identity = (attribute, quota) => ({ attribute, kind: "identity", ...quota ? { quota } : {} });
var resource = (attribute, extra = {}) => ({ attribute, kind: "resource", ...extra });
var S3 = {
  analyzerValidateType: "AWS::S3::Bucket",
  analyzerPublicAccessType: "AWS::S3::Bucket",
  quota: { limit: 20480, what: "an S3 bucket policy (20 KB)", whitespace: false }
};
var KMS = { analyzerPublicAccessType: "AWS::KMS::Key", quota: { limit: 32768, what: "a KMS key policy (32 KB)", whitespace: false } };
var SNS = { analyzerPublicAccessType: "AWS::SNS::Topic", quota: { limit: 30720, what: "an SNS topic policy (30 KB)", whitespace: false } };
var OPENSEARCH = { analyzerPublicAccessType: "AWS::OpenSearchService::Domain" };
var APIGW = { analyzerPublicAccessType: "AWS::ApiGateway::RestApi" };
var S3_ACCESS_POINT = { analyzerValidateType: "AWS::S3::AccessPoint", analyzerPublicAccessType: "AWS::S3::AccessPoint" };
var ENDPOINT = { filter: true };
var SQS = { analyzerPublicAccessType: "AWS::SQS::Queue" };
var SECRET = { analyzerPublicAccessType: "AWS::SecretsManager::Secret" };
var AWS_RESOURCES = {
  aws_iam_policy: { service: "iam", awsType: "AWS::IAM::ManagedPolicy", policies: [identity("policy", MANAGED)], anonymous: false },
  aws_iam_role: {
    service: "iam",
    awsType: "AWS::IAM::Role",
    policies: [
      {
        attribute: "assume_role_policy",
        kind: "trust",
        quota: { limit: 2048, what: "a role trust policy (default quota, adjustable)", whitespace: false },
        analyzerValidateType: "AWS::IAM::AssumeRolePolicyDocument",
        analyzerPublicAccessType: "AWS::IAM::AssumeRolePolicyDocument"
      },
      identity("inline_policy.policy", ROLE_INLINE)
    ],
    anonymous: false,
    graph: true
  },
  aws_iam_role_policy: { service: "iam", awsType: "AWS::IAM::RolePolicy", policies: [identity("policy", ROLE_INLINE)], anonymous: false },
  aws_iam_user_policy: {
    service: "iam",
    awsType: "AWS::IAM::UserPolicy",
    policies: [identity("policy", { limit: 2048, what: "a user's inline policies", whitespace: false })],
    anonymous: false
  },
  aws_iam_group_policy: {
    service: "iam",
    awsType: "AWS::IAM::GroupPolicy",
    policies: [identity("policy", { limit: 5120, what: "a group's inline policies", whitespace: false })],
    anonymous: false
  },
  aws_ssoadmin_permission_set_inline_policy: { service: "sso", policies: [identity("inline_policy")], anonymous: false },
  aws_organizations_policy: {
    service: "organizations",
    policies: [
      {
        attribute: "content",
        kind: "scp",
        // TAG_POLICY, BACKUP_POLICY, AISERVICES_OPT_OUT_POLICY, CHATBOT_POLICY, DECLARATIVE_POLICY_EC2:
        // their own JSON languages, not IAM's. The provider's default type is an SCP.
        kindFrom: { attribute: "type", default: "SERVICE_CONTROL_POLICY", kinds: { SERVICE_CONTROL_POLICY: "scp", RESOURCE_CONTROL_POLICY: "rcp" } }
      }
    ],
    anonymous: false
  },
  aws_ecr_repository_policy: {
    service: "ecr",
    awsType: "AWS::ECR::Repository",
    policies: [resource("policy", { quota: ECR_POLICY })],
    anonymous: false
  },
  aws_ecr_registry_policy: { service: "ecr", awsType: "AWS::ECR::RegistryPolicy", policies: [resource("policy", { quota: ECR_POLICY })], anonymous: false },
  aws_ecrpublic_repository_policy: {
    service: "ecr-public",
    awsType: "AWS::ECR::PublicRepository",
    policies: [resource("policy", { quota: ECR_POLICY })],
    anonymous: false
  },
  aws_s3_bucket_policy: { service: "s3", awsType: "AWS::S3::Bucket", policies: [resource("policy", S3)], anonymous: true },
  aws_s3_bucket: { service: "s3", awsType: "AWS::S3::Bucket", policies: [resource("policy", S3)], anonymous: true },
  aws_sns_topic_policy: { service: "sns", awsType: "AWS::SNS::Topic", policies: [resource("policy", SNS)], anonymous: false },
  aws_sns_topic: { service: "sns", awsType: "AWS::SNS::Topic", policies: [resource("policy", SNS)], anonymous: false },
  aws_sqs_queue_policy: { service: "sqs", awsType: "AWS::SQS::Queue", policies: [resource("policy", SQS)], anonymous: false },
  aws_sqs_queue: { service: "sqs", awsType: "AWS::SQS::Queue", policies: [resource("policy", SQS)], anonymous: false },
  aws_kms_key: { service: "kms", awsType: "AWS::KMS::Key", policies: [resource("policy", KMS)], anonymous: false },
  aws_kms_key_policy: { service: "kms", awsType: "AWS::KMS::Key", policies: [resource("policy", KMS)], anonymous: false },
  aws_secretsmanager_secret_policy: {
    service: "secretsmanager",
    awsType: "AWS::SecretsManager::Secret",
    policies: [resource("policy", SECRET)],
    anonymous: false
  },
  aws_secretsmanager_secret: { service: "secretsmanager", awsType: "AWS::SecretsManager::Secret", policies: [resource("policy", SECRET)], anonymous: false },
  aws_glacier_vault: {
    service: "glacier",
    awsType: "AWS::Glacier::Vault",
    policies: [resource("access_policy", { analyzerPublicAccessType: "AWS::S3::Glacier" })],
    anonymous: false
  },
  aws_efs_file_system_policy: {
    service: "elasticfilesystem",
    awsType: "AWS::EFS::FileSystem",
    policies: [resource("policy", { analyzerPublicAccessType: "AWS::EFS::FileSystem" })],
    anonymous: true
  },
  aws_elasticsearch_domain_policy: { service: "es", awsType: "AWS::Elasticsearch::Domain", policies: [resource("access_policies")], anonymous: true },
  aws_opensearch_domain_policy: {
    service: "es",
    awsType: "AWS::OpenSearchService::Domain",
    policies: [resource("access_policies", { analyzerPublicAccessType: "AWS::OpenSearchService::Domain" })],
    anonymous: true
  },
  // Log-group resource policies are enforced for AWS service principals only (CloudWatch Logs API).
  aws_cloudwatch_log_resource_policy: {
    service: "logs",
    policies: [resource("policy_document", { quota: { limit: 5120, what: "a CloudWatch Logs resource policy", whitespace: false } })],
    anonymous: false
  },
  aws_backup_vault_policy: {
    service: "backup",
    awsType: "AWS::Backup::BackupVault",
    policies: [resource("policy", { analyzerPublicAccessType: "AWS::Backup::BackupVault" })],
    anonymous: false
  },
  aws_vpc_endpoint: { service: "ec2", awsType: "AWS::EC2::VPCEndpoint", policies: [resource("policy", ENDPOINT)], anonymous: false },
  aws_vpc_endpoint_policy: { service: "ec2", awsType: "AWS::EC2::VPCEndpoint", policies: [resource("policy", ENDPOINT)], anonymous: false },
  // --- Resource policies beyond the first list (issue 10 item 5): one entry per resource type of
  // the AWS provider that takes a resource-based policy. `anonymous` only where AWS documents
  // unsigned requests for the service (docs/ACCURACY.md ("Peers' fixtures"), "Resource catalogue", has the sources).
  aws_opensearch_domain: { service: "es", awsType: "AWS::OpenSearchService::Domain", policies: [resource("access_policies", OPENSEARCH)], anonymous: true },
  aws_elasticsearch_domain: { service: "es", awsType: "AWS::Elasticsearch::Domain", policies: [resource("access_policies")], anonymous: true },
  aws_api_gateway_rest_api: { service: "execute-api", awsType: "AWS::ApiGateway::RestApi", policies: [resource("policy", APIGW)], anonymous: true },
  aws_api_gateway_rest_api_policy: { service: "execute-api", awsType: "AWS::ApiGateway::RestApi", policies: [resource("policy", APIGW)], anonymous: true },
  aws_api_gateway_domain_name: { service: "execute-api", policies: [resource("policy")], anonymous: false },
  aws_cloudsearch_domain_service_access_policy: { service: "cloudsearch", policies: [resource("access_policy")], anonymous: true },
  aws_kinesis_resource_policy: {
    service: "kinesis",
    awsType: "AWS::Kinesis::Stream",
    policies: [resource("policy", { analyzerPublicAccessType: "AWS::Kinesis::Stream" })],
    anonymous: false
  },
  aws_dynamodb_resource_policy: {
    service: "dynamodb",
    awsType: "AWS::DynamoDB::Table",
    policies: [
      resource("policy", {
        quota: { limit: 20480, what: "a DynamoDB resource policy (20 KB)", whitespace: true },
        analyzerValidateType: "AWS::DynamoDB::Table",
        analyzerPublicAccessType: "AWS::DynamoDB::Table"
      })
    ],
    anonymous: false
  },
  aws_cloudwatch_event_bus_policy: { service: "events", awsType: "AWS::Events::EventBusPolicy", policies: [resource("policy")], anonymous: false },
  aws_codeartifact_repository_permissions_policy: {
    service: "codeartifact",
    awsType: "AWS::CodeArtifact::Repository",
    policies: [resource("policy_document")],
    anonymous: false
  },
  aws_codeartifact_domain_permissions_policy: {
    service: "codeartifact",
    awsType: "AWS::CodeArtifact::Domain",
    policies: [resource("policy_document", { analyzerPublicAccessType: "AWS::CodeArtifact::Domain" })],
    anonymous: false
  },
  aws_glue_resource_policy: { service: "glue", policies: [resource("policy")], anonymous: false },
  aws_lambda_resource_policy: {
    service: "lambda",
    awsType: "AWS::Lambda::Function",
    policies: [
      resource("policy", { quota: { limit: 20480, what: "a Lambda resource policy", whitespace: false }, analyzerPublicAccessType: "AWS::Lambda::Function" })
    ],
    anonymous: false
  },
  aws_cloudwatch_log_destination_policy: { service: "logs", awsType: "AWS::Logs::Destination", policies: [resource("access_policy")], anonymous: false },
  aws_cloudwatch_log_delivery_destination_policy: { service: "logs", policies: [resource("delivery_destination_policy")], anonymous: false },
  aws_glacier_vault_lock: { service: "glacier", awsType: "AWS::Glacier::Vault", policies: [resource("policy")], anonymous: false },
  aws_kms_external_key: { service: "kms", awsType: "AWS::KMS::Key", policies: [resource("policy", KMS)], anonymous: false },
  aws_kms_replica_key: { service: "kms", awsType: "AWS::KMS::ReplicaKey", policies: [resource("policy", KMS)], anonymous: false },
  aws_kms_replica_external_key: { service: "kms", awsType: "AWS::KMS::ReplicaKey", policies: [resource("policy", KMS)], anonymous: false },
  aws_ecr_repository_creation_template: { service: "ecr", policies: [resource("repository_policy", { quota: ECR_POLICY })], anonymous: false },
  aws_s3_access_point: { service: "s3", awsType: "AWS::S3::AccessPoint", policies: [resource("policy", S3_ACCESS_POINT)], anonymous: false },
  aws_s3control_access_point_policy: { service: "s3", awsType: "AWS::S3::AccessPoint", policies: [resource("policy", S3_ACCESS_POINT)], anonymous: false },
  aws_s3control_bucket_policy: {
    service: "s3-outposts",
    awsType: "AWS::S3Outposts::BucketPolicy",
    policies: [resource("policy", { analyzerPublicAccessType: "AWS::S3Outposts::Bucket" })],
    anonymous: false
  },
  aws_s3control_object_lambda_access_point_policy: {
    service: "s3-object-lambda",
    awsType: "AWS::S3ObjectLambda::AccessPointPolicy",
    policies: [resource("policy", { analyzerValidateType: "AWS::S3ObjectLambda::AccessPoint" })],
    anonymous: false
  },
  aws_s3control_multi_region_access_point_policy: {
    service: "s3",
    awsType: "AWS::S3::MultiRegionAccessPointPolicy",
    policies: [resource("details.policy", { analyzerValidateType: "AWS::S3::MultiRegionAccessPoint" })],
    anonymous: false
  },
  aws_s3control_access_grants_instance_resource_policy: { service: "s3", policies: [resource("policy")], anonymous: false },
  aws_s3tables_table_bucket_policy: {
    service: "s3tables",
    awsType: "AWS::S3Tables::TableBucketPolicy",
    policies: [resource("resource_policy", { analyzerPublicAccessType: "AWS::S3Tables::TableBucket" })],
    anonymous: false
  },
  aws_s3tables_table_policy: {
    service: "s3tables",
    policies: [resource("resource_policy", { analyzerPublicAccessType: "AWS::S3Tables::Table" })],
    anonymous: false
  },
  aws_s3vectors_vector_bucket_policy: { service: "s3vectors", policies: [resource("policy")], anonymous: false },
  aws_s3files_file_system_policy: { service: "s3files", policies: [resource("policy")], anonymous: false },
  aws_media_store_container_policy: { service: "mediastore", awsType: "AWS::MediaStore::Container", policies: [resource("policy")], anonymous: false },
  aws_redshift_resource_policy: { service: "redshift", policies: [resource("policy")], anonymous: false },
  aws_redshiftserverless_resource_policy: { service: "redshift-serverless", policies: [resource("policy")], anonymous: false },
  aws_xray_resource_policy: {
    service: "xray",
    awsType: "AWS::XRay::ResourcePolicy",
    policies: [resource("policy_document", { quota: { limit: 5120, what: "an X-Ray resource policy (5 KB)", whitespace: false } })],
    anonymous: false
  },
  aws_networkfirewall_resource_policy: { service: "network-firewall", policies: [resource("policy")], anonymous: false },
  aws_ses_identity_policy: { service: "ses", policies: [resource("policy")], anonymous: false },
  aws_sesv2_email_identity_policy: { service: "ses", policies: [resource("policy")], anonymous: false },
  aws_msk_cluster_policy: { service: "kafka", awsType: "AWS::MSK::ClusterPolicy", policies: [resource("policy")], anonymous: false },
  aws_oam_sink_policy: { service: "oam", awsType: "AWS::Oam::Sink", policies: [resource("policy")], anonymous: false },
  aws_vpclattice_auth_policy: { service: "vpc-lattice-svcs", awsType: "AWS::VpcLattice::AuthPolicy", policies: [resource("policy")], anonymous: false },
  aws_vpclattice_resource_policy: { service: "vpc-lattice", awsType: "AWS::VpcLattice::ResourcePolicy", policies: [resource("policy")], anonymous: false },
  aws_schemas_registry_policy: { service: "schemas", awsType: "AWS::EventSchemas::RegistryPolicy", policies: [resource("policy")], anonymous: false },
  aws_sagemaker_model_package_group_policy: { service: "sagemaker", policies: [resource("resource_policy")], anonymous: false },
  aws_acmpca_policy: { service: "acm-pca", policies: [resource("policy")], anonymous: false },
  aws_codebuild_resource_policy: { service: "codebuild", policies: [resource("policy")], anonymous: false },
  aws_prometheus_resource_policy: { service: "aps", policies: [resource("policy_document")], anonymous: false },
  aws_bedrockagentcore_resource_policy: { service: "bedrock-agentcore", policies: [resource("policy")], anonymous: false },
  aws_dsql_cluster_policy: { service: "dsql", policies: [resource("policy")], anonymous: false },
  aws_osis_pipeline_resource_policy: { service: "osis", policies: [resource("policy")], anonymous: false },
  aws_pinpointsmsvoicev2_resource_policy: { service: "sms-voice", policies: [resource("policy")], anonymous: false },
  aws_organizations_resource_policy: {
    service: "organizations",
    awsType: "AWS::Organizations::ResourcePolicy",
    policies: [resource("content")],
    anonymous: false
  },
  // Session policies: identity-like, they only narrow a role session's permissions.
  aws_transfer_user: { service: "transfer", policies: [identity("policy")], anonymous: false },
  aws_transfer_access: { service: "transfer", policies: [identity("policy")], anonymous: false },
  aws_eks_pod_identity_association: { service: "eks", policies: [identity("policy")], anonymous: false },
  aws_rolesanywhere_profile: { service: "rolesanywhere", policies: [identity("session_policy")], anonymous: false },
  // Read by the IAM graph only (group-mfa, iam-semantics §6).
  aws_iam_group: { service: "iam", policies: [], anonymous: false, graph: true },
  aws_iam_user: { service: "iam", policies: [], anonymous: false, graph: true },
  aws_iam_group_policy_attachment: { service: "iam", policies: [], anonymous: false, graph: true },
  aws_iam_policy_attachment: { service: "iam", policies: [], anonymous: false, graph: true },
  aws_iam_user_group_membership: { service: "iam", policies: [], anonymous: false, graph: true },
  aws_iam_group_membership: { service: "iam", policies: [], anonymous: false, graph: true },
  aws_iam_access_key: { service: "iam", policies: [], anonymous: false, graph: true },
  aws_iam_user_login_profile: { service: "iam", policies: [], anonymous: false, graph: true },
  // Read by the IAM graph only (oidc-trust: what a role can do, which issuer a provider is; §8).
  aws_iam_role_policy_attachment: { service: "iam", policies: [], anonymous: false, graph: true },
  aws_iam_openid_connect_provider: { service: "iam", policies: [], anonymous: false, graph: true }
};
function resourceInfo(type) {
  return type !== void 0 && Object.hasOwn(AWS_RESOURCES, type) ? AWS_RESOURCES[type] : void 0;
}
var ANONYMOUS_SERVICES = new Set(
  Object.values(AWS_RESOURCES).filter((r) => r.anonymous).map((r) => r.service)
);
function acceptsAnonymous(resourceType, actionServices) {
  const info = resourceInfo(resourceType);
  if (info) return info.anonymous;
  return actionServices.length > 0 && actionServices.every((s) => ANONYMOUS_SERVICES.has(s.toLowerCase()));
}
function policySlot(resourceType, kind) {
  return resourceInfo(resourceType)?.policies.find((s) => s.kind === kind);
}
var POLICY_RESOURCES = Object.fromEntries(
  Object.entries(AWS_RESOURCES).filter(([, r]) => r.policies.length).map(([t, r]) => [t, r.policies])
);

export {
  unknown,
  getEntry,
  toPlain,
  isKnownDeep,
  fromPlain,
  ORGANIZATION_KINDS,
  slotKind,
  resourceInfo,
  acceptsAnonymous,
  policySlot,
  POLICY_RESOURCES
};
