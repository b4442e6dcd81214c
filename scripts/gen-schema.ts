// Writes schema/mlops.schema.json from src/config/schema.ts (the source of truth), for editors:
// `# yaml-language-server: $schema=...` in mlops.yaml. `--check` fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { mlopsSchema } from '../src/config/schema.js';

export const schemaPath = fileURLToPath(new URL('../schema/mlops.schema.json', import.meta.url));
export const schemaText = `${JSON.stringify(mlopsSchema, null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const current = readFileSync(schemaPath, 'utf8');
    if (current !== schemaText) {
      console.error('schema/mlops.schema.json is stale: run `npm run schema`');
      process.exit(1);
    }
  } else {
    writeFileSync(schemaPath, schemaText);
  }
}
