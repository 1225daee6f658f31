import {
  parseCli
} from "./chunk-SSVZOC2V.js";
import {
  liftoffOnly,
  loadParser
} from "./chunk-CMMA6BZU.js";

// src/cli/early.ts
var argv = process.argv.slice(2);
var lsp = argv.includes("--lsp");
var quick = quickRun(argv);
var few = !lsp && quick && (quick.stdin || quick.paths.length > 0 && quick.paths.length <= 8 && quick.paths.every((p) => /\.(tf|tofu|json|tpl|tftpl)$/.test(p)));
if (few) liftoffOnly();
if (few && !quick.stdin && quick.paths.every((p) => /\.(tf|tofu)$/.test(p))) loadParser(true).catch(() => {
});
function quickRun(args) {
  try {
    const parsed = parseCli(args);
    return parsed.help || parsed.version || parsed.printConfig ? void 0 : { paths: parsed.paths, stdin: !!parsed.stdin };
  } catch {
    return void 0;
  }
}
