/** What a policy is for decides which rules apply: identity policies grant to their holder,
 * resource and trust policies name principals (iam-semantics §1). */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'scp' | 'rcp' | 'document';
/** What `.policylintrc` `policyKinds` may call a JSON policy file: a kind, or `vpc-endpoint`, a
 * VPC endpoint's policy (a resource policy that filters what goes through the endpoint and grants
 * nothing itself, as `aws_vpc_endpoint`'s `policy`). */
export type ConfiguredKind = Exclude<PolicyKind, 'document'> | 'vpc-endpoint';

/** Organization policies (SCP, RCP) are guardrails over the organization's own accounts, not
 * grants to outsiders (iam-semantics §3.1, §4): rules judge them as such. */
export const ORGANIZATION_KINDS: ReadonlySet<PolicyKind> = new Set(['scp', 'rcp']);

/** An AWS quota on a policy's size (iam-semantics §7). */
export interface SizeQuota {
  limit: number;
  /** As the message names it: "a managed policy". */
  what: string;
  /** IAM counts characters without white space; ECR is counted raw (conservative). */
  whitespace: boolean;
  /** A default an account can raise in Service Quotas, up to this: above the default, whether AWS
   * accepts the policy depends on the account, which the code does not say. */
  raisableTo?: number;
}

export interface PolicySlot {
  /** Attribute holding the policy; `block.attr` for a nested block such as `inline_policy.policy`. */
  attribute: string;
  kind: PolicyKind;
  quota?: SizeQuota;
  /** ValidatePolicy's resource type, for Access Analyzer's checks specific to it. */
  analyzerValidateType?: string;
  /** CheckNoPublicAccess's resource type, where Access Analyzer supports one (design §3). */
  analyzerPublicAccessType?: string;
  /** When another attribute decides what the policy is (`aws_organizations_policy.type`): its
   * values that are IAM policy language, by kind; any other value (a tag or backup policy) is not
   * an IAM policy at all, so it is neither parsed nor judged. */
  kindFrom?: { attribute: string; default: string; kinds: Readonly<Record<string, PolicyKind>> };
  /** The policy only narrows what passes (a VPC endpoint policy): it grants nothing by itself, so a
   * "*" principal there is AWS's default, not a public grant. */
  filter?: boolean;
}

/** What an attribute such as `type = "RESOURCE_CONTROL_POLICY"` makes a slot's policy: its kind,
 * `undefined` for a value that is not IAM language, `'unknown'` when the value is Unknown. */
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- 'unknown' names the third answer for readers
export function slotKind(slot: PolicySlot, decider: string | undefined | 'unknown'): PolicyKind | undefined | 'unknown' {
  if (!slot.kindFrom) return slot.kind;
  if (decider === 'unknown') return 'unknown';
  const value = decider ?? slot.kindFrom.default;
  return Object.hasOwn(slot.kindFrom.kinds, value) ? slot.kindFrom.kinds[value] : undefined;
}

export interface ResourceInfo {
  /** The IAM service prefix of what the resource governs (`ecr`, `s3`, `iam`). */
  service: string;
  /** The AWS resource the policy is attached to (CloudFormation type name), if any. */
  awsType?: string;
  /** Policies the resource carries; empty for resources read only by the IAM graph. */
  policies: PolicySlot[];
  /** Whether AWS documents unsigned (anonymous) requests for the service, so that an unpinned "*"
   * lets anyone in: S3, OpenSearch, EFS (NFS clients without IAM), API Gateway, CloudSearch. Where
   * no AWS text says so, false: a false anonymous witness is worse than a missed one. ECR needs a
   * token from an IAM policy first, so "*" there means every authenticated AWS customer (§1.3).
   * Sources: docs/ACCURACY.md ("Peers' fixtures"), "Resource catalogue". */
  anonymous: boolean;
  /** An OpenSearch / Elasticsearch domain (`self`), or a policy resource naming one: who gets
   * through its access policy also depends on the domain's `vpc_options` and
   * `advanced_security_options` (extract/domain-guards.ts). */
  domain?: 'self' | { attribute: string; types: readonly string[] };
  /** Read by the IAM graph (group-mfa, role paths, role attachments; iam-semantics §6, §8) besides any policy. */
  graph?: boolean;
  /** The service answers only requests from networks tied to the resource: a VPC Lattice service
   * or service network only those from the VPCs associated with it (VPC Lattice User Guide, "Auth
   * policies": AWS's own example allows every authenticated principal), so a "*" there reaches
   * whoever sends from those VPCs, not every AWS account. */
  network?: 'lattice';
}

const MANAGED: SizeQuota = { limit: 6144, what: 'a managed policy', whitespace: false };
const ROLE_INLINE: SizeQuota = { limit: 10240, what: "a role's inline policies", whitespace: false };
const ECR_POLICY: SizeQuota = { limit: 10240, what: 'an ECR repository or registry policy', whitespace: true };

const identity = (attribute: string, quota?: SizeQuota): PolicySlot => ({ attribute, kind: 'identity', ...(quota ? { quota } : {}) });
const resource = (attribute: string, extra: Partial<PolicySlot> = {}): PolicySlot => ({ attribute, kind: 'resource', ...extra });
// Quotas where AWS documents them (docs/ACCURACY.md ("Peers' fixtures")); white space handling unknown, so not counted.
const S3 = {
  analyzerValidateType: 'AWS::S3::Bucket',
  analyzerPublicAccessType: 'AWS::S3::Bucket',
  quota: { limit: 20480, what: 'an S3 bucket policy (20 KB)', whitespace: false },
};
const KMS = { analyzerPublicAccessType: 'AWS::KMS::Key', quota: { limit: 32768, what: 'a KMS key policy (32 KB)', whitespace: false } };
const SNS = { analyzerPublicAccessType: 'AWS::SNS::Topic', quota: { limit: 30720, what: 'an SNS topic policy (30 KB)', whitespace: false } };
const OPENSEARCH = { analyzerPublicAccessType: 'AWS::OpenSearchService::Domain' };
const APIGW = { analyzerPublicAccessType: 'AWS::ApiGateway::RestApi' };
const S3_ACCESS_POINT = { analyzerValidateType: 'AWS::S3::AccessPoint', analyzerPublicAccessType: 'AWS::S3::AccessPoint' };
const ENDPOINT = { filter: true };
const DOMAIN_POLICY = { attribute: 'domain_name', types: ['aws_opensearch_domain', 'aws_elasticsearch_domain'] };
const SQS = { analyzerPublicAccessType: 'AWS::SQS::Queue' };
const SECRET = { analyzerPublicAccessType: 'AWS::SecretsManager::Secret' };

/**
 * The AWS provider's resources that carry a policy document or feed the IAM graph: the one place
 * every stage reads (parse keeps their blocks, extract finds their policies, policy-size, Access
 * Analyzer and the rules read their kind, quota and service). Adding a resource is one entry.
 */
export const AWS_RESOURCES: Readonly<Record<string, ResourceInfo>> = {
  aws_iam_policy: { service: 'iam', awsType: 'AWS::IAM::ManagedPolicy', policies: [identity('policy', MANAGED)], anonymous: false },
  aws_iam_role: {
    service: 'iam',
    awsType: 'AWS::IAM::Role',
    policies: [
      {
        attribute: 'assume_role_policy',
        kind: 'trust',
        // iam-semantics §7: the maximum is reported as 4,096 or 8,192; the larger, so that
        // only a policy no account can hold is an error.
        quota: { limit: 2048, what: 'a role trust policy', whitespace: false, raisableTo: 8192 },
        analyzerValidateType: 'AWS::IAM::AssumeRolePolicyDocument',
        analyzerPublicAccessType: 'AWS::IAM::AssumeRolePolicyDocument',
      },
      identity('inline_policy.policy', ROLE_INLINE),
    ],
    anonymous: false,
    graph: true,
  },
  aws_iam_role_policy: { service: 'iam', awsType: 'AWS::IAM::RolePolicy', policies: [identity('policy', ROLE_INLINE)], anonymous: false },
  aws_iam_user_policy: {
    service: 'iam',
    awsType: 'AWS::IAM::UserPolicy',
    policies: [identity('policy', { limit: 2048, what: "a user's inline policies", whitespace: false })],
    anonymous: false,
  },
  aws_iam_group_policy: {
    service: 'iam',
    awsType: 'AWS::IAM::GroupPolicy',
    policies: [identity('policy', { limit: 5120, what: "a group's inline policies", whitespace: false })],
    anonymous: false,
  },
  aws_ssoadmin_permission_set_inline_policy: { service: 'sso', policies: [identity('inline_policy')], anonymous: false },
  aws_organizations_policy: {
    service: 'organizations',
    policies: [
      {
        attribute: 'content',
        kind: 'scp',
        // TAG_POLICY, BACKUP_POLICY, AISERVICES_OPT_OUT_POLICY, CHATBOT_POLICY, DECLARATIVE_POLICY_EC2:
        // their own JSON languages, not IAM's. The provider's default type is an SCP.
        kindFrom: { attribute: 'type', default: 'SERVICE_CONTROL_POLICY', kinds: { SERVICE_CONTROL_POLICY: 'scp', RESOURCE_CONTROL_POLICY: 'rcp' } },
      },
    ],
    anonymous: false,
  },
  aws_ecr_repository_policy: {
    service: 'ecr',
    awsType: 'AWS::ECR::Repository',
    policies: [resource('policy', { quota: ECR_POLICY })],
    anonymous: false,
  },
  aws_ecr_registry_policy: { service: 'ecr', awsType: 'AWS::ECR::RegistryPolicy', policies: [resource('policy', { quota: ECR_POLICY })], anonymous: false },
  aws_ecrpublic_repository_policy: {
    service: 'ecr-public',
    awsType: 'AWS::ECR::PublicRepository',
    policies: [resource('policy', { quota: ECR_POLICY })],
    anonymous: false,
  },
  aws_s3_bucket_policy: { service: 's3', awsType: 'AWS::S3::Bucket', policies: [resource('policy', S3)], anonymous: true },
  aws_s3_bucket: { service: 's3', awsType: 'AWS::S3::Bucket', policies: [resource('policy', S3)], anonymous: true },
  aws_sns_topic_policy: { service: 'sns', awsType: 'AWS::SNS::Topic', policies: [resource('policy', SNS)], anonymous: false },
  aws_sns_topic: { service: 'sns', awsType: 'AWS::SNS::Topic', policies: [resource('policy', SNS)], anonymous: false },
  aws_sqs_queue_policy: { service: 'sqs', awsType: 'AWS::SQS::Queue', policies: [resource('policy', SQS)], anonymous: false },
  aws_sqs_queue: { service: 'sqs', awsType: 'AWS::SQS::Queue', policies: [resource('policy', SQS)], anonymous: false },
  aws_kms_key: { service: 'kms', awsType: 'AWS::KMS::Key', policies: [resource('policy', KMS)], anonymous: false },
  aws_kms_key_policy: { service: 'kms', awsType: 'AWS::KMS::Key', policies: [resource('policy', KMS)], anonymous: false },
  aws_secretsmanager_secret_policy: {
    service: 'secretsmanager',
    awsType: 'AWS::SecretsManager::Secret',
    policies: [resource('policy', SECRET)],
    anonymous: false,
  },
  aws_secretsmanager_secret: { service: 'secretsmanager', awsType: 'AWS::SecretsManager::Secret', policies: [resource('policy', SECRET)], anonymous: false },
  aws_glacier_vault: {
    service: 'glacier',
    awsType: 'AWS::Glacier::Vault',
    policies: [resource('access_policy', { analyzerPublicAccessType: 'AWS::S3::Glacier' })],
    anonymous: false,
  },
  aws_efs_file_system_policy: {
    service: 'elasticfilesystem',
    awsType: 'AWS::EFS::FileSystem',
    policies: [resource('policy', { analyzerPublicAccessType: 'AWS::EFS::FileSystem' })],
    anonymous: true,
  },
  aws_elasticsearch_domain_policy: {
    service: 'es',
    awsType: 'AWS::Elasticsearch::Domain',
    policies: [resource('access_policies')],
    anonymous: true,
    domain: DOMAIN_POLICY,
  },
  aws_opensearch_domain_policy: {
    service: 'es',
    awsType: 'AWS::OpenSearchService::Domain',
    policies: [resource('access_policies', { analyzerPublicAccessType: 'AWS::OpenSearchService::Domain' })],
    anonymous: true,
    domain: DOMAIN_POLICY,
  },
  // Log-group resource policies are enforced for AWS service principals only (CloudWatch Logs API).
  aws_cloudwatch_log_resource_policy: {
    service: 'logs',
    policies: [resource('policy_document', { quota: { limit: 5120, what: 'a CloudWatch Logs resource policy', whitespace: false } })],
    anonymous: false,
  },
  aws_backup_vault_policy: {
    service: 'backup',
    awsType: 'AWS::Backup::BackupVault',
    policies: [resource('policy', { analyzerPublicAccessType: 'AWS::Backup::BackupVault' })],
    anonymous: false,
  },
  aws_vpc_endpoint: { service: 'ec2', awsType: 'AWS::EC2::VPCEndpoint', policies: [resource('policy', ENDPOINT)], anonymous: false },
  aws_vpc_endpoint_policy: { service: 'ec2', awsType: 'AWS::EC2::VPCEndpoint', policies: [resource('policy', ENDPOINT)], anonymous: false },
  // --- Resource policies beyond the first list (issue 10 item 5): one entry per resource type of
  // the AWS provider that takes a resource-based policy. `anonymous` only where AWS documents
  // unsigned requests for the service (docs/ACCURACY.md ("Peers' fixtures"), "Resource catalogue", has the sources).
  aws_opensearch_domain: {
    service: 'es',
    awsType: 'AWS::OpenSearchService::Domain',
    policies: [resource('access_policies', OPENSEARCH)],
    anonymous: true,
    domain: 'self',
  },
  aws_elasticsearch_domain: { service: 'es', awsType: 'AWS::Elasticsearch::Domain', policies: [resource('access_policies')], anonymous: true, domain: 'self' },
  aws_api_gateway_rest_api: { service: 'execute-api', awsType: 'AWS::ApiGateway::RestApi', policies: [resource('policy', APIGW)], anonymous: true },
  aws_api_gateway_rest_api_policy: { service: 'execute-api', awsType: 'AWS::ApiGateway::RestApi', policies: [resource('policy', APIGW)], anonymous: true },
  aws_api_gateway_domain_name: { service: 'execute-api', policies: [resource('policy')], anonymous: false },
  aws_cloudsearch_domain_service_access_policy: { service: 'cloudsearch', policies: [resource('access_policy')], anonymous: true },
  aws_kinesis_resource_policy: {
    service: 'kinesis',
    awsType: 'AWS::Kinesis::Stream',
    policies: [resource('policy', { analyzerPublicAccessType: 'AWS::Kinesis::Stream' })],
    anonymous: false,
  },
  aws_dynamodb_resource_policy: {
    service: 'dynamodb',
    awsType: 'AWS::DynamoDB::Table',
    policies: [
      resource('policy', {
        quota: { limit: 20480, what: 'a DynamoDB resource policy (20 KB)', whitespace: true },
        analyzerValidateType: 'AWS::DynamoDB::Table',
        analyzerPublicAccessType: 'AWS::DynamoDB::Table',
      }),
    ],
    anonymous: false,
  },
  aws_cloudwatch_event_bus_policy: { service: 'events', awsType: 'AWS::Events::EventBusPolicy', policies: [resource('policy')], anonymous: false },
  aws_codeartifact_repository_permissions_policy: {
    service: 'codeartifact',
    awsType: 'AWS::CodeArtifact::Repository',
    policies: [resource('policy_document')],
    anonymous: false,
  },
  aws_codeartifact_domain_permissions_policy: {
    service: 'codeartifact',
    awsType: 'AWS::CodeArtifact::Domain',
    policies: [resource('policy_document', { analyzerPublicAccessType: 'AWS::CodeArtifact::Domain' })],
    anonymous: false,
  },
  aws_glue_resource_policy: { service: 'glue', policies: [resource('policy')], anonymous: false },
  aws_lambda_resource_policy: {
    service: 'lambda',
    awsType: 'AWS::Lambda::Function',
    policies: [
      resource('policy', { quota: { limit: 20480, what: 'a Lambda resource policy', whitespace: false }, analyzerPublicAccessType: 'AWS::Lambda::Function' }),
    ],
    anonymous: false,
  },
  aws_cloudwatch_log_destination_policy: { service: 'logs', awsType: 'AWS::Logs::Destination', policies: [resource('access_policy')], anonymous: false },
  aws_cloudwatch_log_delivery_destination_policy: { service: 'logs', policies: [resource('delivery_destination_policy')], anonymous: false },
  aws_glacier_vault_lock: { service: 'glacier', awsType: 'AWS::Glacier::Vault', policies: [resource('policy')], anonymous: false },
  aws_kms_external_key: { service: 'kms', awsType: 'AWS::KMS::Key', policies: [resource('policy', KMS)], anonymous: false },
  aws_kms_replica_key: { service: 'kms', awsType: 'AWS::KMS::ReplicaKey', policies: [resource('policy', KMS)], anonymous: false },
  aws_kms_replica_external_key: { service: 'kms', awsType: 'AWS::KMS::ReplicaKey', policies: [resource('policy', KMS)], anonymous: false },
  aws_ecr_repository_creation_template: { service: 'ecr', policies: [resource('repository_policy', { quota: ECR_POLICY })], anonymous: false },
  aws_s3_access_point: { service: 's3', awsType: 'AWS::S3::AccessPoint', policies: [resource('policy', S3_ACCESS_POINT)], anonymous: false },
  aws_s3control_access_point_policy: { service: 's3', awsType: 'AWS::S3::AccessPoint', policies: [resource('policy', S3_ACCESS_POINT)], anonymous: false },
  aws_s3control_bucket_policy: {
    service: 's3-outposts',
    awsType: 'AWS::S3Outposts::BucketPolicy',
    policies: [resource('policy', { analyzerPublicAccessType: 'AWS::S3Outposts::Bucket' })],
    anonymous: false,
  },
  aws_s3control_object_lambda_access_point_policy: {
    service: 's3-object-lambda',
    awsType: 'AWS::S3ObjectLambda::AccessPointPolicy',
    policies: [resource('policy', { analyzerValidateType: 'AWS::S3ObjectLambda::AccessPoint' })],
    anonymous: false,
  },
  aws_s3control_multi_region_access_point_policy: {
    service: 's3',
    awsType: 'AWS::S3::MultiRegionAccessPointPolicy',
    policies: [resource('details.policy', { analyzerValidateType: 'AWS::S3::MultiRegionAccessPoint' })],
    anonymous: false,
  },
  aws_s3control_access_grants_instance_resource_policy: { service: 's3', policies: [resource('policy')], anonymous: false },
  aws_s3tables_table_bucket_policy: {
    service: 's3tables',
    awsType: 'AWS::S3Tables::TableBucketPolicy',
    policies: [resource('resource_policy', { analyzerPublicAccessType: 'AWS::S3Tables::TableBucket' })],
    anonymous: false,
  },
  aws_s3tables_table_policy: {
    service: 's3tables',
    policies: [resource('resource_policy', { analyzerPublicAccessType: 'AWS::S3Tables::Table' })],
    anonymous: false,
  },
  aws_s3vectors_vector_bucket_policy: { service: 's3vectors', policies: [resource('policy')], anonymous: false },
  aws_s3files_file_system_policy: { service: 's3files', policies: [resource('policy')], anonymous: false },
  aws_media_store_container_policy: { service: 'mediastore', awsType: 'AWS::MediaStore::Container', policies: [resource('policy')], anonymous: false },
  aws_redshift_resource_policy: { service: 'redshift', policies: [resource('policy')], anonymous: false },
  aws_redshiftserverless_resource_policy: { service: 'redshift-serverless', policies: [resource('policy')], anonymous: false },
  aws_xray_resource_policy: {
    service: 'xray',
    awsType: 'AWS::XRay::ResourcePolicy',
    policies: [resource('policy_document', { quota: { limit: 5120, what: 'an X-Ray resource policy (5 KB)', whitespace: false } })],
    anonymous: false,
  },
  aws_networkfirewall_resource_policy: { service: 'network-firewall', policies: [resource('policy')], anonymous: false },
  aws_ses_identity_policy: { service: 'ses', policies: [resource('policy')], anonymous: false },
  aws_sesv2_email_identity_policy: { service: 'ses', policies: [resource('policy')], anonymous: false },
  aws_msk_cluster_policy: { service: 'kafka', awsType: 'AWS::MSK::ClusterPolicy', policies: [resource('policy')], anonymous: false },
  aws_oam_sink_policy: { service: 'oam', awsType: 'AWS::Oam::Sink', policies: [resource('policy')], anonymous: false },
  aws_vpclattice_auth_policy: {
    service: 'vpc-lattice-svcs',
    awsType: 'AWS::VpcLattice::AuthPolicy',
    policies: [resource('policy')],
    anonymous: false,
    network: 'lattice',
  },
  aws_vpclattice_resource_policy: { service: 'vpc-lattice', awsType: 'AWS::VpcLattice::ResourcePolicy', policies: [resource('policy')], anonymous: false },
  aws_schemas_registry_policy: { service: 'schemas', awsType: 'AWS::EventSchemas::RegistryPolicy', policies: [resource('policy')], anonymous: false },
  aws_sagemaker_model_package_group_policy: { service: 'sagemaker', policies: [resource('resource_policy')], anonymous: false },
  aws_acmpca_policy: { service: 'acm-pca', policies: [resource('policy')], anonymous: false },
  aws_codebuild_resource_policy: { service: 'codebuild', policies: [resource('policy')], anonymous: false },
  aws_prometheus_resource_policy: { service: 'aps', policies: [resource('policy_document')], anonymous: false },
  aws_bedrockagentcore_resource_policy: { service: 'bedrock-agentcore', policies: [resource('policy')], anonymous: false },
  aws_dsql_cluster_policy: { service: 'dsql', policies: [resource('policy')], anonymous: false },
  aws_osis_pipeline_resource_policy: { service: 'osis', policies: [resource('policy')], anonymous: false },
  aws_pinpointsmsvoicev2_resource_policy: { service: 'sms-voice', policies: [resource('policy')], anonymous: false },
  aws_organizations_resource_policy: {
    service: 'organizations',
    awsType: 'AWS::Organizations::ResourcePolicy',
    policies: [resource('content')],
    anonymous: false,
  },
  // Session policies: identity-like, they only narrow a role session's permissions.
  aws_transfer_user: { service: 'transfer', policies: [identity('policy')], anonymous: false },
  aws_transfer_access: { service: 'transfer', policies: [identity('policy')], anonymous: false },
  aws_eks_pod_identity_association: { service: 'eks', policies: [identity('policy')], anonymous: false },
  aws_rolesanywhere_profile: { service: 'rolesanywhere', policies: [identity('session_policy')], anonymous: false },
  // Read by the IAM graph only (group-mfa, iam-semantics §6).
  aws_iam_group: { service: 'iam', policies: [], anonymous: false, graph: true },
  aws_iam_user: { service: 'iam', policies: [], anonymous: false, graph: true },
  aws_iam_group_policy_attachment: { service: 'iam', policies: [], anonymous: false, graph: true },
  aws_iam_policy_attachment: { service: 'iam', policies: [], anonymous: false, graph: true },
  aws_iam_user_group_membership: { service: 'iam', policies: [], anonymous: false, graph: true },
  aws_iam_group_membership: { service: 'iam', policies: [], anonymous: false, graph: true },
  aws_iam_access_key: { service: 'iam', policies: [], anonymous: false, graph: true },
  aws_iam_user_login_profile: { service: 'iam', policies: [], anonymous: false, graph: true },
  // Read by the IAM graph only (oidc-trust: what a role can do, which issuer a provider is; §8).
  aws_iam_role_policy_attachment: { service: 'iam', policies: [], anonymous: false, graph: true },
  aws_iam_openid_connect_provider: { service: 'iam', policies: [], anonymous: false, graph: true },
};

export function resourceInfo(type: string | undefined): ResourceInfo | undefined {
  return type !== undefined && Object.hasOwn(AWS_RESOURCES, type) ? AWS_RESOURCES[type] : undefined;
}

/** Services with an entry that takes unsigned requests, for policies whose resource is not known
 * (a JSON file, a policy document): every action of the statement must belong to one of them. */
const ANONYMOUS_SERVICES: ReadonlySet<string> = new Set(
  Object.values(AWS_RESOURCES)
    .filter((r) => r.anonymous)
    .map((r) => r.service),
);

/** Whether an anonymous caller can reach what the policy governs: the catalogue's word for a known
 * resource type; otherwise whether every action names a service that takes unsigned requests. */
export function acceptsAnonymous(resourceType: string | undefined, actionServices: readonly string[]): boolean {
  const info = resourceInfo(resourceType);
  if (info) return info.anonymous;
  return actionServices.length > 0 && actionServices.every((s) => ANONYMOUS_SERVICES.has(s.toLowerCase()));
}

/** The slot a policy sits in: its resource type and kind (an `aws_iam_role` holds two). */
export function policySlot(resourceType: string | undefined, kind: PolicyKind): PolicySlot | undefined {
  return resourceInfo(resourceType)?.policies.find((s) => s.kind === kind);
}

/** Resource types whose policies policylint reads, with their slots (extract reads this). */
export const POLICY_RESOURCES: Readonly<Record<string, PolicySlot[]>> = Object.fromEntries(
  Object.entries(AWS_RESOURCES)
    .filter(([, r]) => r.policies.length)
    .map(([t, r]) => [t, r.policies]),
);
