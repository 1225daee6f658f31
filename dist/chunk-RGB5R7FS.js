// src/format/docs-url.ts
function docsBase(homepage, version) {
  return `${homepage}/blob/v${version}/rules`;
}
function ruleDocsUrl(base, ruleId) {
  return `${base}/${ruleId}.md`;
}

export {
  docsBase,
  ruleDocsUrl
};
