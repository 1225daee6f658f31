import { childExpressions, type Body, type Expr } from './hcl-ast.js';

/** Every `data.TYPE.NAME` a body refers to, e.g. `data.aws_iam_policy_document.base`. */
export function dataReferences(body: Body, type: string): Set<string> {
  const out = new Set<string>();
  const stack: Expr[] = [];
  const pushBody = (b: Body) => {
    for (const a of b.attributes) stack.push(a.expr);
    for (const blk of b.blocks) pushBody(blk.body);
  };
  pushBody(body);
  while (stack.length) {
    const e = stack.pop()!;
    switch (e.t) {
      case 'getattr': {
        const names: string[] = [];
        let cur: Expr = e;
        while (cur.t === 'getattr' || cur.t === 'index') {
          if (cur.t === 'getattr') names.unshift(cur.name);
          else stack.push(cur.key);
          cur = cur.object;
        }
        if (cur.t === 'variable' && cur.name === 'data' && names[0] === type && names[1]) out.add(`data.${type}.${names[1]}`);
        else stack.push(cur);
        break;
      }
      default:
        stack.push(...childExpressions(e));
    }
  }
  return out;
}
