/**
 * Control characters from the linted repository (policy strings, file names) made visible: an
 * ESC/OSC sequence would drive the terminal, and a CR or LF would forge a separate
 * `$eslint-compact` line or a CI log command (issue 12). Bidirectional overrides too.
 */
const TEXT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** For source text shown as code: line breaks and tabs stay. */
const SOURCE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeControl(s: string, keepLines = false): string {
  return s.replace(keepLines ? SOURCE : TEXT, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const hex = c.charCodeAt(0).toString(16);
    return c.charCodeAt(0) < 0x100 ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
  });
}
