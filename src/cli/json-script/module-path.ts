// In the JSON-only script, for engine/module-path.ts: the Terraform path (a plan's configuration,
// a template, a folder of .tf files named like a JSON file).
import type * as real from '../../engine/module-path.js';
import { leftOut } from './stand-ins.js';

const terraform = leftOut('Terraform path');
export const lintModuleUnit: typeof real.lintModuleUnit = terraform;
export const configurationOf: typeof real.configurationOf = terraform;
export const calledFolders: typeof real.calledFolders = terraform;
export const readsPerFolder: typeof real.readsPerFolder = terraform;
export const extractTemplateFile: typeof real.extractTemplateFile = terraform;

// Every function the real module has, or the compiler says which is missing.
void ({ lintModuleUnit, configurationOf, calledFolders, readsPerFolder, extractTemplateFile } satisfies Record<keyof typeof real, unknown>);
