// In the JSON-only script, for parse/parser.ts. Liftoff-only wasm is for a run that parses
// Terraform, which this script never does: setting it would load node:v8 for nothing (~4 ms with
// the stream modules it brings).
import type * as real from '../../parse/parser.js';
import { NeedsFullScript } from '../../model/needs-full-script.js';
import { leftOut } from './stand-ins.js';

export const liftoffOnly: typeof real.liftoffOnly = () => {};
export const loadParser: typeof real.loadParser = () => Promise.reject(new NeedsFullScript('Terraform parser'));
export const loadedParser: typeof real.loadedParser = () => undefined;
export const cursors: typeof real.cursors = leftOut('Terraform parser');

// Every function the real module has, or the compiler says which is missing.
void ({ liftoffOnly, loadParser, loadedParser, cursors } satisfies Record<keyof typeof real, unknown>);
