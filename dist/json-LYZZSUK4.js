// src/format/json.ts
function publicFinding(f) {
  const { absFile: _a, offset: _o, ...rest } = f;
  return rest;
}
function formatJson(findings) {
  return JSON.stringify({ version: 1, findings: findings.map(publicFinding) }, null, 2) + "\n";
}
export {
  formatJson,
  publicFinding
};
