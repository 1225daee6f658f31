import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arnMatchesFormat, formatService } from '../src/policy/arn-format.js';

// src/policy/arn-format.ts: can a Resource pattern name a resource of a type whose ARN format the
// Service Authorization Reference gives? policy-grammar (GR09) reports a Resource that can match no
// format of the statement's actions, so a wrong `false` is a false finding and a wrong `true` a
// missed one. The contract (the module's doc comment): `${Var}` in a format is one or more
// characters, `${Region}` and `${Account}` zero or more; in the policy `*` is any run, `?` exactly
// one character (iam-semantics §2.3) and a policy variable any text; case does not decide; the
// service segment takes no wildcard and compares as text; fewer than six parts is not judged.

if (process.env.CI) fc.configureGlobal({ seed: 20261206 });

const S3_BUCKET = 'arn:${Partition}:s3:::${BucketName}';
const S3_OBJECT = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';
const SSM_DOCUMENT = 'arn:${Partition}:ssm:${Region}:${Account}:document/${DocumentName}';
const IAM_ROLE = 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}';
const IAM_USER = 'arn:${Partition}:iam::${Account}:user/${UserNameWithPath}';
const SQS_QUEUE = 'arn:${Partition}:sqs:${Region}:${Account}:${QueueName}';
/** A format with no variable after the service: exactly one resource. */
const fixed = (rest: string) => `arn:\${Partition}:svc:${rest}`;

describe('a plain ARN against a format', () => {
  it('matches the resources of the format, and only those', () => {
    expect(arnMatchesFormat('arn:aws:s3:::my-bucket', S3_BUCKET)).toBe(true);
    expect(arnMatchesFormat('arn:aws:s3:::my-bucket/reports/2026.csv', S3_OBJECT)).toBe(true);
    expect(arnMatchesFormat('arn:aws:s3:::my-bucket', S3_OBJECT)).toBe(false);
    expect(arnMatchesFormat('arn:aws:iam::111122223333:role/deploy', IAM_ROLE)).toBe(true);
    expect(arnMatchesFormat('arn:aws:iam::111122223333:role/deploy', IAM_USER)).toBe(false);
    expect(arnMatchesFormat('arn:aws:sqs:eu-west-1:111122223333:jobs', SQS_QUEUE)).toBe(true);
    expect(arnMatchesFormat('arn:aws:sqs:eu-west-1:111122223333:jobs', fixed(':111122223333:jobs'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::abc', fixed('::abc'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::abd', fixed('::abc'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::ab', fixed('::abc'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::abcd', fixed('::abc'))).toBe(false);
  });

  it('a variable other than Region and Account is one or more characters', () => {
    expect(arnMatchesFormat('arn:aws:s3:::my-bucket/', S3_OBJECT)).toBe(false);
    expect(arnMatchesFormat('arn:aws:s3:::/key', S3_OBJECT)).toBe(false);
    expect(arnMatchesFormat('arn:aws:s3:::b/k', S3_OBJECT)).toBe(true);
    expect(arnMatchesFormat('arn:aws:iam::111122223333:role/', IAM_ROLE)).toBe(false);
    expect(arnMatchesFormat('arn:aws:sqs:eu-west-1:111122223333:', SQS_QUEUE)).toBe(false);
  });

  it('Region and Account may be empty (AWS-owned documents, global services)', () => {
    expect(arnMatchesFormat('arn:aws:ssm:eu-west-1::document/AWS-RunShellScript', SSM_DOCUMENT)).toBe(true);
    expect(arnMatchesFormat('arn:aws:ssm::111122223333:document/mine', SSM_DOCUMENT)).toBe(true);
    expect(arnMatchesFormat('arn:aws:ssm:::document/x', SSM_DOCUMENT)).toBe(true);
    expect(arnMatchesFormat('arn:aws:ssm:::document/', SSM_DOCUMENT)).toBe(false);
    // Trailing: an ARN that ends where the format still has an empty-able variable.
    expect(arnMatchesFormat('arn:aws:svc:::a:', fixed('::a:${Account}'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::a:', fixed('::a:${Account}${Region}'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::a:', fixed('::a:${Account}${Name}'))).toBe(false);
  });

  it('ignores case, in the ARN and in the format', () => {
    expect(arnMatchesFormat('arn:aws:IAM::111122223333:ROLE/Deploy', IAM_ROLE)).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::abc', fixed('::ABC'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::ABC', fixed('::abc'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:s3:::b', 'arn:${Partition}:S3:::${BucketName}')).toBe(true);
    // Outside ASCII, lower-casing a whole string can differ from lower-casing each character (a
    // final sigma): "aΣ" and "aσ" are the same text but for case.
    expect(arnMatchesFormat('arn:aws:svc:::aΣ', fixed('::aσ'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::aσ', fixed('::aΣ'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::aΣ', fixed('::aτ'))).toBe(false);
  });

  it('treats "$" and "{" that open no variable as text', () => {
    expect(arnMatchesFormat('arn:aws:svc:::a$b', fixed('::a$b'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::a$b', fixed('::a${b'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::a${b', fixed('::a${b'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::a${bc', fixed('::a${b'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::axyz', fixed('::a${b'))).toBe(false);
    // A "{" not after "$" opens nothing, in the format or in the ARN.
    expect(arnMatchesFormat('arn:aws:svc:::q', fixed('::a{b}'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::a{b}', fixed('::a{b}'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::a{b}', fixed('::${X}'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::$', fixed('::$'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::x', fixed('::$'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::$x}', fixed('::$x}'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::q', fixed('::$x}'))).toBe(false);
  });

  it('compares the service as text, and does not judge a format or an ARN of fewer than six parts', () => {
    expect(arnMatchesFormat('arn:aws:s3:::my-bucket', SQS_QUEUE)).toBe(false);
    expect(arnMatchesFormat('arn:aws:sqs:::my-bucket', S3_BUCKET)).toBe(false);
    expect(arnMatchesFormat('arn:aws:s3:eu-west-1', S3_BUCKET)).toBe(true);
    expect(arnMatchesFormat('arn:aws:sqs:eu-west-1:1', S3_BUCKET)).toBe(true);
    expect(arnMatchesFormat('arn:aws:sqs:::x', 'arn:${Partition}:s3:${BucketName}')).toBe(true);
    expect(arnMatchesFormat('arn:aws:sqs:::x', 'arn:${Partition}:s3::${BucketName}')).toBe(true);
  });

  it('a "*" the reference writes in a format is any text, not a star (DMS tasks, Neptune databases, backup)', () => {
    expect(arnMatchesFormat('arn:aws:dms:us-east-1:111122223333:task:ABCDEFGHIJKLMNOP', 'arn:${Partition}:dms:${Region}:${Account}:task:*')).toBe(true);
    expect(arnMatchesFormat('arn:aws:dms:us-east-1:111122223333:endpoint:X', 'arn:${Partition}:dms:${Region}:${Account}:task:*')).toBe(false);
    const database = 'arn:${Partition}:neptune-db:${Region}:${Account}:${RelativeId}/database';
    expect(arnMatchesFormat('arn:aws:neptune-db:us-east-1:111122223333:cluster-ABCDEFGHIJKL/database', database)).toBe(true);
    expect(arnMatchesFormat('arn:aws:backup:us-east-1:123456789012:recovery-point:1EB3B5E7', 'arn:${Partition}:backup:${Region}:*:recovery-point:*')).toBe(
      true,
    );
    // A pattern meets it as it meets a variable.
    expect(arnMatchesFormat('arn:aws:dms:*:*:task:*', 'arn:${Partition}:dms:${Region}:${Account}:task:*')).toBe(true);
  });

  it('a format that leaves the service open takes any service there (backup recovery points)', () => {
    const open = 'arn:${Partition}:${Vendor}:${Region}:${Account}:${ResourceType}/${Id}';
    expect(arnMatchesFormat('arn:aws:ec2:us-east-1::snapshot/snap-1', open)).toBe(true);
    expect(arnMatchesFormat('arn:aws:rds:us-east-1:111122223333:snapshot/s', open)).toBe(true);
    // The service is compared with the rest: the format wants a "/" somewhere after it.
    expect(arnMatchesFormat('arn:aws:ec2:us-east-1::snapshot', open)).toBe(false);
    expect(arnMatchesFormat('arn:aws:ec2:us-east-1::snap/shot', open)).toBe(true);
    expect(arnMatchesFormat('arn:aws:ec2:us-east-1:1:x', 'arn:${Partition}:${Vendor}:${Region}:${Account}:y')).toBe(false);
    expect(arnMatchesFormat('arn:aws:ec2:us-east-1:1:y', 'arn:${Partition}:${Vendor}:${Region}:${Account}:y')).toBe(true);
    expect(arnMatchesFormat('arn:aws:ec2:us-east-1:1:y', 'arn:${Partition}:ec${N}:${Region}:${Account}:y')).toBe(true);
    // The format's colons count: this one wants four after the service, the ARN has three.
    const fourColons = 'arn:${Partition}:${Vendor}:${Region}:${Account}:${ResourceType}:${RecoveryPointId}';
    expect(arnMatchesFormat('arn:aws:backup:us-east-1:111122223333:recovery-point:1EB3B5E7', fourColons)).toBe(true);
    expect(arnMatchesFormat('arn:aws:ec2:us-east-1::snapshot/snap-1', fourColons)).toBe(false);
    expect(arnMatchesFormat('arn:aws:s3:us-east-1:1:y', 'arn:${Partition}:ec${N}:${Region}:${Account}:y')).toBe(false);
  });
});

describe('a pattern against a format', () => {
  it('"*" is any run of characters, across "/" and ":" (the widest reading)', () => {
    expect(arnMatchesFormat('arn:aws:s3:::my-bucket/*', S3_OBJECT)).toBe(true);
    expect(arnMatchesFormat('arn:aws:s3:::*', S3_OBJECT)).toBe(true);
    expect(arnMatchesFormat('arn:aws:iam::*:role/*', IAM_ROLE)).toBe(true);
    expect(arnMatchesFormat('arn:aws:iam::111122223333:user/?', IAM_ROLE)).toBe(false);
    // Under the widest reading a star may even run over the ":role/" the format wants.
    expect(arnMatchesFormat('arn:aws:iam::*:user/*', IAM_ROLE)).toBe(true);
    expect(arnMatchesFormat('arn:aws:iam::*', IAM_ROLE)).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:*', fixed('::a:b/c'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::*', fixed('::abc'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::abc*', fixed('::abc'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::*abc', fixed('::abc'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::a*c', fixed('::abbbc'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::a*d', fixed('::abbbc'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::*d', fixed('::abc'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::x*', fixed('::abc'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::**', fixed('::'))).toBe(true);
  });

  it('"?" is exactly one character, never none', () => {
    expect(arnMatchesFormat('arn:aws:svc:::ab?', fixed('::abc'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::???', fixed('::abc'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::ab??', fixed('::abc'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::a?', fixed('::abc'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::abc?', fixed('::abc'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::x?', fixed('::abc'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:iam::?:role/?', IAM_ROLE)).toBe(true);
    expect(arnMatchesFormat('arn:aws:iam::111122223333:role?', IAM_ROLE)).toBe(false);
    expect(arnMatchesFormat('arn:aws:s3:::?', S3_OBJECT)).toBe(false);
    expect(arnMatchesFormat('arn:aws:s3:::???', S3_OBJECT)).toBe(true);
  });

  it('a policy variable stands for any text, and a "${" with no "}" is text', () => {
    expect(arnMatchesFormat('arn:aws:iam::*:user/${aws:username}', IAM_USER)).toBe(true);
    expect(arnMatchesFormat('arn:aws:iam::111122223333:${aws:username}/x', fixed(':111122223333:user/y'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::a${x}c', fixed('::abbbc'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::a${x}c', fixed('::ac'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::a${x}c', fixed('::abd'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::${a}${b}', fixed('::abd'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::a${x', fixed('::a${x'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::a${x', fixed('::ayyy'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::a${x*', fixed('::a${xyz'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::a${x*', fixed('::ayyy'))).toBe(false);
    // "$" and "{" apart are text in a pattern too.
    expect(arnMatchesFormat('arn:aws:svc:::a$*', fixed('::a$b'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::a$*', fixed('::ab'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::x{y}*', fixed('::zz'))).toBe(false);
    expect(arnMatchesFormat('arn:aws:svc:::x{y}*', fixed('::x{y}z'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::$x}*', fixed('::q'))).toBe(false);
  });

  it('ignores case in a pattern as in a plain ARN', () => {
    expect(arnMatchesFormat('arn:aws:IAM::*:ROLE/*', IAM_ROLE)).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::AB?', fixed('::abc'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::ab?', fixed('::ABC'))).toBe(true);
  });

  it('a pattern meets a format with variables of its own', () => {
    expect(arnMatchesFormat('arn:aws:ssm:*:*:document/*', SSM_DOCUMENT)).toBe(true);
    expect(arnMatchesFormat('arn:aws:ssm:eu-west-1:111122223333:parameter/?', SSM_DOCUMENT)).toBe(false);
    expect(arnMatchesFormat('arn:aws:s3:::b/?', S3_OBJECT)).toBe(true);
    expect(arnMatchesFormat('arn:aws:s3:::??', S3_OBJECT)).toBe(false);
    // The star may hold the format's "/" and more: "b/c/" is an object named "c/".
    expect(arnMatchesFormat('arn:aws:s3:::b*/', S3_OBJECT)).toBe(true);
    expect(arnMatchesFormat('arn:aws:s3:::*/*', S3_OBJECT)).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::?x', fixed('::${A}x'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::x*', fixed('::${A}y'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::x?', fixed('::${A}y'))).toBe(true);
    expect(arnMatchesFormat('arn:aws:svc:::x?', fixed('::${A}yy'))).toBe(false);
  });

  it('a wildcard or a variable in the service may be any service', () => {
    expect(arnMatchesFormat('arn:aws:s*:::x', SQS_QUEUE)).toBe(true);
    expect(arnMatchesFormat('arn:aws:s?s:::x', SQS_QUEUE)).toBe(true);
    expect(arnMatchesFormat('arn:aws:${var.service}:::x', SQS_QUEUE)).toBe(true);
    expect(arnMatchesFormat('arn:aws:$var:::x', SQS_QUEUE)).toBe(false);
    expect(arnMatchesFormat('arn:aws:s3:::x*', SQS_QUEUE)).toBe(false);
    // A wildcard in the service is left to the rules that report it: not judged here, even where
    // it could not name the format's service.
    expect(arnMatchesFormat('arn:aws:x*:::y', SQS_QUEUE)).toBe(true);
  });
});

describe('a hostile pattern', () => {
  it('is answered without trying every way its stars could split the text', () => {
    // Thirty stars against thirty variables: exponentially many ways to line them up, and no ARN
    // matches both (the last character differs), so a search that does not remember where it has
    // been would never finish.
    const n = 30;
    expect(arnMatchesFormat(`arn:aws:svc:::${'a*'.repeat(n)}c`, fixed(`::${'a${V}'.repeat(n)}b`))).toBe(false);
    expect(arnMatchesFormat(`arn:aws:svc:::${'*a'.repeat(n)}c`, fixed(`::${'${V}a'.repeat(n)}b`))).toBe(false);
    expect(arnMatchesFormat(`arn:aws:svc:::${'*a'.repeat(n)}b`, fixed(`::${'${V}a'.repeat(n)}b`))).toBe(true);
  });
});

describe('formatService', () => {
  it('is the third part of the format, or "" when it has none', () => {
    expect(formatService(S3_BUCKET)).toBe('s3');
    expect(formatService('arn:${Partition}:${Vendor}:${Region}:*:${ResourceType}:${RecoveryPointId}')).toBe('${Vendor}');
    expect(formatService('arn:aws')).toBe('');
  });
});

// Reference matchers built from the contract, as regular expressions over lower-cased text.
const escape = (s: string) => s.replace(/[.*+?^$()|[\]{}\\/-]/g, '\\$&');
function formatRegex(rest: string): RegExp {
  const source = rest
    .toLowerCase()
    .split(/(\$\{[^}]*\})/)
    .map((x) => (x === '${region}' || x === '${account}' ? '[^]*' : x.startsWith('${') && x.endsWith('}') ? '[^]+' : escape(x)))
    .join('');
  return new RegExp(`^${source}$`);
}
function patternRegex(rest: string): RegExp {
  const source = rest
    .toLowerCase()
    .split(/(\$\{[^}]*\}|\*|\?)/)
    .map((x) => (x === '*' || (x.startsWith('${') && x.endsWith('}')) ? '[^]*' : x === '?' ? '[^]' : escape(x)))
    .join('');
  return new RegExp(`^${source}$`);
}

const FORMAT_PIECES = ['a', 'B', 'b', '/', ':', '$', '{', '}', '${Region}', '${Account}', '${Name}', '${Id}'];
const format = fc.array(fc.constantFrom(...FORMAT_PIECES), { maxLength: 7 }).map((ps) => fixed(`::${ps.join('')}`));
const plainFormat = fc.array(fc.constantFrom('a', 'B', 'b', '/', ':', '$', '{'), { maxLength: 7 }).map((ps) => fixed(`::${ps.join('')}`));
const text = fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B', '/', ':', '$', '{', '}', 'x'), maxLength: 9 });
const glob = fc.array(fc.constantFrom('a', 'A', 'b', '/', ':', '$', '{', '}', '*', '?', '${v}', '${'), { maxLength: 7 }).map((ps) => ps.join(''));

describe('against reference matchers', () => {
  it('a plain ARN matches exactly when the format, read as a regular expression, takes it', () => {
    fc.assert(
      fc.property(format, text, (f, t) => {
        // (A "${" in the Resource would be a policy variable: the pattern test below covers it.)
        fc.pre(!t.includes('${'));
        const arn = `arn:aws:svc:::${t}`;
        expect(arnMatchesFormat(arn, f)).toBe(formatRegex(f.split(':').slice(3).join(':')).test(arn.split(':').slice(3).join(':').toLowerCase()));
      }),
      { numRuns: 500 },
    );
  });

  it('a pattern meets a format without variables exactly when the pattern, read as a regular expression, takes it', () => {
    fc.assert(
      fc.property(glob, plainFormat, (g, f) => {
        const pattern = `arn:aws:svc:::${g}`;
        const p = pattern.split(':');
        fc.pre(p.length >= 6 && f.split(':').length >= 6);
        expect(arnMatchesFormat(pattern, f)).toBe(patternRegex(p.slice(3).join(':')).test(f.split(':').slice(3).join(':').toLowerCase()));
      }),
      { numRuns: 500 },
    );
  });

  it('a pattern and a format that both take some ARN always meet', () => {
    // Build one resource text, then a pattern and a format that each take it: the answer must be yes.
    const chunk = fc.string({ unit: fc.constantFrom('a', 'b', '/', ':', 'x'), minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(chunk, fc.constantFrom('keep', 'star', 'one', 'var'), fc.constantFrom('keep', 'name', 'region', 'upper')), { maxLength: 5 }),
        (parts) => {
          const rest = `::${parts.map(([c]) => c).join('')}`;
          const pattern = `arn:aws:svc:::${parts.map(([c, p]) => (p === 'star' ? '*' : p === 'one' ? '?'.repeat(c.length) : p === 'var' ? '${aws:username}' : c)).join('')}`;
          const f = fixed(
            `::${parts.map(([c, , q]) => (q === 'name' ? '${Name}' : q === 'region' ? '${Region}' : q === 'upper' ? c.toUpperCase() : c)).join('')}`,
          );
          expect(formatRegex(f.split(':').slice(3).join(':')).test(rest.toLowerCase())).toBe(true);
          expect(patternRegex(pattern.split(':').slice(3).join(':')).test(rest)).toBe(true);
          expect(arnMatchesFormat(pattern, f)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
