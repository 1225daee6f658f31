import type { Policy } from '../model/policy.js';

export interface AnalyzerTarget {
  policyType: 'IDENTITY_POLICY' | 'RESOURCE_POLICY' | 'SERVICE_CONTROL_POLICY';
  /** ValidatePolicy's resource type, for the checks specific to it. */
  validateResourceType?: string;
  /** CheckNoPublicAccess's resource type, where Access Analyzer supports one. */
  publicAccessType?: string;
}

/** CheckNoPublicAccess resource types by Terraform resource; ECR repositories are not among
 * them (design §3): policylint's own wildcard-principal covers those. */
const PUBLIC_ACCESS: Record<string, string> = {
  aws_s3_bucket_policy: 'AWS::S3::Bucket',
  aws_s3_bucket: 'AWS::S3::Bucket',
  aws_kms_key: 'AWS::KMS::Key',
  aws_kms_key_policy: 'AWS::KMS::Key',
  aws_sns_topic_policy: 'AWS::SNS::Topic',
  aws_sns_topic: 'AWS::SNS::Topic',
  aws_sqs_queue_policy: 'AWS::SQS::Queue',
  aws_sqs_queue: 'AWS::SQS::Queue',
  aws_secretsmanager_secret_policy: 'AWS::SecretsManager::Secret',
  aws_secretsmanager_secret: 'AWS::SecretsManager::Secret',
  aws_efs_file_system_policy: 'AWS::EFS::FileSystem',
  aws_opensearch_domain_policy: 'AWS::OpenSearchService::Domain',
};

/** The policy type Access Analyzer must be told, from what the policy is attached to. */
export function analyzerTarget(p: Policy): AnalyzerTarget | undefined {
  switch (p.kind) {
    case 'identity':
      return { policyType: 'IDENTITY_POLICY' };
    case 'scp':
      return { policyType: 'SERVICE_CONTROL_POLICY' };
    case 'trust':
      return {
        policyType: 'RESOURCE_POLICY',
        validateResourceType: 'AWS::IAM::AssumeRolePolicyDocument',
        publicAccessType: 'AWS::IAM::AssumeRolePolicyDocument',
      };
    case 'resource': {
      const rt = p.resourceType ?? '';
      const s3 = rt === 'aws_s3_bucket_policy' || rt === 'aws_s3_bucket';
      return {
        policyType: 'RESOURCE_POLICY',
        ...(s3 ? { validateResourceType: 'AWS::S3::Bucket' } : {}),
        ...(PUBLIC_ACCESS[rt] ? { publicAccessType: PUBLIC_ACCESS[rt] } : {}),
      };
    }
    default:
      return undefined;
  }
}
