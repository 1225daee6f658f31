/** Where a rule's documentation lives for this release: `rules/<id>.md` at the version's tag, so
 * the page matches the behaviour of the build that reported it (ESLint's `meta.docs.url`). One
 * builder for SARIF's per-rule `helpUri` and every finding's `helpUri` in JSON and friendly output. */
export function docsBase(homepage: string, version: string): string {
  return `${homepage}/blob/v${version}/rules`;
}

export function ruleDocsUrl(base: string, ruleId: string): string {
  return `${base}/${ruleId}.md`;
}
