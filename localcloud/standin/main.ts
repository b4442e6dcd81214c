// The stand-in as a process: `node --import tsx localcloud/standin/main.ts [--port N]
// [--admin-port N] [--state-dir DIR] [--clock manual|auto] [--phase-ms N]`. Prints one JSON line
// {"port":..,"adminPort":..} when it is ready and stops cleanly on SIGTERM or SIGINT.
import { parseArgs } from 'node:util';

import { startStandIn } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'admin-port': { type: 'string', default: '0' },
    'state-dir': { type: 'string' },
    clock: { type: 'string', default: 'manual' },
    'phase-ms': { type: 'string', default: '1000' },
  },
});
if (values.clock !== 'manual' && values.clock !== 'auto')
  throw new Error('--clock must be manual or auto');

const standIn = await startStandIn({
  port: Number(values.port),
  adminPort: Number(values['admin-port']),
  stateDir: values['state-dir'],
  clock: values.clock,
  phaseMs: Number(values['phase-ms']),
});
console.log(JSON.stringify({ port: standIn.port, adminPort: standIn.adminPort }));
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => void standIn.close().then(() => process.exit(0)));
}
