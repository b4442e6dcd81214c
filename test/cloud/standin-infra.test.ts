import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

import { status } from '@grpc/grpc-js';
import { v1 } from '@google-cloud/aiplatform';

import { clientOptions } from '../../localcloud/standin/client-options.js';
import { startStandIn } from '../../localcloud/standin/index.js';
import { repoRoot } from '../../scripts/lib/run-action.js';
import { tempDir } from '../helpers/tmp.js';
import { PARENT, pipelineJob, rejection, standInWithClients } from './standin-helpers.js';

// The seeded fault sequence must not be perturbed by the client's own retries.
const NO_RETRY = { retry: { retryCodes: [] as number[] } } as never;

describe('request log and mutating-call counter', () => {
  it('records every request with its status, and counts only mutating ones', async () => {
    const c = await standInWithClients();
    try {
      await c.pipelines.createPipelineJob({
        parent: PARENT,
        pipelineJobId: 'logged',
        pipelineJob: pipelineJob(),
      });
      await c.pipelines.getPipelineJob({ name: `${PARENT}/pipelineJobs/logged` });
      await rejection(c.pipelines.getPipelineJob({ name: `${PARENT}/pipelineJobs/missing` }));
      await c.schedules.listSchedules({ parent: PARENT });
      expect(c.standIn.requests().map((r) => [r.method, r.code])).toEqual([
        ['CreatePipelineJob', status.OK],
        ['GetPipelineJob', status.OK],
        ['GetPipelineJob', status.NOT_FOUND],
        ['ListSchedules', status.OK],
      ]);
      expect(c.standIn.mutatingCallCount()).toBe(1);
      expect(c.standIn.requests({ method: 'CreatePipelineJob' })[0]?.request).toMatchObject({
        parent: PARENT,
        pipelineJobId: 'logged',
      });
      c.standIn.resetLog();
      expect(c.standIn.requests()).toEqual([]);
    } finally {
      await c.close();
    }
  });
});

describe('fault injection', () => {
  async function failuresWithSeed(seed: number): Promise<number[]> {
    const c = await standInWithClients();
    try {
      c.standIn.faults.set({ method: 'ListSchedules', code: 'UNAVAILABLE', rate: 0.3, seed });
      const failed: number[] = [];
      for (let i = 0; i < 100; i++) {
        try {
          await c.schedules.listSchedules({ parent: PARENT }, NO_RETRY);
        } catch (err) {
          expect((err as { code: number }).code).toBe(status.UNAVAILABLE);
          failed.push(i);
        }
      }
      // Faulted requests are logged too; other methods are untouched.
      expect(c.standIn.requests().filter((r) => r.code === status.UNAVAILABLE)).toHaveLength(
        failed.length,
      );
      await c.pipelines.listPipelineJobs({ parent: PARENT });
      return failed;
    } finally {
      await c.close();
    }
  }

  it('fails the seeded share of requests, identically for the same seed', async () => {
    const first = await failuresWithSeed(42);
    expect(first.length).toBeGreaterThanOrEqual(20);
    expect(first.length).toBeLessThanOrEqual(40);
    expect(await failuresWithSeed(42)).toEqual(first);
    expect(await failuresWithSeed(7)).not.toEqual(first);
  });

  it('adds latency', async () => {
    const c = await standInWithClients();
    try {
      await c.schedules.listSchedules({ parent: PARENT });
      c.standIn.faults.set({ method: 'ListSchedules', latencyMs: 300 });
      const t = Date.now();
      await c.schedules.listSchedules({ parent: PARENT });
      expect(Date.now() - t).toBeGreaterThanOrEqual(300);
      c.standIn.faults.clear();
      const t2 = Date.now();
      await c.schedules.listSchedules({ parent: PARENT });
      expect(Date.now() - t2).toBeLessThan(300);
    } finally {
      await c.close();
    }
  });
});

/** The stand-in's CLI in a child process, as the steps of a workflow would each run one. */
async function cliStandIn(
  stateDir: string,
): Promise<{ child: ChildProcess; port: number; adminPort: number }> {
  const child = spawn(
    `${repoRoot}/node_modules/.bin/node`,
    ['--import', 'tsx', `${repoRoot}/localcloud/standin/main.ts`, '--state-dir', stateDir],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  return { child, ...(JSON.parse(line) as { port: number; adminPort: number }) };
}

describe('a state directory shared by processes', () => {
  it('lets a second process see what the first created, and its requests', async () => {
    const stateDir = tempDir('standin-state');
    const here = await startStandIn({ stateDir });
    const there = await cliStandIn(stateDir);
    const a = new v1.PipelineServiceClient(clientOptions(here.endpoint));
    const b = new v1.PipelineServiceClient(clientOptions(`127.0.0.1:${there.port}`));
    try {
      await a.createPipelineJob({
        parent: PARENT,
        pipelineJobId: 'shared',
        pipelineJob: pipelineJob(),
      });
      const [seen] = await b.getPipelineJob({ name: `${PARENT}/pipelineJobs/shared` });
      expect(seen.name).toBe(`${PARENT}/pipelineJobs/shared`);
      // The clock is shared too: advancing it through the other process's admin endpoint moves the job.
      await fetch(`http://127.0.0.1:${there.adminPort}/clock/advance?ms=3000`, { method: 'POST' });
      expect((await a.getPipelineJob({ name: `${PARENT}/pipelineJobs/shared` }))[0].state).toBe(
        'PIPELINE_STATE_RUNNING',
      );
      const log = (await (await fetch(`http://127.0.0.1:${there.adminPort}/requests`)).json()) as {
        method: string;
      }[];
      expect(log.map((r) => r.method)).toEqual([
        'CreatePipelineJob',
        'GetPipelineJob',
        'GetPipelineJob',
      ]);
      expect(here.mutatingCallCount()).toBe(1);

      // A long-running operation started in one process can be polled in the other.
      const sa = new v1.ScheduleServiceClient(clientOptions(here.endpoint));
      const sb = new v1.ScheduleServiceClient(clientOptions(`127.0.0.1:${there.port}`));
      try {
        const [created] = await sa.createSchedule({
          parent: PARENT,
          schedule: {
            displayName: 's',
            cron: '0 0 * * *',
            maxConcurrentRunCount: 1,
            createPipelineJobRequest: { parent: PARENT, pipelineJob: pipelineJob() },
          },
        });
        const [op] = await sa.deleteSchedule({ name: created.name! });
        expect((await sb.checkDeleteScheduleProgress(op.name!)).done).toBe(true);
        expect((await rejection(sb.getSchedule({ name: created.name! }))).code).toBe(
          status.NOT_FOUND,
        );
      } finally {
        await Promise.all([sa.close(), sb.close()]);
      }
    } finally {
      await Promise.all([a.close(), b.close()]);
      there.child.kill('SIGTERM');
      await once(there.child, 'exit');
      await here.close();
    }
  });
});

describe('the auto clock', () => {
  it('moves jobs with real time, and refuses a manual advance', async () => {
    const c = await standInWithClients({ clock: 'auto', phaseMs: 100 });
    try {
      const [job] = await c.pipelines.createPipelineJob({
        parent: PARENT,
        pipelineJobId: 'auto',
        pipelineJob: pipelineJob(),
      });
      expect(job.state).toBe('PIPELINE_STATE_QUEUED');
      await new Promise((r) => setTimeout(r, 700));
      expect((await c.pipelines.getPipelineJob({ name: job.name! }))[0].state).toBe(
        'PIPELINE_STATE_SUCCEEDED',
      );
      expect(() => c.standIn.clock.advance(1000)).toThrow('cannot be advanced');
      const clock = (await (
        await fetch(`http://127.0.0.1:${c.standIn.adminPort}/clock`)
      ).json()) as { now: number };
      expect(Math.abs(clock.now - Date.now())).toBeLessThan(1000);
    } finally {
      await c.close();
    }
  });
});

describe('the admin endpoint', () => {
  it('injects faults and reports the mutating count over HTTP', async () => {
    const c = await standInWithClients();
    const admin = `http://127.0.0.1:${c.standIn.adminPort}`;
    try {
      const set = await fetch(`${admin}/faults`, {
        method: 'POST',
        body: JSON.stringify({ method: 'CreateSchedule', code: 'RESOURCE_EXHAUSTED', rate: 1 }),
      });
      expect(set.status).toBe(200);
      const r = await rejection(
        c.schedules.createSchedule({ parent: PARENT, schedule: {} }, NO_RETRY),
      );
      expect(r.code).toBe(status.RESOURCE_EXHAUSTED);
      expect(await (await fetch(`${admin}/mutating-count`)).json()).toEqual({ count: 1 });
      await fetch(`${admin}/faults`, { method: 'DELETE' });
      expect(
        (await rejection(c.schedules.createSchedule({ parent: PARENT, schedule: {} }))).code,
      ).toBe(status.INVALID_ARGUMENT);
      expect((await fetch(`${admin}/nope`)).status).toBe(404);
      expect((await fetch(`${admin}/faults`, { method: 'POST', body: '{"rate": 2}' })).status).toBe(
        400,
      );
    } finally {
      await c.close();
    }
  });
});
