import type { Policy } from '../model/policy.js';
import { policySlot } from '../model/aws-resources.js';

export interface AnalyzerTarget {
  policyType: 'IDENTITY_POLICY' | 'RESOURCE_POLICY' | 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY';
  /** ValidatePolicy's resource type, for the checks specific to it. */
  validateResourceType?: string;
  /** CheckNoPublicAccess's resource type, where Access Analyzer supports one. */
  publicAccessType?: string;
}

/** The policy type Access Analyzer must be told, from what the policy is attached to. */
export function analyzerTarget(p: Policy): AnalyzerTarget | undefined {
  switch (p.kind) {
    case 'identity':
      return { policyType: 'IDENTITY_POLICY' };
    case 'scp':
      return { policyType: 'SERVICE_CONTROL_POLICY' };
    case 'rcp':
      return { policyType: 'RESOURCE_CONTROL_POLICY' };
    case 'trust':
    case 'resource': {
      // Resource types Access Analyzer knows come from the catalogue; ECR repositories are not
      // among CheckNoPublicAccess's (design §3): policylint's own wildcard-principal covers those.
      const slot = policySlot(p.resourceType, p.kind);
      const trust = p.kind === 'trust' ? 'AWS::IAM::AssumeRolePolicyDocument' : undefined;
      const validate = trust ?? slot?.analyzerValidateType;
      const publicAccess = trust ?? slot?.analyzerPublicAccessType;
      return {
        policyType: 'RESOURCE_POLICY',
        ...(validate ? { validateResourceType: validate } : {}),
        ...(publicAccess ? { publicAccessType: publicAccess } : {}),
      };
    }
    default:
      return undefined;
  }
}
