// src/format/json.ts
function publicFinding(f) {
  const { absFile: _a, offset: _o, ...rest } = f;
  return rest;
}
function* jsonChunks(findings) {
  if (!findings.length) {
    yield '{\n  "version": 1,\n  "findings": []\n}\n';
    return;
  }
  yield '{\n  "version": 1,\n  "findings": [';
  for (let i = 0; i < findings.length; i++) yield `${i ? "," : ""}
${indented(publicFinding(findings[i]), "    ")}`;
  yield "\n  ]\n}\n";
}
function indented(value, indent) {
  return indent + JSON.stringify(value, null, 2).replaceAll("\n", `
${indent}`);
}

export {
  jsonChunks,
  indented
};
