// How much of a printed policy policylint resolved (docs/ACCURACY.md, "Definitions").
//
// `--print-policies` keeps a value it could not resolve as its expression text (design §2): a
// Terraform interpolation such as "${var.ids}", a directive "%{ if ... }", or a bare expression such
// as `var.arns`, `dynamic "statement"` or `source_policy_documents` where a whole element is Unknown.
// IAM's own policy variables ("${aws:username}", "${*}") are literal policy text, not Unknowns.

const IAM_VARIABLE = /^\$\{(?:[A-Za-z0-9-]+:[A-Za-z0-9_\-/.:]+|[*?$])\}$/;
// This account / partition / region, read directly from the provider's data sources: policylint
// knows them symbolically (a stand-in value that rules understand), and prints them as written.
const SYMBOLIC =
  /^\$\{\s*(?:one\()?data\.(?:aws_caller_identity\.[\w-]+(?:\[0\])?\.account_id|aws_partition\.[\w-]+(?:\[0\])?\.partition|aws_region\.[\w-]+(?:\[0\])?\.(?:name|region))\)?\s*\}$/;
const BARE_EXPRESSION =
  /^(?:(?:var|local|module|data|each|count|path|terraform|self)\.[\w-]|aws_[a-z0-9_]+\.[\w-]|[a-z_][a-z0-9_]*\(|dynamic "|source_policy_documents$|override_policy_documents$|policy document$|\[for |\{for )/;

// The same, printed bare: an Unknown that stands for this account / partition / region.
const SYMBOLIC_BARE =
  /^data\.(?:aws_caller_identity\.[\w-]+(?:\[0\])?\.account_id|aws_partition\.[\w-]+(?:\[0\])?\.partition|aws_region\.[\w-]+(?:\[0\])?\.(?:name|region))$/;

/** The Terraform expressions left in one printed string, or [] when it is fully known. */
export function unknownsIn(s) {
  if (SYMBOLIC_BARE.test(s)) return [];
  if (BARE_EXPRESSION.test(s)) return [s];
  const out = [];
  const re = /([$%])\{/g;
  let m;
  while ((m = re.exec(s))) {
    if (m.index > 0 && s[m.index - 1] === m[1]) continue; // "$${" is an escaped literal
    const end = matchBrace(s, m.index + 1);
    const token = s.slice(m.index, end + 1);
    re.lastIndex = end + 1;
    if (m[1] === '%') out.push(token);
    else if (IAM_VARIABLE.test(token) || SYMBOLIC.test(token)) continue;
    else out.push(token);
  }
  return out;
}

function matchBrace(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return s.length - 1;
}

function collect(v, out) {
  if (typeof v === 'string') out.push(...unknownsIn(v));
  else if (Array.isArray(v)) for (const x of v) collect(x, out);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      out.push(...unknownsIn(k));
      collect(x, out);
    }
  return out;
}

/**
 * Statements of one printed policy, each with the Unknowns it holds. A statement printed as a
 * string (a `dynamic "statement"` whose for_each is Unknown, a merged document that stayed Unknown)
 * and a document that is not an object at all count as one statement, wholly Unknown ("opaque").
 * `resourceOnly`: its only Unknowns are in Resource / NotResource / Sid.
 */
export function statementsOf(document) {
  if (!document || typeof document !== 'object' || Array.isArray(document))
    return [{ opaque: true, resourceOnly: false, unknowns: typeof document === 'string' ? [document] : ['<no document>'] }];
  const st = document.Statement;
  const list = Array.isArray(st) ? st : st === undefined ? [] : [st];
  const top = collect(Object.fromEntries(Object.entries(document).filter(([k]) => k !== 'Statement')), []);
  return list.map((s) => {
    if (!s || typeof s !== 'object' || Array.isArray(s))
      return { opaque: true, resourceOnly: false, unknowns: [typeof s === 'string' ? s : JSON.stringify(s)] };
    const scope = Object.fromEntries(Object.entries(s).filter(([k]) => !RESOURCE_ELEMENTS.has(k)));
    const outsideResource = [...top, ...collect(scope, [])];
    const unknowns = [...outsideResource, ...collect(s.Resource ?? [], []), ...collect(s.NotResource ?? [], [])];
    return { opaque: false, resourceOnly: unknowns.length > 0 && outsideResource.length === 0, unknowns };
  });
}

// Unknowns only here leave the principal, action, effect and condition rules able to judge.
const RESOURCE_ELEMENTS = new Set(['Resource', 'NotResource', 'Sid']);

/** A short name for the Terraform construct an Unknown comes from (for grouping by cause). */
export function causeOf(text) {
  const t = text.trim();
  if (/^dynamic "/.test(t)) return 'dynamic block (for_each Unknown)';
  if (/^(source|override)_policy_documents$|^policy document$/.test(t)) return 'source/override_policy_documents';
  if (t.startsWith('%{')) return 'template directive %{...}';
  if (t === '<no document>') return 'no document';
  const e = t.replace(/^\$\{\s*/, '').replace(/\s*\}$/, '');
  if (/\[\*\]|\.\*\./.test(e)) return 'splat [*] / .*.';
  if (/^templatefile\(|^file\(/.test(e)) return 'templatefile()/file()';
  if (
    /^(jsonencode|merge|concat|flatten|distinct|compact|coalesce|coalescelist|try|lookup|format|join|replace|keys|values|tolist|toset|one|element|length|setunion|zipmap|sort|reverse|split|lower|upper|trimsuffix|trimprefix|substr|can)\(/.test(
      e,
    )
  )
    return `function ${e.slice(0, e.indexOf('('))}()`;
  if (/\?/.test(e) && /:/.test(e)) return 'conditional ?:';
  if (/\b(&&|\|\||==|!=)\b|^!/.test(e)) return 'operator';
  if (/^(each|count)\./.test(e)) return 'each./count. (iteration)';
  if (/^[\w.]*\.value\b/.test(e) && !/^(var|local|module|data)\./.test(e)) return 'dynamic iterator (<name>.value)';
  if (/^var\./.test(e)) return 'variable without value';
  if (/^local\./.test(e)) return 'local (Unknown)';
  if (/^module\./.test(e)) return 'module output';
  if (/^data\.aws_iam_policy_document\./.test(e)) return 'data.aws_iam_policy_document reference';
  if (/^data\./.test(e)) return 'data source attribute';
  if (/^(resource\.)?aws_[a-z0-9_]+\./.test(e)) return 'resource attribute (computed)';
  if (/^[A-Za-z_][\w-]*$/.test(e)) return 'template variable (templatefile)';
  if (/^\[for |^\{for /.test(e)) return 'for expression';
  if (/^[a-z_][a-z0-9_]*\(/.test(e)) return `function ${e.slice(0, e.indexOf('('))}()`;
  return 'other';
}
