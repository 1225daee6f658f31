// Everything a run loads only when it lints a Terraform module, renders a template or reads a
// plan's configuration: one module for every such dynamic import, so that the bundle splits into
// one part a run of JSON policies never loads, not a chunk per combination of importers (each
// chunk is one more module for Node to resolve and link at every start; issue 16). Workers, which
// lint units themselves (lint-unit.ts), load apart (engine/lint.ts).
export { lintModuleUnit, configurationOf } from './unit.js';
export { calledFolders, readsPerFolder } from './module-roots.js';
export { extractTemplateFile } from '../extract/template-files.js';
