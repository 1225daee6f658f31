// src/model/aws-resources.ts
var MANAGED = { limit: 6144, what: "a managed policy", whitespace: false };
var ROLE_INLINE = { limit: 10240, what: "a role's inline policies", whitespace: false };
var ECR_POLICY = { limit: 10240, what: "an ECR repository or registry policy", whitespace: true };
var identity = (attribute, quota) => ({ attribute, kind: "identity", ...quota ? { quota } : {} });
var resource = (attribute, extra = {}) => ({ attribute, kind: "resource", ...extra });
var S3 = { analyzerValidateType: "AWS::S3::Bucket", analyzerPublicAccessType: "AWS::S3::Bucket" };
var KMS = { analyzerPublicAccessType: "AWS::KMS::Key" };
var SNS = { analyzerPublicAccessType: "AWS::SNS::Topic" };
var SQS = { analyzerPublicAccessType: "AWS::SQS::Queue" };
var SECRET = { analyzerPublicAccessType: "AWS::SecretsManager::Secret" };
var AWS_RESOURCES = {
  aws_iam_policy: { service: "iam", awsType: "AWS::IAM::ManagedPolicy", policies: [identity("policy", MANAGED)], anonymous: true },
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
    anonymous: true,
    graph: true
  },
  aws_iam_role_policy: { service: "iam", awsType: "AWS::IAM::RolePolicy", policies: [identity("policy", ROLE_INLINE)], anonymous: true },
  aws_iam_user_policy: {
    service: "iam",
    awsType: "AWS::IAM::UserPolicy",
    policies: [identity("policy", { limit: 2048, what: "a user's inline policies", whitespace: false })],
    anonymous: true
  },
  aws_iam_group_policy: {
    service: "iam",
    awsType: "AWS::IAM::GroupPolicy",
    policies: [identity("policy", { limit: 5120, what: "a group's inline policies", whitespace: false })],
    anonymous: true
  },
  aws_ssoadmin_permission_set_inline_policy: { service: "sso", policies: [identity("inline_policy")], anonymous: true },
  aws_organizations_policy: { service: "organizations", policies: [{ attribute: "content", kind: "scp" }], anonymous: true },
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
  aws_sns_topic_policy: { service: "sns", awsType: "AWS::SNS::Topic", policies: [resource("policy", SNS)], anonymous: true },
  aws_sns_topic: { service: "sns", awsType: "AWS::SNS::Topic", policies: [resource("policy", SNS)], anonymous: true },
  aws_sqs_queue_policy: { service: "sqs", awsType: "AWS::SQS::Queue", policies: [resource("policy", SQS)], anonymous: true },
  aws_sqs_queue: { service: "sqs", awsType: "AWS::SQS::Queue", policies: [resource("policy", SQS)], anonymous: true },
  aws_kms_key: { service: "kms", awsType: "AWS::KMS::Key", policies: [resource("policy", KMS)], anonymous: true },
  aws_kms_key_policy: { service: "kms", awsType: "AWS::KMS::Key", policies: [resource("policy", KMS)], anonymous: true },
  aws_secretsmanager_secret_policy: {
    service: "secretsmanager",
    awsType: "AWS::SecretsManager::Secret",
    policies: [resource("policy", SECRET)],
    anonymous: true
  },
  aws_secretsmanager_secret: { service: "secretsmanager", awsType: "AWS::SecretsManager::Secret", policies: [resource("policy", SECRET)], anonymous: true },
  aws_glacier_vault: { service: "glacier", awsType: "AWS::Glacier::Vault", policies: [resource("access_policy")], anonymous: true },
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
  aws_cloudwatch_log_resource_policy: { service: "logs", policies: [resource("policy_document")], anonymous: true },
  aws_backup_vault_policy: { service: "backup", awsType: "AWS::Backup::BackupVault", policies: [resource("policy")], anonymous: true },
  aws_vpc_endpoint: { service: "ec2", awsType: "AWS::EC2::VPCEndpoint", policies: [resource("policy")], anonymous: true },
  aws_vpc_endpoint_policy: { service: "ec2", awsType: "AWS::EC2::VPCEndpoint", policies: [resource("policy")], anonymous: true },
  // Read by the IAM graph only (group-mfa, iam-semantics §6).
  aws_iam_group: { service: "iam", policies: [], anonymous: true, graph: true },
  aws_iam_user: { service: "iam", policies: [], anonymous: true, graph: true },
  aws_iam_group_policy_attachment: { service: "iam", policies: [], anonymous: true, graph: true },
  aws_iam_policy_attachment: { service: "iam", policies: [], anonymous: true, graph: true },
  aws_iam_user_group_membership: { service: "iam", policies: [], anonymous: true, graph: true },
  aws_iam_group_membership: { service: "iam", policies: [], anonymous: true, graph: true },
  aws_iam_access_key: { service: "iam", policies: [], anonymous: true, graph: true },
  aws_iam_user_login_profile: { service: "iam", policies: [], anonymous: true, graph: true },
  // Read by the IAM graph only (oidc-trust: what a role can do, which issuer a provider is; §8).
  aws_iam_role_policy_attachment: { service: "iam", policies: [], anonymous: true, graph: true },
  aws_iam_openid_connect_provider: { service: "iam", policies: [], anonymous: true, graph: true }
};
function resourceInfo(type) {
  return type !== void 0 && Object.hasOwn(AWS_RESOURCES, type) ? AWS_RESOURCES[type] : void 0;
}
function policySlot(resourceType, kind) {
  return resourceInfo(resourceType)?.policies.find((s) => s.kind === kind);
}
var POLICY_RESOURCES = Object.fromEntries(
  Object.entries(AWS_RESOURCES).filter(([, r]) => r.policies.length).map(([t, r]) => [t, r.policies])
);

export {
  resourceInfo,
  policySlot,
  POLICY_RESOURCES
};
