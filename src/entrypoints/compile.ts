import './shim.js';

import { compileAction } from '../actions/compile.js';
import { runAction } from '../github/runner.js';

await runAction('Compile pipelines', compileAction);
