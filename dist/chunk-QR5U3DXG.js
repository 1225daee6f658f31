// src/cli/version.ts
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function ownPackage() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    try {
      const pkg2 = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      if (pkg2.name === "policylint") return pkg2;
    } catch {
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`policylint's package.json was not found above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}
var pkg = ownPackage();
var VERSION = pkg.version;
var HOMEPAGE = pkg.homepage ?? "https://github.com/policylint/policylint";

// src/format/docs-url.ts
function docsBase(homepage, version) {
  return `${homepage}/blob/v${version}/rules`;
}
function ruleDocsUrl(base, ruleId) {
  return `${base}/${ruleId}.md`;
}

export {
  VERSION,
  HOMEPAGE,
  docsBase,
  ruleDocsUrl
};
