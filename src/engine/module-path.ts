// Everything a run loads only when it lints a Terraform module, renders a template, reads a plan's
// configuration or starts workers: one module for every such dynamic import, so that the bundle
// splits into one part a run of JSON policies never loads, not a chunk per combination of
// importers (each chunk is one more module for Node to resolve and link at every start; issue 16).
export { lintModuleUnit, configurationOf } from './unit.js';
export { calledFolders, readsPerFolder } from './module-roots.js';
export { lintInWorkers, spawnWorkers, stopWorkers } from './workers.js';
export { extractTemplateFile } from '../extract/template-files.js';
