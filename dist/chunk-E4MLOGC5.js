// src/format/escape.ts
var TEXT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var SOURCE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escapeControl(s, keepLines = false) {
  return s.replace(keepLines ? SOURCE : TEXT, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "\\t";
    const hex = c.charCodeAt(0).toString(16);
    return c.charCodeAt(0) < 256 ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
  });
}

export {
  escapeControl
};
