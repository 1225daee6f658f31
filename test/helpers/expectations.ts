/** Reads `# expect: rule-id[/CHECK][, rule-id[/CHECK]] [suppressed]` and `// expect: ...` annotations
 * (design §6); `principal-arn-pattern/PA07` asserts the check id too, a plain rule id only the rule.
 * Inside a heredoc, where no comment can stand, `# expect@+N: rule-id` above it names the line N below. */
export interface Expectation {
  line: number;
  ruleId: string;
  checkId?: string;
  suppressed: boolean;
}

const ANNOTATION = /(?:#|\/\/)\s*expect(?:@\+(\d+))?:\s*(.+?)\s*$/;

export function readExpectations(text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const out: Expectation[] = [];
  const ownLine = (l: string) => /^\s*(#|\/\/)\s*(expect|ok)(@\+\d+)?:/.test(l);
  lines.forEach((l, i) => {
    const m = ANNOTATION.exec(l);
    if (!m) return;
    let target = i + 1;
    if (m[1]) target = i + 1 + Number(m[1]);
    else if (ownLine(l)) {
      target = i + 2;
      while (target <= lines.length && ownLine(lines[target - 1])) target++;
    }
    for (const part of m[2].split(',')) {
      const [id, flag] = part.trim().split(/\s+/);
      const [ruleId, checkId] = id.split('/');
      out.push({ line: target, ruleId, ...(checkId ? { checkId } : {}), suppressed: flag === 'suppressed' });
    }
  });
  return out;
}

/** JSON cannot hold comments: annotation comments become spaces so positions stay put. */
export function blankJsonAnnotations(text: string): string {
  return text.replace(/\/\/\s*(expect|ok):[^\r\n]*/g, (m) => ' '.repeat(m.length));
}
