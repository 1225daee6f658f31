import {
  globMatch
} from "./chunk-ILESBZFY.js";
import {
  childPath,
  parseJson
} from "./chunk-XRNNRSWR.js";
import {
  isKnownDeep,
  policySlot,
  toPlain
} from "./chunk-KMQPKPIB.js";
import {
  AnalyzerCache
} from "./chunk-WAPO7KSV.js";

// src/access-analyzer/locations.ts
function pathOf(elements) {
  let path = "";
  for (const e of elements) {
    if (typeof e.index === "number") path = childPath(path, e.index);
    else if (typeof e.value === "string") path = childPath(path, e.value);
    else if (typeof e.key === "string") return `${childPath(path, e.key)}#key`;
  }
  return path;
}
function pathAtOffset(sent, offset) {
  const root = parseJson({ file: "sent.json", text: sent }).value;
  let path = "";
  let cur = root;
  while (cur) {
    let next;
    if (cur.kind === "list") {
      const i = cur.items.findIndex((it) => it.origin && it.origin.range.start <= offset && offset < it.origin.range.end);
      if (i >= 0) {
        path = childPath(path, i);
        next = cur.items[i];
      }
    } else if (cur.kind === "object") {
      const e = cur.entries.find((en) => en.keyOrigin && en.keyOrigin.range.start <= offset && offset < (en.value.origin?.range.end ?? 0));
      if (e) {
        path = childPath(path, e.key);
        next = e.value;
      }
    }
    cur = next;
  }
  return path;
}
function locationPath(loc, sent) {
  if (loc?.path?.length) return pathOf(loc.path);
  const offset = loc?.span?.start?.offset;
  return typeof offset === "number" ? pathAtOffset(sent, offset) : "";
}

// src/access-analyzer/policy-type.ts
function analyzerTarget(p) {
  switch (p.kind) {
    case "identity":
      return { policyType: "IDENTITY_POLICY" };
    case "scp":
      return { policyType: "SERVICE_CONTROL_POLICY" };
    case "rcp":
      return { policyType: "RESOURCE_CONTROL_POLICY" };
    case "trust":
    case "resource": {
      const slot = policySlot(p.resourceType, p.kind);
      const trust = p.kind === "trust" ? "AWS::IAM::AssumeRolePolicyDocument" : void 0;
      const validate = trust ?? slot?.analyzerValidateType;
      const publicAccess = trust ?? slot?.analyzerPublicAccessType;
      return {
        policyType: "RESOURCE_POLICY",
        ...validate ? { validateResourceType: validate } : {},
        ...publicAccess ? { publicAccessType: publicAccess } : {}
      };
    }
    default:
      return void 0;
  }
}

// src/access-analyzer/run.ts
var SEVERITY = { ERROR: "error", SECURITY_WARNING: "error", WARNING: "warning", SUGGESTION: "note" };
var Unavailable = class extends Error {
};
var DEFAULT_TIMEOUT_MS = 15e3;
var MAX_PAGES = 100;
function quietNodeVersionWarning() {
  const original = process.emitWarning;
  const quiet = function(warning, ...rest) {
    const text = typeof warning === "string" ? warning : warning?.message;
    if (typeof text === "string" && text.startsWith("NodeVersionSupportWarning")) return;
    return original.call(process, warning, ...rest);
  };
  process.emitWarning = quiet;
}
async function runAccessAnalyzer(policies, opts) {
  quietNodeVersionWarning();
  const sdk = await import("@aws-sdk/client-accessanalyzer");
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const client = new sdk.AccessAnalyzerClient({
    ...opts.region ? { region: opts.region } : {},
    maxAttempts: 6,
    // An endpoint that accepts and never answers must not hold the CI job (issue 12).
    requestHandler: { requestTimeout: timeoutMs, connectionTimeout: Math.min(timeoutMs, 1e4) }
  });
  const cache = new AnalyzerCache(opts.cacheFile);
  const out = {
    reports: [],
    requests: 0,
    billedChecks: 0,
    cached: 0,
    validated: 0,
    failed: 0,
    skippedUnknown: 0,
    notices: [...cache.problems]
  };
  const send = (command) => client.send(command, { abortSignal: AbortSignal.timeout(timeoutMs * 3) });
  const call = async (key, billed, send2) => {
    const hit = cache.get(key);
    if (hit !== void 0) {
      out.cached++;
      return hit;
    }
    let answer;
    try {
      answer = await send2();
    } catch (e) {
      throw classify(e);
    }
    out.requests++;
    if (billed) out.billedChecks++;
    cache.set(key, answer);
    return answer;
  };
  const jobs = [];
  for (const policy of policies) {
    const target = analyzerTarget(policy.policy);
    if (!target) continue;
    if (policy.unknown || !isKnownDeep(policy.policy.document)) {
      out.skippedUnknown++;
      continue;
    }
    const sent = JSON.stringify(toPlain(policy.policy.document), null, 2);
    const guard = (job) => async () => {
      try {
        await job();
      } catch (e) {
        if (e instanceof Unavailable) throw e;
        out.failed++;
        out.notices.push(`${policy.policy.address}: ${e.message}`);
      }
    };
    jobs.push(guard(() => validate(policy, sent, target)));
    if (opts.checkNoPublicAccess && target.publicAccessType) jobs.push(guard(() => noPublicAccess(policy, sent, target.publicAccessType)));
    for (const rule of opts.accessNotGranted ?? []) {
      if (rule.addresses.some((g) => globMatch(g, policy.policy.address))) jobs.push(guard(() => accessNotGranted(policy, sent, target, rule)));
    }
  }
  async function validate(policy, sent, target) {
    const params = {
      policyDocument: sent,
      policyType: target.policyType,
      ...target.validateResourceType ? { validatePolicyResourceType: target.validateResourceType } : {}
    };
    const findings = await call(AnalyzerCache.key(["ValidatePolicy", params]), false, async () => {
      const all = [];
      let nextToken;
      const seen = /* @__PURE__ */ new Set();
      do {
        if (nextToken !== void 0 && (seen.has(nextToken) || seen.size >= MAX_PAGES))
          throw new Error(`Access Analyzer kept paging (${seen.size} pages, a repeated or endless nextToken); stopped`);
        if (nextToken !== void 0) seen.add(nextToken);
        const page = await send(
          new sdk.ValidatePolicyCommand({ ...params, ...nextToken ? { nextToken } : {} })
        );
        for (const f of page.findings ?? []) {
          all.push({
            issueCode: f.issueCode ?? "UNKNOWN",
            findingType: f.findingType ?? "WARNING",
            findingDetails: f.findingDetails ?? "",
            learnMoreLink: f.learnMoreLink,
            locations: f.locations
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
        severity: SEVERITY[f.findingType] ?? "warning",
        helpUri: f.learnMoreLink,
        report: {
          policy,
          path,
          message: `${f.findingDetails.replace(/\s+$/, "")} (IAM Access Analyzer ${f.findingType} ${f.issueCode})`,
          key: `${f.issueCode}:${path}`
        }
      });
    }
  }
  async function noPublicAccess(policy, sent, resourceType) {
    const params = { policyDocument: sent, resourceType };
    const answer = await call(AnalyzerCache.key(["CheckNoPublicAccess", params]), true, async () => {
      const r = await send(new sdk.CheckNoPublicAccessCommand(params));
      return { result: r.result, message: r.message, reasons: r.reasons };
    });
    if (answer.result === "FAIL") pushCheck(policy, "access-analyzer/public-access", answer, "grants public access");
  }
  async function accessNotGranted(policy, sent, target, rule) {
    const params = {
      policyDocument: sent,
      policyType: target.policyType === "IDENTITY_POLICY" ? "IDENTITY_POLICY" : "RESOURCE_POLICY",
      access: [{ ...rule.actions?.length ? { actions: rule.actions } : {}, ...rule.resources?.length ? { resources: rule.resources } : {} }]
    };
    const answer = await call(AnalyzerCache.key(["CheckAccessNotGranted", params]), true, async () => {
      const r = await send(new sdk.CheckAccessNotGrantedCommand(params));
      return { result: r.result, message: r.message, reasons: r.reasons };
    });
    const what = [...rule.actions ?? [], ...rule.resources ?? []].join(", ");
    if (answer.result === "FAIL") pushCheck(policy, "access-analyzer/access-granted", answer, `grants access the configuration forbids (${what})`);
  }
  function pushCheck(policy, ruleId, answer, what) {
    const reasons = answer.reasons?.length ? answer.reasons : [{}];
    for (const r of reasons) {
      const path = typeof r.statementIndex === "number" ? childPath("Statement", r.statementIndex) : "";
      out.reports.push({
        ruleId,
        severity: "error",
        report: { policy, path, message: `IAM Access Analyzer: the policy ${what}: ${r.description ?? answer.message ?? ""}`.trim(), key: `${ruleId}:${path}` }
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
function classify(e) {
  const err = e;
  const name = err.name ?? "";
  const message = err.message ?? String(e);
  if (name === "CredentialsProviderError" || /credential/i.test(message))
    return new Unavailable("no AWS credentials were found (profile, environment, SSO or instance role)");
  if (/region is missing/i.test(message)) return new Unavailable("no AWS region is set (AWS_REGION, a profile region, or accessAnalyzer.region)");
  if (name === "AccessDeniedException" || err.$metadata?.httpStatusCode === 403) return new Unavailable(`access denied: ${message}`);
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|socket|network|TimeoutError|AbortError|timed? ?out|aborted/i.test(`${name} ${err.code ?? ""} ${message}`))
    return new Unavailable(`the service could not be reached (${message})`);
  return e instanceof Error ? e : new Error(message);
}
async function pool(jobs, size) {
  let next = 0;
  let failure;
  const worker = async () => {
    while (next < jobs.length && failure === void 0) {
      const job = jobs[next++];
      try {
        await job();
      } catch (e) {
        failure ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, jobs.length) }, worker));
  if (failure !== void 0) throw failure instanceof Error ? failure : new Error("Access Analyzer request failed");
}
export {
  runAccessAnalyzer
};
