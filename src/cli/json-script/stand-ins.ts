// What the JSON-only script (model/needs-full-script.ts) has in place of the modules it leaves out:
// scripts/build.mjs points their imports here when it builds that script. Each module keeps its
// real module's shape (checked below by the compiler), and every function of it asks for the whole
// script, so no run of the JSON-only script can go on with a part missing.
import { NeedsFullScript } from '../../model/needs-full-script.js';

/** A stand-in for each function of a module left out: it throws the signal, whatever it is given. */
export function leftOut(what: string): () => never {
  return () => {
    throw new NeedsFullScript(what);
  };
}
