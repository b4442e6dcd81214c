// Regenerates the Inputs and Outputs sections of every action-*/README.md from its action.yml,
// between `<!-- BEGIN GENERATED: inputs -->` / `<!-- END GENERATED: inputs -->` (and outputs).
//   node scripts/gen-docs.mjs          rewrite the READMEs
//   node scripts/gen-docs.mjs --check  fail, naming them, when any README is stale
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const cell = (text) =>
  String(text ?? '')
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');

export function inputsTable(inputs = {}) {
  const rows = Object.entries(inputs).map(
    ([name, i]) =>
      `| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${i.default === undefined || i.default === '' ? '' : `\`${cell(i.default)}\``} | ${cell(i.description)} |`,
  );
  return [
    '## Inputs',
    '',
    '| Input | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

export function outputsTable(outputs = {}) {
  const rows = Object.entries(outputs).map(
    ([name, o]) => `| \`${name}\` | ${cell(o.description)} |`,
  );
  return ['## Outputs', '', '| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

function replaceSection(text, section, body) {
  const begin = `<!-- BEGIN GENERATED: ${section} -->`;
  const end = `<!-- END GENERATED: ${section} -->`;
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return `${text.trimEnd()}\n\n${begin}\n${body}\n${end}\n`;
  return `${text.slice(0, from + begin.length)}\n${body}\n${text.slice(to)}`;
}

/** The README as it should be for `action-<name>`: existing prose kept, generated parts fresh. */
export function renderReadme(actionDir) {
  const meta = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8'));
  const path = join(actionDir, 'README.md');
  let text = existsSync(path)
    ? readFileSync(path, 'utf8')
    : `# ${meta.name}\n\n${meta.description}\n`;
  text = replaceSection(text, 'inputs', inputsTable(meta.inputs));
  text = replaceSection(text, 'outputs', outputsTable(meta.outputs));
  return { path, text, current: existsSync(path) ? readFileSync(path, 'utf8') : '' };
}

export function actionDirs() {
  return readdirSync(root)
    .filter((d) => d.startsWith('action-') && existsSync(join(root, d, 'action.yml')))
    .map((d) => join(root, d));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const dir of actionDirs()) {
    const { path, text, current } = renderReadme(dir);
    if (text === current) continue;
    if (check) stale.push(path);
    else writeFileSync(path, text);
  }
  if (stale.length > 0) {
    console.error(`stale generated sections (run \`npm run docs\`):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
}
