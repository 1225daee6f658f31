// src/discover/root.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function repositoryRoot(cwd, configDir) {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) break;
  }
  return configDir ? resolve(configDir) : resolve(cwd);
}

export {
  repositoryRoot
};
