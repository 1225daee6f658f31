/** What a policy is for decides which rules apply: identity policies grant to their holder,
 * resource and trust policies name principals (iam-semantics §1). */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'scp' | 'document';

/** An AWS quota on a policy's size (iam-semantics §7). */
export interface SizeQuota {
  limit: number;
  /** As the message names it: "a managed policy". */
  what: string;
  /** IAM counts characters without white space; ECR is counted raw (conservative). */
  whitespace: boolean;
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
}

export interface ResourceInfo {
  /** The IAM service prefix of what the resource governs (`ecr`, `s3`, `iam`). */
  service: string;
  /** The AWS resource the policy is attached to (CloudFormation type name), if any. */
  awsType?: string;
  /** Policies the resource carries; empty for resources read only by the IAM graph. */
  policies: PolicySlot[];
  /** Whether an unsigned (anonymous) request can reach the service: ECR needs a token from an
   * IAM policy first, so "*" there means every authenticated AWS customer (iam-semantics §1.3). */
  anonymous: boolean;
  /** Read by the IAM graph (group-mfa, role paths, role attachments; iam-semantics §6, §8) besides any policy. */
  graph?: boolean;
}

const MANAGED: SizeQuota = { limit: 6144, what: 'a managed policy', whitespace: false };
const ROLE_INLINE: SizeQuota = { limit: 10240, what: "a role's inline policies", whitespace: false };
const ECR_POLICY: SizeQuota = { limit: 10240, what: 'an ECR repository or registry policy', whitespace: true };

const identity = (attribute: string, quota?: SizeQuota): PolicySlot => ({ attribute, kind: 'identity', ...(quota ? { quota } : {}) });
const resource = (attribute: string, extra: Partial<PolicySlot> = {}): PolicySlot => ({ attribute, kind: 'resource', ...extra });
const S3 = { analyzerValidateType: 'AWS::S3::Bucket', analyzerPublicAccessType: 'AWS::S3::Bucket' };
const KMS = { analyzerPublicAccessType: 'AWS::KMS::Key' };
const SNS = { analyzerPublicAccessType: 'AWS::SNS::Topic' };
const SQS = { analyzerPublicAccessType: 'AWS::SQS::Queue' };
const SECRET = { analyzerPublicAccessType: 'AWS::SecretsManager::Secret' };

/**
 * The AWS provider's resources that carry a policy document or feed the IAM graph: the one place
 * every stage reads (parse keeps their blocks, extract finds their policies, policy-size, Access
 * Analyzer and the rules read their kind, quota and service). Adding a resource is one entry.
 */
export const AWS_RESOURCES: Readonly<Record<string, ResourceInfo>> = {
  aws_iam_policy: { service: 'iam', awsType: 'AWS::IAM::ManagedPolicy', policies: [identity('policy', MANAGED)], anonymous: true },
  aws_iam_role: {
    service: 'iam',
    awsType: 'AWS::IAM::Role',
    policies: [
      {
        attribute: 'assume_role_policy',
        kind: 'trust',
        quota: { limit: 2048, what: 'a role trust policy (default quota, adjustable)', whitespace: false },
        analyzerValidateType: 'AWS::IAM::AssumeRolePolicyDocument',
        analyzerPublicAccessType: 'AWS::IAM::AssumeRolePolicyDocument',
      },
      identity('inline_policy.policy', ROLE_INLINE),
    ],
    anonymous: true,
    graph: true,
  },
  aws_iam_role_policy: { service: 'iam', awsType: 'AWS::IAM::RolePolicy', policies: [identity('policy', ROLE_INLINE)], anonymous: true },
  aws_iam_user_policy: {
    service: 'iam',
    awsType: 'AWS::IAM::UserPolicy',
    policies: [identity('policy', { limit: 2048, what: "a user's inline policies", whitespace: false })],
    anonymous: true,
  },
  aws_iam_group_policy: {
    service: 'iam',
    awsType: 'AWS::IAM::GroupPolicy',
    policies: [identity('policy', { limit: 5120, what: "a group's inline policies", whitespace: false })],
    anonymous: true,
  },
  aws_ssoadmin_permission_set_inline_policy: { service: 'sso', policies: [identity('inline_policy')], anonymous: true },
  aws_organizations_policy: { service: 'organizations', policies: [{ attribute: 'content', kind: 'scp' }], anonymous: true },
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
  aws_sns_topic_policy: { service: 'sns', awsType: 'AWS::SNS::Topic', policies: [resource('policy', SNS)], anonymous: true },
  aws_sns_topic: { service: 'sns', awsType: 'AWS::SNS::Topic', policies: [resource('policy', SNS)], anonymous: true },
  aws_sqs_queue_policy: { service: 'sqs', awsType: 'AWS::SQS::Queue', policies: [resource('policy', SQS)], anonymous: true },
  aws_sqs_queue: { service: 'sqs', awsType: 'AWS::SQS::Queue', policies: [resource('policy', SQS)], anonymous: true },
  aws_kms_key: { service: 'kms', awsType: 'AWS::KMS::Key', policies: [resource('policy', KMS)], anonymous: true },
  aws_kms_key_policy: { service: 'kms', awsType: 'AWS::KMS::Key', policies: [resource('policy', KMS)], anonymous: true },
  aws_secretsmanager_secret_policy: {
    service: 'secretsmanager',
    awsType: 'AWS::SecretsManager::Secret',
    policies: [resource('policy', SECRET)],
    anonymous: true,
  },
  aws_secretsmanager_secret: { service: 'secretsmanager', awsType: 'AWS::SecretsManager::Secret', policies: [resource('policy', SECRET)], anonymous: true },
  aws_glacier_vault: { service: 'glacier', awsType: 'AWS::Glacier::Vault', policies: [resource('access_policy')], anonymous: true },
  aws_efs_file_system_policy: {
    service: 'elasticfilesystem',
    awsType: 'AWS::EFS::FileSystem',
    policies: [resource('policy', { analyzerPublicAccessType: 'AWS::EFS::FileSystem' })],
    anonymous: true,
  },
  aws_elasticsearch_domain_policy: { service: 'es', awsType: 'AWS::Elasticsearch::Domain', policies: [resource('access_policies')], anonymous: true },
  aws_opensearch_domain_policy: {
    service: 'es',
    awsType: 'AWS::OpenSearchService::Domain',
    policies: [resource('access_policies', { analyzerPublicAccessType: 'AWS::OpenSearchService::Domain' })],
    anonymous: true,
  },
  aws_cloudwatch_log_resource_policy: { service: 'logs', policies: [resource('policy_document')], anonymous: true },
  aws_backup_vault_policy: { service: 'backup', awsType: 'AWS::Backup::BackupVault', policies: [resource('policy')], anonymous: true },
  aws_vpc_endpoint: { service: 'ec2', awsType: 'AWS::EC2::VPCEndpoint', policies: [resource('policy')], anonymous: true },
  aws_vpc_endpoint_policy: { service: 'ec2', awsType: 'AWS::EC2::VPCEndpoint', policies: [resource('policy')], anonymous: true },
  // Read by the IAM graph only (group-mfa, iam-semantics §6).
  aws_iam_group: { service: 'iam', policies: [], anonymous: true, graph: true },
  aws_iam_user: { service: 'iam', policies: [], anonymous: true, graph: true },
  aws_iam_group_policy_attachment: { service: 'iam', policies: [], anonymous: true, graph: true },
  aws_iam_policy_attachment: { service: 'iam', policies: [], anonymous: true, graph: true },
  aws_iam_user_group_membership: { service: 'iam', policies: [], anonymous: true, graph: true },
  aws_iam_group_membership: { service: 'iam', policies: [], anonymous: true, graph: true },
  aws_iam_access_key: { service: 'iam', policies: [], anonymous: true, graph: true },
  aws_iam_user_login_profile: { service: 'iam', policies: [], anonymous: true, graph: true },
  // Read by the IAM graph only (oidc-trust: what a role can do, which issuer a provider is; §8).
  aws_iam_role_policy_attachment: { service: 'iam', policies: [], anonymous: true, graph: true },
  aws_iam_openid_connect_provider: { service: 'iam', policies: [], anonymous: true, graph: true },
};

export function resourceInfo(type: string | undefined): ResourceInfo | undefined {
  return type !== undefined && Object.hasOwn(AWS_RESOURCES, type) ? AWS_RESOURCES[type] : undefined;
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
