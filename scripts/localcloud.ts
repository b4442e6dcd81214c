// The local cloud for a person: starts it, prints the endpoints and the variables an action needs,
// and runs until Ctrl-C. `npm run localcloud` (add `-- --clock manual` to drive time by hand
// through the admin endpoint).
import { parseArgs } from 'node:util';

import { startLocalCloud } from '../localcloud/index.js';

const { values } = parseArgs({
  options: { clock: { type: 'string', default: 'auto' }, 'state-dir': { type: 'string' } },
});
if (values.clock !== 'auto' && values.clock !== 'manual')
  throw new Error('--clock must be auto or manual');

const cloud = await startLocalCloud({ clock: values.clock, stateDir: values['state-dir'] });
console.log(`Cloud Storage (fake-gcs-server)     ${cloud.gcs.endpoint}`);
console.log(`Vertex AI + Cloud Monitoring (gRPC) ${cloud.vertex.endpoint}`);
console.log(`  admin endpoint                    ${cloud.env.MLOPS_STANDIN_ADMIN}`);
console.log(`Image registry                      ${cloud.registry.host}`);
console.log('\nFor actions and scripts:');
for (const [k, v] of Object.entries(cloud.env)) console.log(`export ${k}=${v}`);
console.log('\nCtrl-C stops everything.');

const stop = () => void cloud.stop().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
