import type { NormalizedPolicy } from '../model/policy.js';
import { isKnownDeep, toPlain } from '../model/value.js';
import type { Report, Severity } from '../model/finding.js';
import { globMatch } from '../policy/glob.js';
import { childPath } from '../model/paths.js';
import { AnalyzerCache } from './cache.js';
import { locationPath, type AaLocation } from './locations.js';
import { analyzerTarget, type AnalyzerTarget } from './policy-type.js';

export interface AnalyzerOptions {
  region?: string;
  checkNoPublicAccess?: boolean;
  accessNotGranted?: Array<{ addresses: string[]; actions?: string[]; resources?: string[] }>;
  /** Where answers are cached; undefined with --no-cache. */
  cacheFile?: string;
  concurrency?: number;
  /** Per request, and per policy with its retries and pages (an endpoint that never answers). */
  timeoutMs?: number;
}

export interface AnalyzerReport {
  ruleId: string;
  severity: Severity;
  helpUri?: string;
  report: Report;
}

export interface AnalyzerResult {
  reports: AnalyzerReport[];
  requests: number;
  billedChecks: number;
  cached: number;
  /** Policies Access Analyzer (or the cache) gave a ValidatePolicy answer for. */
  validated: number;
  /** Checks that failed for a reason of their own (one line each in `notices`). */
  failed: number;
  skippedUnknown: number;
  /** Why Access Analyzer could not be asked at all (credentials, region, network, permissions). */
  unavailable?: string;
  /** Policies Access Analyzer refused or failed on, one line each; the others were checked. */
  notices: string[];
}

interface StoredFinding {
  issueCode: string;
  findingType: string;
  findingDetails: string;
  learnMoreLink?: string;
  locations?: AaLocation[];
}

interface CheckAnswer {
  result?: string;
  message?: string;
  reasons?: Array<{ description?: string; statementIndex?: number; statementId?: string }>;
}

const SEVERITY: Record<string, Severity> = { ERROR: 'error', SECURITY_WARNING: 'error', WARNING: 'warning', SUGGESTION: 'note' };

class Unavailable extends Error {}

const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_PAGES = 100;

/** The SDK warns on Node 20 that its 2027 releases need Node 22: true, and said in `engines`,
 * but not something to print on every linted commit (design §4). */
function quietNodeVersionWarning() {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, on process
  const original = process.emitWarning;
  const quiet = function (this: unknown, warning: string | Error, ...rest: unknown[]) {
    const text = typeof warning === 'string' ? warning : warning?.message;
    if (typeof text === 'string' && text.startsWith('NodeVersionSupportWarning')) return;
    return (original as (...a: unknown[]) => void).call(process, warning, ...rest);
  };
  process.emitWarning = quiet;
}

/** ValidatePolicy for every resolved policy, and the billed checks the configuration asks for. */
export async function runAccessAnalyzer(policies: NormalizedPolicy[], opts: AnalyzerOptions): Promise<AnalyzerResult> {
  quietNodeVersionWarning();
  const sdk = await import('@aws-sdk/client-accessanalyzer');
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const client = new sdk.AccessAnalyzerClient({
    ...(opts.region ? { region: opts.region } : {}),
    maxAttempts: 6,
    // An endpoint that accepts and never answers must not hold the CI job (issue 12).
    requestHandler: { requestTimeout: timeoutMs, connectionTimeout: Math.min(timeoutMs, 10_000) },
  });
  const cache = new AnalyzerCache(opts.cacheFile);
  const out: AnalyzerResult = {
    reports: [],
    requests: 0,
    billedChecks: 0,
    cached: 0,
    validated: 0,
    failed: 0,
    skippedUnknown: 0,
    notices: [...cache.problems],
  };
  const send = <T>(command: unknown): Promise<T> => client.send(command as never, { abortSignal: AbortSignal.timeout(timeoutMs * 3) }) as Promise<T>;

  const call = async <T>(key: string, billed: boolean, send: () => Promise<T>): Promise<T> => {
    const hit = cache.get<T>(key);
    if (hit !== undefined) {
      out.cached++;
      return hit;
    }
    let answer: T;
    try {
      answer = await send();
    } catch (e) {
      throw classify(e);
    }
    out.requests++;
    if (billed) out.billedChecks++;
    cache.set(key, answer);
    return answer;
  };

  const jobs: Array<() => Promise<void>> = [];
  for (const policy of policies) {
    const target = analyzerTarget(policy.policy);
    if (!target) continue;
    // Placeholders for unresolved values could make Access Analyzer report what is not there.
    if (policy.unknown || !isKnownDeep(policy.policy.document)) {
      out.skippedUnknown++;
      continue;
    }
    const sent = JSON.stringify(toPlain(policy.policy.document), null, 2);
    const guard = (job: () => Promise<void>) => async () => {
      try {
        await job();
      } catch (e) {
        if (e instanceof Unavailable) throw e;
        out.failed++;
        out.notices.push(`${policy.policy.address}: ${(e as Error).message}`);
      }
    };
    jobs.push(guard(() => validate(policy, sent, target)));
    if (opts.checkNoPublicAccess && target.publicAccessType) jobs.push(guard(() => noPublicAccess(policy, sent, target.publicAccessType!)));
    for (const rule of opts.accessNotGranted ?? []) {
      if (rule.addresses.some((g) => globMatch(g, policy.policy.address))) jobs.push(guard(() => accessNotGranted(policy, sent, target, rule)));
    }
  }

  async function validate(policy: NormalizedPolicy, sent: string, target: AnalyzerTarget) {
    const params = {
      policyDocument: sent,
      policyType: target.policyType,
      ...(target.validateResourceType ? { validatePolicyResourceType: target.validateResourceType } : {}),
    };
    const findings = await call<StoredFinding[]>(AnalyzerCache.key(['ValidatePolicy', params]), false, async () => {
      const all: StoredFinding[] = [];
      let nextToken: string | undefined;
      const seen = new Set<string>();
      do {
        // A token seen before, or too many pages, is a service loop: stop rather than spin.
        if (nextToken !== undefined && (seen.has(nextToken) || seen.size >= MAX_PAGES))
          throw new Error(`Access Analyzer kept paging (${seen.size} pages, a repeated or endless nextToken); stopped`);
        if (nextToken !== undefined) seen.add(nextToken);
        const page = await send<{ findings?: Array<Record<string, never>>; nextToken?: string }>(
          new sdk.ValidatePolicyCommand({ ...params, ...(nextToken ? { nextToken } : {}) } as never),
        );
        for (const f of page.findings ?? []) {
          all.push({
            issueCode: f.issueCode ?? 'UNKNOWN',
            findingType: f.findingType ?? 'WARNING',
            findingDetails: f.findingDetails ?? '',
            learnMoreLink: f.learnMoreLink,
            locations: f.locations,
          });
        }
        nextToken = page.nextToken;
      } while (nextToken);
      return all;
    });
    out.validated++;
    for (const f of findings) {
      const path = locationPath(f.locations?.[0], sent);
      out.reports.push({
        ruleId: `access-analyzer/${f.issueCode}`,
        severity: SEVERITY[f.findingType] ?? 'warning',
        helpUri: f.learnMoreLink,
        report: {
          policy,
          path,
          message: `${f.findingDetails.replace(/\s+$/, '')} (IAM Access Analyzer ${f.findingType} ${f.issueCode})`,
          key: `${f.issueCode}:${path}`,
        },
      });
    }
  }

  async function noPublicAccess(policy: NormalizedPolicy, sent: string, resourceType: string) {
    const params = { policyDocument: sent, resourceType };
    const answer = await call<CheckAnswer>(AnalyzerCache.key(['CheckNoPublicAccess', params]), true, async () => {
      const r = await send<CheckAnswer>(new sdk.CheckNoPublicAccessCommand(params as never));
      return { result: r.result, message: r.message, reasons: r.reasons };
    });
    if (answer.result === 'FAIL') pushCheck(policy, 'access-analyzer/public-access', answer, 'grants public access');
  }

  async function accessNotGranted(policy: NormalizedPolicy, sent: string, target: AnalyzerTarget, rule: { actions?: string[]; resources?: string[] }) {
    const params = {
      policyDocument: sent,
      policyType: target.policyType === 'IDENTITY_POLICY' ? 'IDENTITY_POLICY' : 'RESOURCE_POLICY',
      access: [{ ...(rule.actions?.length ? { actions: rule.actions } : {}), ...(rule.resources?.length ? { resources: rule.resources } : {}) }],
    };
    const answer = await call<CheckAnswer>(AnalyzerCache.key(['CheckAccessNotGranted', params]), true, async () => {
      const r = await send<CheckAnswer>(new sdk.CheckAccessNotGrantedCommand(params as never));
      return { result: r.result, message: r.message, reasons: r.reasons };
    });
    const what = [...(rule.actions ?? []), ...(rule.resources ?? [])].join(', ');
    if (answer.result === 'FAIL') pushCheck(policy, 'access-analyzer/access-granted', answer, `grants access the configuration forbids (${what})`);
  }

  function pushCheck(policy: NormalizedPolicy, ruleId: string, answer: CheckAnswer, what: string) {
    const reasons = answer.reasons?.length ? answer.reasons : [{}];
    for (const r of reasons) {
      const path = typeof r.statementIndex === 'number' ? childPath('Statement', r.statementIndex) : '';
      out.reports.push({
        ruleId,
        severity: 'error',
        report: { policy, path, message: `IAM Access Analyzer: the policy ${what}: ${r.description ?? answer.message ?? ''}`.trim(), key: `${ruleId}:${path}` },
      });
    }
  }

  try {
    await pool(jobs, opts.concurrency ?? 4);
  } catch (e) {
    if (!(e instanceof Unavailable)) throw e;
    out.unavailable = e.message;
  } finally {
    cache.save();
    out.notices.push(...cache.problems.filter((p) => !out.notices.includes(p)));
    client.destroy();
  }
  return out;
}

/** Errors that mean Access Analyzer cannot be asked at all become one clear line (issue 6). */
function classify(e: unknown): Error {
  const err = e as { name?: string; message?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const name = err.name ?? '';
  const message = err.message ?? String(e);
  if (name === 'CredentialsProviderError' || /credential/i.test(message))
    return new Unavailable('no AWS credentials were found (profile, environment, SSO or instance role)');
  if (/region is missing/i.test(message)) return new Unavailable('no AWS region is set (AWS_REGION, a profile region, or accessAnalyzer.region)');
  if (name === 'AccessDeniedException' || err.$metadata?.httpStatusCode === 403) return new Unavailable(`access denied: ${message}`);
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|socket|network|TimeoutError|AbortError|timed? ?out|aborted/i.test(`${name} ${err.code ?? ''} ${message}`))
    return new Unavailable(`the service could not be reached (${message})`);
  return e instanceof Error ? e : new Error(message);
}

async function pool(jobs: Array<() => Promise<void>>, size: number) {
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (next < jobs.length && failure === undefined) {
      const job = jobs[next++];
      try {
        await job();
      } catch (e) {
        failure ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, jobs.length) }, worker));
  if (failure !== undefined) throw failure instanceof Error ? failure : new Error('Access Analyzer request failed');
}
