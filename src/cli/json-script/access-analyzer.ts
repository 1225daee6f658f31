// In the JSON-only script, for access-analyzer/run.ts: `--access-analyzer` calls AWS, and its SDK
// costs more to load than the whole script saves.
import type * as real from '../../access-analyzer/run.js';
import { leftOut } from './stand-ins.js';

export const runAccessAnalyzer: typeof real.runAccessAnalyzer = leftOut('IAM Access Analyzer client');

// Every function the real module has, or the compiler says which is missing.
void ({ runAccessAnalyzer } satisfies Record<keyof typeof real, unknown>);
