// Imported first by every entry point. ncc emits ESM bundles; google-gax and some of its
// dependencies still reach for the CommonJS globals, which ES modules do not define.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const g = globalThis as Record<string, unknown>;
g.__filename ??= fileURLToPath(import.meta.url);
g.__dirname ??= dirname(fileURLToPath(import.meta.url));
g.require ??= createRequire(import.meta.url);
