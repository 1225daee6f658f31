// Apart from rendering (templatefile.ts): a run of JSON policies tests every policy file's text
// with it, and loads the renderer only for a file that is a template (issue 16).

/** IAM's own policy variables (`${aws:username}`, `${aws:PrincipalTag/team, 'none'}`, `${*}`)
 * look like interpolations but are policy text (iam-semantics §7); Terraform templates escape them. */
const IAM_VARIABLE = /^\$\{(?:[\w-]+:[\w./:-]+(?:\s*,\s*'[^']*')?|[*?$])\}/;

/** Template syntax outside an escaped `$${` / `%%{`: such a file is rendered, never read as is. */
export function isTemplateText(text: string): boolean {
  const re = /(^|[^$%])([$%])\{/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[1].length;
    if (m[2] === '%' || !IAM_VARIABLE.test(text.slice(at, at + 200))) return true;
  }
  return false;
}
