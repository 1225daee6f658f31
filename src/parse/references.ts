import type { Body, Expr } from './hcl-ast.js';

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
      case 'index':
        stack.push(e.object, e.key);
        break;
      case 'template':
        for (const p of e.parts) if (p.t === 'interpolation') stack.push(p.expr);
        break;
      case 'tuple':
        stack.push(...e.items);
        break;
      case 'object':
        for (const el of e.elems) stack.push(el.key, el.value);
        break;
      case 'splat':
        stack.push(e.object);
        break;
      case 'call':
        stack.push(...e.args);
        break;
      case 'for':
        stack.push(e.collection, e.value, ...(e.key ? [e.key] : []), ...(e.cond ? [e.cond] : []));
        break;
      case 'conditional':
        stack.push(e.cond, e.then, e.else);
        break;
      case 'unary':
        stack.push(e.operand);
        break;
      case 'binary':
        stack.push(e.left, e.right);
        break;
    }
  }
  return out;
}
