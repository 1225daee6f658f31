import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, RuleMeta } from '../model/finding.js';
import { ruleDocsUrl } from './docs-url.js';

export interface SarifOptions {
  version: string;
  informationUri: string;
  /** Every rule of the registry, the engine's own included. */
  rules: RuleMeta[];
  category?: string;
  notifications: Array<{ file: string; message: string }>;
  /** policylint's own failures: the run is then not successful, as SARIF consumers should know. */
  internalErrors?: string[];
  docsBase: string;
  /** The repository root: result paths are relative to it, under `%SRCROOT%`. */
  root: string;
}

const LEVEL = { error: 'error', warning: 'warning', note: 'note' } as const;

/** A path relative to the repository root is relative to `%SRCROOT%` (what GitHub resolves against
 * the checkout); a file outside the root gets its absolute `file://` URI and no base (issue 13). */
function artifact(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** SARIF 2.1.0 as GitHub code scanning reads it (issue 5). */
export function formatSarif(findings: Finding[], opts: SarifOptions): string {
  const metas: Array<RuleMeta & { helpUri?: string }> = [...opts.rules, ...analyzerRules(findings)];
  const index = new Map(metas.map((m, i) => [m.id, i]));
  const rules = metas.map((m) => {
    const helpUri = m.helpUri ?? ruleDocsUrl(opts.docsBase, m.id);
    return {
      id: m.id,
      name: m.name,
      shortDescription: { text: m.description },
      fullDescription: { text: `${m.description}. ${m.fix}` },
      help: {
        text: `${m.description}.\n\nFix: ${m.fix}`,
        markdown: `**${m.description}.**\n\nFix: ${m.fix}\n\nSee [${m.id}](${helpUri}).`,
      },
      helpUri,
      defaultConfiguration: { level: LEVEL[m.severity] },
      properties: { tags: m.tags, precision: m.precision, 'security-severity': m.securitySeverity.toFixed(1) },
    };
  });
  const region = (x: { line: number; column: number; endLine: number; endColumn: number }) => ({
    startLine: x.line,
    startColumn: x.column,
    endLine: x.endLine,
    endColumn: x.endColumn,
  });
  const location = (file: string, x: Parameters<typeof region>[0]) => ({ physicalLocation: { artifactLocation: artifact(file), region: region(x) } });
  const results = findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? 0,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [location(f.file, f)],
    partialFingerprints: { 'policylintFingerprint/v1': f.fingerprint },
    ...(f.relatedLocations?.length
      ? { relatedLocations: f.relatedLocations.map((r, i) => ({ id: i + 1, ...location(r.file, r), message: { text: r.message } })) }
      : {}),
    ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppression?.reason ?? '' }] } : {}),
    ...(f.witness || f.address || f.checkId
      ? {
          properties: {
            ...(f.checkId ? { checkId: f.checkId } : {}),
            ...(f.witness ? { witness: f.witness } : {}),
            ...(f.address ? { address: f.address } : {}),
          },
        }
      : {}),
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'policylint', semanticVersion: opts.version, version: opts.version, informationUri: opts.informationUri, rules } },
        ...(opts.category ? { automationDetails: { id: opts.category.endsWith('/') ? opts.category : `${opts.category}/` } } : {}),
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(opts.root).href.replace(/\/?$/, '/') } },
        invocations: [
          {
            executionSuccessful: !opts.internalErrors?.length,
            toolExecutionNotifications: [
              ...opts.notifications.map((n) => ({ level: 'warning', message: { text: `${n.file}: ${n.message}` } })),
              ...(opts.internalErrors ?? []).map((e) => ({ level: 'error', message: { text: e } })),
            ],
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** Access Analyzer's findings carry their own issue codes: each becomes a rule entry of its own,
 * with Access Analyzer's "learn more" page as its help. */
function analyzerRules(findings: Finding[]): Array<RuleMeta & { helpUri?: string }> {
  const seen = new Map<string, RuleMeta & { helpUri?: string }>();
  for (const f of findings) {
    if (!f.ruleId.startsWith('access-analyzer/') || seen.has(f.ruleId)) continue;
    const code = f.ruleId.slice('access-analyzer/'.length);
    const words = code.toLowerCase().split(/[_-]+/).filter(Boolean);
    seen.set(f.ruleId, {
      id: f.ruleId,
      name: `AccessAnalyzer${words.map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`,
      description: `IAM Access Analyzer: ${words.join(' ')}`,
      severity: f.severity,
      tags: ['security', 'iam', 'access-analyzer'],
      precision: 'high',
      securitySeverity: f.severity === 'error' ? 7.0 : f.severity === 'warning' ? 4.0 : 1.0,
      fix: "Follow the recommendation in the finding and Access Analyzer's documentation linked here.",
      semantics: [],
      ...(f.helpUri ? { helpUri: f.helpUri } : {}),
    });
  }
  return [...seen.values()];
}
