/** What a policy is for decides which rules apply: identity policies grant to their holder,
 * resource and trust policies name principals (iam-semantics §1). */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'scp' | 'document';

export interface PolicySlot {
  /** Attribute holding the policy; `block.attr` for a nested block such as `inline_policy.policy`. */
  attribute: string;
  kind: PolicyKind;
}

/** Every AWS provider resource that carries a policy document (issue 2 lists the minimum). */
export const POLICY_RESOURCES: Record<string, PolicySlot[]> = {
  aws_iam_policy: [{ attribute: 'policy', kind: 'identity' }],
  aws_iam_role: [
    { attribute: 'assume_role_policy', kind: 'trust' },
    { attribute: 'inline_policy.policy', kind: 'identity' },
  ],
  aws_iam_role_policy: [{ attribute: 'policy', kind: 'identity' }],
  aws_iam_user_policy: [{ attribute: 'policy', kind: 'identity' }],
  aws_iam_group_policy: [{ attribute: 'policy', kind: 'identity' }],
  aws_ssoadmin_permission_set_inline_policy: [{ attribute: 'inline_policy', kind: 'identity' }],
  aws_organizations_policy: [{ attribute: 'content', kind: 'scp' }],
  aws_ecr_repository_policy: [{ attribute: 'policy', kind: 'resource' }],
  aws_ecr_registry_policy: [{ attribute: 'policy', kind: 'resource' }],
  aws_ecrpublic_repository_policy: [{ attribute: 'policy', kind: 'resource' }],
  aws_s3_bucket_policy: [{ attribute: 'policy', kind: 'resource' }],
  aws_s3_bucket: [{ attribute: 'policy', kind: 'resource' }],
  aws_sns_topic_policy: [{ attribute: 'policy', kind: 'resource' }],
  aws_sns_topic: [{ attribute: 'policy', kind: 'resource' }],
  aws_sqs_queue_policy: [{ attribute: 'policy', kind: 'resource' }],
  aws_sqs_queue: [{ attribute: 'policy', kind: 'resource' }],
  aws_kms_key: [{ attribute: 'policy', kind: 'resource' }],
  aws_kms_key_policy: [{ attribute: 'policy', kind: 'resource' }],
  aws_secretsmanager_secret_policy: [{ attribute: 'policy', kind: 'resource' }],
  aws_secretsmanager_secret: [{ attribute: 'policy', kind: 'resource' }],
  aws_glacier_vault: [{ attribute: 'access_policy', kind: 'resource' }],
  aws_efs_file_system_policy: [{ attribute: 'policy', kind: 'resource' }],
  aws_elasticsearch_domain_policy: [{ attribute: 'access_policies', kind: 'resource' }],
  aws_opensearch_domain_policy: [{ attribute: 'access_policies', kind: 'resource' }],
  aws_cloudwatch_log_resource_policy: [{ attribute: 'policy_document', kind: 'resource' }],
  aws_backup_vault_policy: [{ attribute: 'policy', kind: 'resource' }],
  aws_vpc_endpoint: [{ attribute: 'policy', kind: 'resource' }],
  aws_vpc_endpoint_policy: [{ attribute: 'policy', kind: 'resource' }],
};
