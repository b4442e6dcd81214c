import { fileURLToPath } from 'node:url';

/**
 * The interpreter tests compile with: the repository's venv with the pinned kfp (made by
 * `npm run bootstrap`), or whatever MLOPS_TEST_PYTHON names.
 */
export const testPython =
  process.env.MLOPS_TEST_PYTHON ??
  fileURLToPath(new URL('../../.venv/bin/python', import.meta.url));
