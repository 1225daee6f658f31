import { describe, expect, it } from 'vitest';
import type { Condition, Elem, Policy, Statement } from '../src/model/policy.js';
import type { UnknownValue, Value } from '../src/model/value.js';
import { normalize, parseOperator } from '../src/policy/normalize.js';
import type { Token } from '../src/policy/oidc-tokens.js';
import {
  classify,
  coversWebIdentity,
  deniesFor,
  findTokenWitness,
  issuerOfPrincipal,
  issuersInConditions,
  patternsFor,
  subConditions,
  subPinnedWhateverIssuer,
  tokenContext,
  tokensFor,
  webIdentityTargets,
} from '../src/policy/web-identity.js';

// src/policy/web-identity.ts: which statements of a role trust policy a web identity meets, which
// issuer they name, and whether a token gets in (docs/iam-semantics.md §8.1–§8.4, conditions §2).

const GH = 'token.actions.githubusercontent.com';
const GH_ARN = `arn:aws:iam::111122223333:oidc-provider/${GH}`;
const EKS_HOST = 'oidc.eks.us-east-1.amazonaws.com/id/ABCDEF0123';

/** An Unknown value (a Terraform expression policylint cannot resolve). */
class Unk {
  constructor(
    readonly text: string,
    readonly extra: Partial<UnknownValue> = {},
  ) {}
}
type J = string | number | boolean | null | Unk | J[] | { [k: string]: J };

function value(x: J): Value {
  if (x instanceof Unk) return { kind: 'unknown', text: x.text, ...x.extra };
  if (typeof x === 'string') return { kind: 'string', value: x };
  if (typeof x === 'number') return { kind: 'number', value: x };
  if (typeof x === 'boolean') return { kind: 'bool', value: x };
  if (x === null) return { kind: 'null' };
  if (Array.isArray(x)) return { kind: 'list', items: x.map(value) };
  return { kind: 'object', entries: Object.entries(x).map(([key, v]) => ({ key, value: value(v) })) };
}

/** The statements of a trust policy, as normalize reads them. */
function statements(...sts: Array<Record<string, J>>): Statement[] {
  const policy = { address: 'aws_iam_role.ci', kind: 'trust', source: 'json-file', document: value({ Version: '2012-10-17', Statement: sts }) };
  return normalize(policy as unknown as Policy).statements;
}
const statement = (st: Record<string, J>) => statements(st)[0];

const trust = (condition?: Record<string, J>, extra: Record<string, J> = {}) =>
  statement({
    Effect: 'Allow',
    Principal: { Federated: GH_ARN },
    Action: 'sts:AssumeRoleWithWebIdentity',
    ...(condition ? { Condition: condition } : {}),
    ...extra,
  });

const token = (sub: string, extra: Partial<Token> = {}): Token => ({ scope: 'outsider', who: sub, sub, claims: { sub }, organization: 'attacker', ...extra });

describe('whether a statement is a web-identity grant (§8.1)', () => {
  it('matches sts:AssumeRoleWithWebIdentity by its action, wildcards and case included', () => {
    for (const a of [
      'sts:AssumeRoleWithWebIdentity',
      'STS:assumerolewithwebidentity',
      'sts:*',
      '*',
      'sts:AssumeRole*',
      ['s3:GetObject', 'sts:AssumeRoleWith*'],
    ])
      expect(coversWebIdentity(statement({ Effect: 'Allow', Action: a })), JSON.stringify(a)).toBe(true);
    for (const a of ['sts:AssumeRole', 'sts:AssumeRoleWithSAML', ['sts:TagSession', 'sts:AssumeRole']])
      expect(coversWebIdentity(statement({ Effect: 'Allow', Action: a })), JSON.stringify(a)).toBe(false);
    // No Action element: no grant.
    expect(coversWebIdentity(statement({ Effect: 'Allow' }))).toBe(false);
  });

  it('an Unknown action is unknown unless a known one already covers it', () => {
    expect(coversWebIdentity(statement({ Effect: 'Allow', Action: new Unk('var.actions') }))).toBe('unknown');
    expect(coversWebIdentity(statement({ Effect: 'Allow', Action: ['sts:AssumeRole', new Unk('var.action')] }))).toBe('unknown');
    expect(coversWebIdentity(statement({ Effect: 'Allow', Action: [new Unk('var.action'), 'sts:AssumeRoleWithWebIdentity'] }))).toBe(true);
  });

  it('NotAction covers every action it does not list', () => {
    expect(coversWebIdentity(statement({ Effect: 'Allow', NotAction: 'sts:AssumeRole' }))).toBe(true);
    expect(coversWebIdentity(statement({ Effect: 'Allow', NotAction: ['s3:*', 'sts:AssumeRoleWith*'] }))).toBe(false);
    expect(coversWebIdentity(statement({ Effect: 'Allow', NotAction: new Unk('var.not') }))).toBe('unknown');
    expect(coversWebIdentity(statement({ Effect: 'Allow', NotAction: [new Unk('var.not'), 'sts:*'] }))).toBe(false);
  });
});

describe('the issuer a key or principal names (§8.2)', () => {
  it('classifies the issuers policylint has claim formats for', () => {
    expect(classify('Token.Actions.GitHubUserContent.com', [])).toEqual({ host: GH, provider: 'github' });
    expect(classify('gitlab.com', [])).toEqual({ host: 'gitlab.com', provider: 'gitlab' });
    expect(classify('app.terraform.io', [])).toEqual({ host: 'app.terraform.io', provider: 'terraform' });
    expect(classify(EKS_HOST, [])).toEqual({ host: EKS_HOST.toLowerCase(), provider: 'eks' });
    expect(classify('oidc.eks.cn-north-1.amazonaws.com.cn/id/ABC', [])).toEqual({ host: 'oidc.eks.cn-north-1.amazonaws.com.cn/id/abc', provider: 'eks' });
    // Only the EKS issuer form itself is a cluster.
    expect(classify(`evil.${EKS_HOST}`, [])).toEqual({ host: `evil.${EKS_HOST}`.toLowerCase() });
    expect(classify(`${EKS_HOST}/x`, [])).toEqual({ host: `${EKS_HOST}/x`.toLowerCase() });
    expect(classify('accounts.google.com', ['repo:*'])).toEqual({ host: 'accounts.google.com' });
  });

  it('knows a self-managed GitLab by its host name or by GitLab’s sub format', () => {
    const selfManaged = (host: string) => ({ host, provider: 'gitlab', selfManaged: true });
    for (const host of ['gitlab.example.com', 'ci.gitlab.corp', 'git-gitlab-01.example.com', 'example.com/gitlab', 'gitlab'])
      expect(classify(host, []), host).toEqual(selfManaged(host));
    for (const host of ['mygitlab.com', 'gitlabs.example.com', 'example.com/gitlabx']) expect(classify(host, []), host).toEqual({ host });
    expect(classify('git.example.com', ['project_path:acme/app:*', 'project_path:acme/ops:*'])).toEqual(selfManaged('git.example.com'));
    expect(classify('git.example.com', ['project_path:acme/app:*', 'repo:acme/app:*'])).toEqual({ host: 'git.example.com' });
    expect(classify('git.example.com', ['acme/project_path:x'])).toEqual({ host: 'git.example.com' });
  });

  it('reads the issuer of a Federated principal: an OIDC provider ARN or a built-in name', () => {
    expect(issuerOfPrincipal('arn:aws:iam::111122223333:oidc-provider/Token.Actions.GitHubUserContent.com')).toBe(GH);
    expect(issuerOfPrincipal(`arn:aws-cn:iam::111122223333:oidc-provider/${EKS_HOST}`)).toBe(EKS_HOST.toLowerCase());
    expect(issuerOfPrincipal('arn:aws:iam::111122223333:saml-provider/okta')).toBeUndefined();
    expect(issuerOfPrincipal('arn:aws:iam::111122223333:role/ci')).toBeUndefined();
    expect(issuerOfPrincipal('Cognito-Identity.amazonaws.com')).toBe('cognito-identity.amazonaws.com');
    expect(issuerOfPrincipal('accounts.google.com')).toBe('accounts.google.com');
    // Only a value that is an ARN is read as one; anything else is a provider name, whole.
    expect(issuerOfPrincipal('www.amazon.com/arn:aws:iam::111122223333:oidc-provider/x')).toBe('www.amazon.com/arn:aws:iam::111122223333:oidc-provider/x');
  });

  it('finds the issuers a statement’s condition keys name, not global keys', () => {
    const st = trust({
      StringEquals: { [`${GH}:aud`]: 'sts.amazonaws.com', 'aws:SourceIp': '10.0.0.0/8', 'sts:RoleSessionName': 'x' },
      StringLike: { 'Token.Actions.GitHubUserContent.com:sub': 'repo:acme/*', [`${EKS_HOST}:sub`]: 'system:serviceaccount:a:b', 'weird.key': 'x' },
    });
    expect(issuersInConditions(st)).toEqual([GH, EKS_HOST.toLowerCase()]);
    expect(issuersInConditions(trust())).toEqual([]);
  });
});

describe('the conditions on sub', () => {
  const keyUnknown = (operator: string, key: string, values: Array<string | Unk>): Statement =>
    ({
      conditions: [],
      keyUnknownConditions: [
        {
          operator,
          ...parseOperator(operator),
          key,
          keyLower: key.replace(/\$\{[^}]*\}/g, '*').toLowerCase(),
          values: values.map((v): Elem => {
            const node = value(v);
            return { path: 'p', value: node.kind === 'unknown' ? node : (v as string), node, shown: v instanceof Unk ? v.text : v };
          }),
          path: 'p',
          operatorPath: 'p',
        },
      ] as Condition[],
    }) as unknown as Statement;
  const KEY = '${replace(aws_iam_openid_connect_provider.x.url, "https://", "")}:sub';

  it('a sub pinned to literal values with a positive operator admits one subject whatever issuer an Unknown names', () => {
    expect(subPinnedWhateverIssuer(keyUnknown('StringEquals', KEY, ['repo:acme/app:ref:refs/heads/main']))).toBe(true);
    expect(subPinnedWhateverIssuer(keyUnknown('StringLike', KEY, ['repo:acme/app:environment:prod', 'repo:acme/app:ref:refs/heads/main']))).toBe(true);
  });

  it('a wildcard, a negated or IfExists or set operator, an Unknown value, no value or an :aud key decide nothing (§8.2)', () => {
    for (const [op, key, values] of [
      ['StringLike', KEY, ['repo:acme/*']],
      ['StringLike', KEY, ['repo:acme/app?']],
      ['StringNotEquals', KEY, ['repo:acme/app:ref:refs/heads/main']],
      ['StringEqualsIfExists', KEY, ['repo:acme/app:ref:refs/heads/main']],
      ['ForAllValues:StringEquals', KEY, ['repo:acme/app:ref:refs/heads/main']],
      ['StringEqualsIgnoreCase', KEY, ['repo:acme/app:ref:refs/heads/main']],
      ['ArnEquals', KEY, ['repo:acme/app:ref:refs/heads/main']],
      ['MyStringEquals', KEY, ['repo:acme/app:ref:refs/heads/main']],
      ['StringEquals', KEY, []],
      ['StringEquals', KEY, ['repo:acme/app:ref:refs/heads/main', new Unk('var.sub')]],
      ['StringEquals', '${var.issuer}:aud', ['sts.amazonaws.com']],
    ] as Array<[string, string, Array<string | Unk>]>)
      expect(subPinnedWhateverIssuer(keyUnknown(op, key, values)), `${op} ${key} ${values.map((v) => (v instanceof Unk ? v.text : v)).join()}`).toBe(false);
    expect(subPinnedWhateverIssuer(trust({ StringEquals: { [`${GH}:sub`]: 'repo:acme/app:ref:refs/heads/main' } }))).toBe(false);
  });

  it('collects the sub and repository patterns of an issuer, positive ones only when asked', () => {
    const st = trust({
      StringLike: {
        'Token.Actions.GitHubUserContent.com:sub': ['repo:acme/*', new Unk('var.sub')],
        [`${GH}:repository`]: 'acme/app',
        'gitlab.com:sub': 'project_path:x/*',
      },
      StringNotLike: { [`${GH}:sub`]: 'repo:acme/evil:*' },
    });
    expect(patternsFor(st, GH)).toEqual({ sub: ['repo:acme/*', 'repo:acme/evil:*'], repository: ['acme/app'] });
    expect(patternsFor(st, GH, true)).toEqual({ sub: ['repo:acme/*'], repository: ['acme/app'] });
    expect(subConditions(st, GH).map((c) => c.operator)).toEqual(['StringLike', 'StringNotLike']);
    expect(subConditions(st, 'gitlab.com').map((c) => c.key)).toEqual(['gitlab.com:sub']);
  });
});

describe('tokens and the request they make (§8.2, §8.3)', () => {
  const trusted = { github: ['acme'], gitlab: ['acme'], terraform: ['acme'] };

  it('builds each provider’s tokens, with the user’s trusted organizations of that provider', () => {
    const scopes = (ts: Token[]) => new Set(ts.map((t) => t.scope));
    const none = { github: [], gitlab: [], terraform: [] };
    expect(scopes(tokensFor({ host: GH, provider: 'github' }, { sub: ['repo:acme/*'], repository: [] }, none))).toContain('organization');
    expect(scopes(tokensFor({ host: GH, provider: 'github' }, { sub: ['repo:acme/*'], repository: [] }, trusted))).not.toContain('organization');
    expect(scopes(tokensFor({ host: 'gitlab.com', provider: 'gitlab' }, { sub: ['project_path:acme/*'], repository: [] }, none))).toContain('organization');
    expect(scopes(tokensFor({ host: 'gitlab.com', provider: 'gitlab' }, { sub: ['project_path:acme/*'], repository: [] }, trusted))).not.toContain(
      'organization',
    );
    expect(scopes(tokensFor({ host: 'app.terraform.io', provider: 'terraform' }, { sub: ['organization:acme:*'], repository: [] }, none))).toContain(
      'organization',
    );
    expect(scopes(tokensFor({ host: 'app.terraform.io', provider: 'terraform' }, { sub: ['organization:acme:*'], repository: [] }, trusted))).not.toContain(
      'organization',
    );
    expect(tokensFor({ host: GH, provider: 'github' }, { sub: [], repository: [] }, none).every((t) => t.sub.startsWith('repo:'))).toBe(true);
    // A self-managed GitLab's tokens say where they come from.
    const selfManaged = tokensFor({ host: 'gitlab.example.com', provider: 'gitlab', selfManaged: true }, { sub: [], repository: [] }, none);
    expect(selfManaged.length).toBeGreaterThan(0);
    expect(selfManaged.every((t) => t.who.includes(' on gitlab.example.com '))).toBe(true);
    // An EKS cluster id is shown as written.
    const eks = tokensFor({ host: EKS_HOST.toLowerCase(), provider: 'eks' }, { sub: [], repository: [] }, none, EKS_HOST);
    expect(eks.map((t) => t.who)).toEqual(['a pod with service account default in namespace default of cluster ABCDEF0123']);
    expect(tokensFor({ host: 'accounts.google.com' }, { sub: ['*'], repository: [] }, none)).toEqual([]);
  });

  it('puts each claim under the issuer’s key, and lets the caller choose the audience and its own request keys', () => {
    const ctx = tokenContext(GH, token('repo:attacker/app:pull_request', { claims: { sub: 'repo:attacker/app:pull_request', repository: 'attacker/app' } }));
    expect(ctx.values).toEqual(
      new Map([
        [`${GH}:sub`, ['repo:attacker/app:pull_request']],
        [`${GH}:repository`, ['attacker/app']],
      ]),
    );
    for (const k of [
      `${GH}:aud`,
      'sts:rolesessionname',
      'sts:transitivetagkeys',
      'aws:requesttag/team',
      'aws:tagkeys',
      'aws:requestedregion',
      'aws:currenttime',
      'aws:epochtime',
      'aws:securetransport',
      'aws:useragent',
    ])
      expect(ctx.chosen(k), k).toBe(true);
    for (const k of [
      `${GH}:sub`,
      `${GH}:repository`,
      'gitlab.com:aud',
      'aws:sourceip',
      'aws:principalarn',
      'aws:requesttag',
      'x-aws:useragent',
      'aws:useragent2',
      'aws:tagkeysx',
    ])
      expect(ctx.chosen(k), k).toBe(false);
  });
});

describe('the first token a trust statement admits', () => {
  const open = token('repo:attacker/app:ref:refs/heads/main');
  const other = token('repo:attacker/other:ref:refs/heads/main');

  it('returns the first token whose claims pass, in the order given', () => {
    const allow = trust({ StringLike: { [`${GH}:sub`]: 'repo:attacker/*' } });
    expect(findTokenWitness(allow, [], GH, [open, other])).toEqual({ token: open, truth: true });
    const only = trust({ StringLike: { [`${GH}:sub`]: 'repo:*/other:*' } });
    expect(findTokenWitness(only, [], GH, [open, other])).toEqual({ token: other, truth: true });
    expect(findTokenWitness(trust({ StringEquals: { [`${GH}:sub`]: 'repo:acme/app:ref:refs/heads/main' } }), [], GH, [open, other])).toEqual({ truth: false });
    expect(findTokenWitness(allow, [], GH, [])).toEqual({ truth: false });
  });

  it('a Deny whose conditions hold stops the token; an Unknown one makes it unknown', () => {
    const allow = trust({ StringLike: { [`${GH}:sub`]: 'repo:*' } });
    const [deny] = statements({ Effect: 'Deny', Principal: '*', Action: 'sts:*', Condition: { StringLike: { [`${GH}:sub`]: 'repo:*/app:*' } } });
    expect(findTokenWitness(allow, [deny], GH, [open, other])).toEqual({ token: other, truth: true });
    expect(findTokenWitness(allow, [deny], GH, [open])).toEqual({ truth: false });
    const [unsure] = statements({ Effect: 'Deny', Principal: '*', Action: 'sts:*', Condition: new Unk('var.conditions') });
    expect(findTokenWitness(allow, [unsure], GH, [open])).toEqual({ truth: 'unknown' });
    // A later Deny that holds still stops it, an Unknown before it notwithstanding.
    expect(findTokenWitness(allow, [unsure, deny], GH, [open])).toEqual({ truth: false });
    // A Deny matters only for a token the Allow admits.
    const narrow = trust({ StringEquals: { [`${GH}:sub`]: 'repo:acme/app:ref:refs/heads/main' } });
    expect(findTokenWitness(narrow, [unsure], GH, [open])).toEqual({ truth: false });
  });

  it('an Unknown in the conditions caps a pass at unknown, an Unknown elsewhere does not', () => {
    const partly = trust({ StringLike: { [`${GH}:sub`]: ['repo:attacker/*', new Unk('var.sub')] } });
    expect(findTokenWitness(partly, [], GH, [open])).toEqual({ truth: 'unknown' });
    // The Unknown may be any sub: a token the known values miss is still undecided.
    const pinned = trust({ StringLike: { [`${GH}:sub`]: ['repo:*/other:*', new Unk('var.sub')] } });
    expect(findTokenWitness(pinned, [], GH, [open])).toEqual({ truth: 'unknown' });
    // One token undecided (a Deny may stop it), the next admitted: that one is the witness.
    const [maybe] = statements({
      Effect: 'Deny',
      Principal: '*',
      Action: 'sts:*',
      Condition: { StringLike: { [`${GH}:sub`]: 'repo:*/app:*' }, StringNotEquals: { [`${GH}:sub`]: new Unk('var.allowed') } },
    });
    expect(findTokenWitness(trust(), [maybe], GH, [open, other])).toEqual({ token: other, truth: true });
    expect(findTokenWitness(trust(), [maybe], GH, [open])).toEqual({ truth: 'unknown' });
    const elsewhere = trust({ StringLike: { [`${GH}:sub`]: 'repo:attacker/*' } }, { Resource: new Unk('var.resource') });
    expect(findTokenWitness(elsewhere, [], GH, [open])).toEqual({ token: open, truth: true });
    const opaque = trust({ StringLike: new Unk('var.sub_condition') });
    expect(findTokenWitness(opaque, [], GH, [open, other])).toEqual({ truth: 'unknown' });
    const [unsure] = statements({ Effect: 'Deny', Principal: '*', Action: 'sts:*', Condition: new Unk('var.conditions') });
    expect(findTokenWitness(trust(), [unsure], GH, [open, other])).toEqual({ truth: 'unknown' });
  });
});

describe('the Deny statements that can apply to a web identity', () => {
  const deny = (principal: J | undefined, action: J = 'sts:AssumeRoleWithWebIdentity') => ({
    Effect: 'Deny',
    ...(principal === undefined ? {} : { Principal: principal }),
    Action: action,
    Condition: { StringLike: { [`${GH}:sub`]: 'repo:evil/*' } },
  });

  it('keeps Denies of this issuer, of every principal, or of an Unknown one', () => {
    const sts = statements(
      deny({ Federated: GH_ARN }),
      deny('*'),
      deny(undefined),
      deny({ Federated: new Unk('aws_iam_openid_connect_provider.x.arn') }),
      deny({ AWS: 'arn:aws:iam::111122223333:root', Federated: GH_ARN }),
      deny({ Federated: GH_ARN }, new Unk('var.actions')),
      deny(new Unk('var.principal')),
    );
    expect(deniesFor(sts, GH)).toEqual(sts);
  });

  it('drops Allows, Denies of other actions, other issuers and other principal types', () => {
    const sts = statements(
      { Effect: 'Allow', Principal: { Federated: GH_ARN }, Action: 'sts:AssumeRoleWithWebIdentity' },
      deny({ Federated: GH_ARN }, 'sts:AssumeRole'),
      deny({ Federated: 'arn:aws:iam::111122223333:oidc-provider/gitlab.com' }),
      deny({ Federated: 'arn:aws:iam::111122223333:saml-provider/okta' }),
      deny({ AWS: 'arn:aws:iam::111122223333:root' }),
      deny({ AWS: GH }),
      deny({ Service: 'ecs-tasks.amazonaws.com', Federated: 'accounts.google.com' }),
    );
    expect(deniesFor(sts, GH)).toEqual([]);
  });
});

describe('the issuers a trust statement admits (§8.1)', () => {
  it('a Federated provider ARN names its issuer; the issuer is shown as written', () => {
    const st = statement({
      Effect: 'Allow',
      Principal: {
        AWS: 'arn:aws:iam::111122223333:root',
        Service: 'ecs-tasks.amazonaws.com',
        Federated: [
          'arn:aws:iam::111122223333:oidc-provider/Token.Actions.GitHubUserContent.com',
          'arn:aws:iam::111122223333:saml-provider/okta',
          'accounts.google.com',
        ],
      },
      Action: 'sts:AssumeRoleWithWebIdentity',
    });
    expect(webIdentityTargets(st)).toEqual([
      { host: GH, shown: 'Token.Actions.GitHubUserContent.com', path: 'Statement[0].Principal.Federated[0]' },
      { host: 'accounts.google.com', shown: 'accounts.google.com', path: 'Statement[0].Principal.Federated[2]' },
    ]);
  });

  it('"*" admits the issuers its condition keys name', () => {
    const st = statement({
      Effect: 'Allow',
      Principal: '*',
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'aws:PrincipalAccount': '111122223333', 'Token.Actions.GitHubUserContent.com:sub': 'repo:a/b:pull_request' } },
    });
    expect(webIdentityTargets(st)).toEqual([{ host: GH, shown: 'Token.Actions.GitHubUserContent.com', path: 'Statement[0].Principal' }]);
    expect(webIdentityTargets(statement({ Effect: 'Allow', Principal: '*', Action: 'sts:*' }))).toEqual([]);
    expect(webIdentityTargets(statement({ Effect: 'Allow', Action: 'sts:*' }))).toEqual([]);
  });

  it('an Unknown provider is the module’s OIDC provider it references, or the one issuer the keys name', () => {
    const providers = new Map([
      ['aws_iam_openid_connect_provider.github2', 'wrong.example.com'],
      ['module.ci.aws_iam_openid_connect_provider.github', GH],
      ['aws_iam_openid_connect_provider.gitlab', 'gitlab.com'],
    ]);
    const federated = (v: Unk, condition?: Record<string, J>) =>
      statement({ Effect: 'Allow', Principal: { Federated: v }, Action: 'sts:AssumeRoleWithWebIdentity', ...(condition ? { Condition: condition } : {}) });
    const path = 'Statement[0].Principal.Federated';
    expect(webIdentityTargets(federated(new Unk('aws_iam_openid_connect_provider.gitlab.arn')), providers)).toEqual([
      { host: 'gitlab.com', shown: 'gitlab.com', path },
    ]);
    expect(
      webIdentityTargets(
        federated(new Unk('aws_iam_openid_connect_provider.github.arn'), { StringLike: { 'Token.Actions.GitHubUserContent.com:sub': 'repo:*' } }),
        providers,
      ),
    ).toEqual([{ host: GH, shown: 'Token.Actions.GitHubUserContent.com', path }]);
    // A provider declared in a child module is found by its address's tail.
    expect(webIdentityTargets(federated(new Unk('aws_iam_openid_connect_provider.github.arn')), providers)).toEqual([{ host: GH, shown: GH, path }]);
    // The reference can be known apart from the text (a local that holds it).
    expect(webIdentityTargets(federated(new Unk('local.provider_arn', { ref: 'aws_iam_openid_connect_provider.gitlab' })), providers)).toEqual([
      { host: 'gitlab.com', shown: 'gitlab.com', path },
    ]);
    expect(webIdentityTargets(federated(new Unk('var.provider_arn'), { StringLike: { [`${EKS_HOST}:sub`]: 'system:serviceaccount:*' } }), providers)).toEqual([
      { host: EKS_HOST.toLowerCase(), shown: EKS_HOST, path },
    ]);
    expect(webIdentityTargets(federated(new Unk('aws_iam_openid_connect_provider.other.arn')), providers)).toEqual([
      { path, unresolved: 'aws_iam_openid_connect_provider.other.arn' },
    ]);
    expect(webIdentityTargets(federated(new Unk('aws_iam_openid_connect_provider.gitlab.arn')))).toEqual([
      { path, unresolved: 'aws_iam_openid_connect_provider.gitlab.arn' },
    ]);
    const two = { StringLike: { [`${GH}:sub`]: 'repo:*', 'gitlab.com:sub': 'project_path:*' } };
    expect(webIdentityTargets(federated(new Unk('var.provider_arn'), two), providers)).toEqual([{ path, unresolved: 'var.provider_arn' }]);
  });
});
