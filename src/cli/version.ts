import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('../package.json') as { version: string; homepage?: string };

export const VERSION = pkg.version;
export const HOMEPAGE = pkg.homepage ?? 'https://github.com/policylint/policylint';
