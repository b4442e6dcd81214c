// Regenerates the Inputs and Outputs sections of every action-*/README.md from its action.yml,
// between `<!-- BEGIN GENERATED: inputs -->` / `<!-- END GENERATED: inputs -->` (and outputs).
// Everything outside the markers is the README's own prose and is kept as it is. A missing README
// is created from a skeleton (title, description, a usage snippet to complete, the sections); a
// README without the markers gets the sections appended.
//   node scripts/gen-docs.mjs          rewrite the READMEs that are stale
//   node scripts/gen-docs.mjs --check  fail, naming them, when any README is stale
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Text for one table cell: pipes escaped (GitHub's tables need that inside code spans too),
 * paragraphs kept as <br><br>, other line breaks spaces (as Markdown reads them).
 */
export function cell(text) {
  return String(text ?? '')
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\r\n?/g, '\n')
    .replace(/\n\s*\n/g, '<br><br>')
    .replace(/\n/g, ' ');
}

/** A default value as inline code; a value with backticks gets a longer fence. */
function code(value) {
  const text = cell(value);
  const fence = '`'.repeat(
    (text.match(/`+/g) ?? ['']).reduce((n, r) => Math.max(n, r.length), 0) + 1,
  );
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

const isRequired = (input) => input?.required === true || input?.required === 'true';

function describe(item) {
  const text = cell(item?.description);
  return item?.deprecationMessage
    ? `**Deprecated:** ${cell(item.deprecationMessage)}${text ? `<br><br>${text}` : ''}`
    : text;
}

export function inputsTable(inputs) {
  const entries = Object.entries(inputs ?? {});
  if (entries.length === 0) return '## Inputs\n\nNone.';
  const rows = entries.map(([name, input]) => {
    const dflt = input?.default;
    const shown = dflt === undefined || dflt === null || dflt === '' ? '' : code(dflt);
    return `| \`${name}\` | ${isRequired(input) ? 'yes' : 'no'} | ${shown} | ${describe(input)} |`;
  });
  return [
    '## Inputs',
    '',
    '| Input | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

export function outputsTable(outputs) {
  const entries = Object.entries(outputs ?? {});
  if (entries.length === 0) return '## Outputs\n\nNone.';
  const rows = entries.map(([name, output]) => `| \`${name}\` | ${describe(output)} |`);
  return ['## Outputs', '', '| Output | Description |', '| --- | --- |', ...rows].join('\n');
}

/** The README written for an action that has none yet: to be completed by hand. */
export function skeleton(dirName, meta) {
  const required = Object.entries(meta.inputs ?? {}).filter(([, i]) => isRequired(i));
  const withLines = required.length
    ? ['    with:', ...required.map(([name]) => `      ${name}: # required`)]
    : ['    # with: see Inputs below'];
  return [
    `# ${meta.name ?? dirName}`,
    '',
    String(meta.description ?? '').trim(),
    '',
    '## Usage',
    '',
    '<!-- TODO: a complete example job: permissions, checkout, this step, what uses its outputs. -->',
    '',
    '```yaml',
    'steps:',
    `  - uses: your-org/vertex-mlops-actions/${dirName}@<commit-sha>`,
    ...withLines,
    '```',
    '',
  ].join('\n');
}

function replaceSection(text, section, body, file) {
  const begin = `<!-- BEGIN GENERATED: ${section} -->`;
  const end = `<!-- END GENERATED: ${section} -->`;
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  const count = (marker) => text.split(marker).length - 1;
  if (from < 0 && to < 0) return `${text.trimEnd()}\n\n${begin}\n${body}\n${end}\n`;
  if (from < 0 || to < from || count(begin) > 1 || count(end) > 1) {
    throw new Error(`${file}: the ${section} markers must appear once each, BEGIN before END`);
  }
  return `${text.slice(0, from + begin.length)}\n${body}\n${text.slice(to)}`;
}

/**
 * The README as it should be for the action in `actionDir` (`text`), and as it is (`current`,
 * '' when missing): existing prose kept, generated parts fresh.
 */
export function renderReadme(actionDir) {
  const meta = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) ?? {};
  const path = join(actionDir, 'README.md');
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  let text = current.trim() === '' ? skeleton(basename(actionDir), meta) : current;
  const file = relative(root, path);
  text = replaceSection(text, 'inputs', inputsTable(meta.inputs), file);
  text = replaceSection(text, 'outputs', outputsTable(meta.outputs), file);
  return { path, text, current };
}

/** Every action-* directory that has an action.yml, absolute, sorted. */
export function actionDirs() {
  return readdirSync(root)
    .filter((d) => d.startsWith('action-') && existsSync(join(root, d, 'action.yml')))
    .sort()
    .map((d) => join(root, d));
}

/** The READMEs whose generated sections are stale (or that are missing), relative to the root. */
export function staleReadmes(dirs = actionDirs()) {
  return dirs
    .map((dir) => renderReadme(dir))
    .filter(({ text, current }) => text !== current)
    .map(({ path }) => relative(root, path));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  try {
    if (check) {
      const stale = staleReadmes();
      if (stale.length > 0) {
        console.error(`stale generated sections (run \`npm run docs\`):\n  ${stale.join('\n  ')}`);
        process.exit(1);
      }
      console.log('action READMEs are up to date');
    } else {
      for (const dir of actionDirs()) {
        const { path, text, current } = renderReadme(dir);
        if (text === current) continue;
        writeFileSync(path, text);
        console.log(`wrote ${relative(root, path)}`);
      }
    }
  } catch (err) {
    console.error(`gen-docs: ${err.message}`);
    process.exit(1);
  }
}
