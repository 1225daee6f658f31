import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
}

/**
 * A loopback stand-in for IAM Access Analyzer's REST JSON API, driven by the real SDK client
 * through AWS_ENDPOINT_URL_ACCESSANALYZER. Like the service, it reports an invalid action with
 * the path and span of the element in the text it received; it pages, and it can throttle.
 */
export class AccessAnalyzerStandIn {
  received: Received[] = [];
  throttleNext = 0;
  pageSize = 100;
  publicAccess: 'PASS' | 'FAIL' = 'PASS';
  /** Accept requests and never answer them. */
  hang = false;
  /** Answer every page with the same nextToken, for ever. */
  repeatToken = false;
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- node:http ignores the promise; the handler catches its own errors
  private server: Server = createServer((req, res) =>
    this.handle(req).then(([status, body, headers]) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    }),
  );

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage): Promise<[number, unknown, Record<string, string>?]> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://x');
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    this.received.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, body });
    if (this.hang) return new Promise(() => {});
    if (this.repeatToken && url.pathname === '/policy/validation') return [200, { findings: [], nextToken: 'again' }];
    if (this.throttleNext > 0) {
      this.throttleNext--;
      return [429, { message: 'Rate exceeded' }, { 'x-amzn-errortype': 'ThrottlingException' }];
    }
    if (url.pathname === '/policy/validation') return [200, this.validate(body, url.searchParams)];
    if (url.pathname === '/policy/check-no-public-access') {
      return [
        200,
        {
          result: this.publicAccess,
          message: this.publicAccess === 'FAIL' ? 'The resource policy grants public access.' : 'ok',
          reasons: this.publicAccess === 'FAIL' ? [{ description: 'Principal * with no condition', statementIndex: 0 }] : [],
        },
      ];
    }
    if (url.pathname === '/policy/check-access-not-granted') return [200, { result: 'PASS', message: 'ok', reasons: [] }];
    return [404, { message: `no such operation ${url.pathname}` }, { 'x-amzn-errortype': 'ResourceNotFoundException' }];
  }

  private validate(body: Record<string, unknown>, query: URLSearchParams) {
    const text = String(body.policyDocument);
    const policy = JSON.parse(text);
    const findings: unknown[] = [];
    const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
    statements.forEach((st: Record<string, unknown>, i: number) => {
      const actions = Array.isArray(st.Action) ? st.Action : st.Action === undefined ? [] : [st.Action];
      actions.forEach((a: unknown, j: number) => {
        if (typeof a !== 'string' || !/Objectt$/.test(a)) return;
        const quoted = JSON.stringify(a);
        const offset = text.indexOf(quoted);
        const path = [
          { value: 'Statement' },
          ...(Array.isArray(policy.Statement) ? [{ index: i }] : []),
          { value: 'Action' },
          ...(Array.isArray(st.Action) ? [{ index: j }] : []),
        ];
        findings.push({
          findingDetails: `The action ${a} does not exist.`,
          findingType: 'ERROR',
          issueCode: 'INVALID_ACTION',
          learnMoreLink:
            'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-action',
          locations: [{ path, span: { start: { line: 0, column: 0, offset }, end: { line: 0, column: 0, offset: offset + quoted.length } } }],
        });
      });
    });
    if (!policy.Version) {
      findings.push({
        findingDetails: 'Add a Version element.',
        findingType: 'SUGGESTION',
        issueCode: 'MISSING_VERSION',
        learnMoreLink: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
        locations: [{ path: [], span: { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 1 } } }],
      });
    }
    const start = Number(query.get('nextToken') ?? 0);
    const page = findings.slice(start, start + this.pageSize);
    return { findings: page, ...(start + this.pageSize < findings.length ? { nextToken: String(start + this.pageSize) } : {}) };
  }
}
