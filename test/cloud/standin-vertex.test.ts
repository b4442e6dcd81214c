import { status } from '@grpc/grpc-js';

import { OUTCOME_LABEL } from '../../localcloud/standin/index.js';
import {
  PARENT,
  pipelineJob,
  rejection,
  standInWithClients,
  type Clients,
} from './standin-helpers.js';

// Contract tests: the real @google-cloud/aiplatform clients against the stand-in.
let c: Clients;
beforeAll(async () => {
  c = await standInWithClients({ phaseMs: 1000 });
});
afterAll(() => c.close());

const create = (id: string, job = pipelineJob()) =>
  c.pipelines.createPipelineJob({ parent: PARENT, pipelineJobId: id, pipelineJob: job });

describe('PipelineService', () => {
  it('creates a job and runs it through its states on the test clock, task by task', async () => {
    const [job] = await create('run-1');
    expect(job.name).toBe(`${PARENT}/pipelineJobs/run-1`);
    expect(job.state).toBe('PIPELINE_STATE_QUEUED');
    const states: string[] = [];
    for (let i = 0; i < 6; i++) {
      const [j] = await c.pipelines.getPipelineJob({ name: job.name! });
      states.push(
        `${String(j.state)}:${(j.jobDetail?.taskDetails ?? []).map((t) => t.state).join(',')}`,
      );
      c.standIn.clock.advance(1000);
    }
    expect(states).toEqual([
      'PIPELINE_STATE_QUEUED:PENDING,PENDING,PENDING',
      'PIPELINE_STATE_PENDING:PENDING,PENDING,PENDING',
      'PIPELINE_STATE_RUNNING:RUNNING,PENDING,PENDING',
      'PIPELINE_STATE_RUNNING:SUCCEEDED,RUNNING,PENDING',
      'PIPELINE_STATE_RUNNING:SUCCEEDED,SUCCEEDED,RUNNING',
      'PIPELINE_STATE_SUCCEEDED:SUCCEEDED,SUCCEEDED,SUCCEEDED',
    ]);
    const [done] = await c.pipelines.getPipelineJob({ name: job.name! });
    expect(done.jobDetail?.taskDetails?.map((t) => t.taskName)).toEqual([
      'ingest',
      'train',
      'evaluate',
    ]);
    expect(Number(done.endTime?.seconds)).toBeGreaterThan(Number(done.startTime?.seconds));
  });

  it('fails a job whose label scripts a failure, with an error status', async () => {
    const [job] = await create('run-fails', pipelineJob({ labels: { [OUTCOME_LABEL]: 'failed' } }));
    c.standIn.clock.advance(10_000);
    const [j] = await c.pipelines.getPipelineJob({ name: job.name! });
    expect(j.state).toBe('PIPELINE_STATE_FAILED');
    expect(j.error?.message).toContain('"evaluate" failed');
    expect(j.jobDetail?.taskDetails?.map((t) => t.state)).toEqual([
      'SUCCEEDED',
      'SUCCEEDED',
      'FAILED',
    ]);
  });

  it('cancels a running job, and refuses to cancel a finished one', async () => {
    const [job] = await create('run-cancel');
    c.standIn.clock.advance(2500);
    await c.pipelines.cancelPipelineJob({ name: job.name! });
    expect((await c.pipelines.getPipelineJob({ name: job.name! }))[0].state).toBe(
      'PIPELINE_STATE_CANCELLING',
    );
    c.standIn.clock.advance(1000);
    expect((await c.pipelines.getPipelineJob({ name: job.name! }))[0].state).toBe(
      'PIPELINE_STATE_CANCELLED',
    );
    const again = await rejection(c.pipelines.cancelPipelineJob({ name: job.name! }));
    expect(again).toEqual({
      code: status.FAILED_PRECONDITION,
      details: expect.stringContaining('in state PIPELINE_STATE_CANCELLED'),
    });
  });

  it('lists with a filter and pages', async () => {
    for (const id of ['list-a', 'list-b', 'list-c'])
      await create(id, pipelineJob({ displayName: 'listed' }));
    const [listed] = await c.pipelines.listPipelineJobs({
      parent: PARENT,
      filter: 'display_name="listed"',
      pageSize: 2,
    });
    expect(listed.map((j) => j.name?.split('/').pop())).toEqual(['list-a', 'list-b', 'list-c']);
    const [first, , response] = await c.pipelines.listPipelineJobs(
      { parent: PARENT, filter: 'display_name="listed"', pageSize: 2 },
      { autoPaginate: false },
    );
    expect(first).toHaveLength(2);
    expect(response?.nextPageToken).toBe('2');
  });

  it('lists by state and by label', async () => {
    await create('by-label', pipelineJob({ labels: { team: 'fraud' } }));
    const [fraud] = await c.pipelines.listPipelineJobs({
      parent: PARENT,
      filter: 'labels.team="fraud"',
    });
    expect(fraud.map((j) => j.name?.split('/').pop())).toEqual(['by-label']);
    const [queued] = await c.pipelines.listPipelineJobs({
      parent: PARENT,
      filter: 'labels.team="fraud" AND state=PIPELINE_STATE_QUEUED',
    });
    expect(queued).toHaveLength(1);
    const [running] = await c.pipelines.listPipelineJobs({
      parent: PARENT,
      filter: 'labels.team="fraud" AND state=PIPELINE_STATE_RUNNING',
    });
    expect(running).toEqual([]);
  });

  it('deletes a job as a long-running operation', async () => {
    const [job] = await create('run-delete');
    const [op] = await c.pipelines.deletePipelineJob({ name: job.name! });
    await op.promise();
    expect((await rejection(c.pipelines.getPipelineJob({ name: job.name! }))).code).toBe(
      status.NOT_FOUND,
    );
  });

  it.each([
    ['a bad parent', { parent: 'projects/p' }, status.INVALID_ARGUMENT, 'Invalid parent'],
    [
      'a bad job id',
      { pipelineJobId: 'Bad_ID' },
      status.INVALID_ARGUMENT,
      'Invalid pipeline_job_id "Bad_ID"',
    ],
    [
      'no output directory',
      { pipelineJob: pipelineJob({ runtimeConfig: { parameterValues: {} } }) },
      status.INVALID_ARGUMENT,
      'gcs_output_directory is required',
    ],
    [
      'a bad label',
      { pipelineJob: pipelineJob({ labels: { Team: 'x' } }) },
      status.INVALID_ARGUMENT,
      'label key "Team" is invalid',
    ],
    [
      'a long display name',
      { pipelineJob: pipelineJob({ displayName: 'x'.repeat(129) }) },
      status.INVALID_ARGUMENT,
      'display_name is too long',
    ],
    [
      'no spec',
      { pipelineJob: pipelineJob({ pipelineSpec: undefined }) },
      status.INVALID_ARGUMENT,
      'pipeline_spec is required',
    ],
    [
      'an unknown parameter',
      { pipelineJob: pipelineJob({}, { epochs: 1, epoch: 2 }) },
      status.INVALID_ARGUMENT,
      'parameter "epoch" is not defined',
    ],
    [
      'a wrong-typed parameter',
      { pipelineJob: pipelineJob({}, { epochs: 1.5 }) },
      status.INVALID_ARGUMENT,
      'does not match its type NUMBER_INTEGER',
    ],
    [
      'a missing required parameter',
      { pipelineJob: pipelineJob({}, {}) },
      status.INVALID_ARGUMENT,
      'parameter "epochs" is required',
    ],
  ])('rejects %s', async (_what, change, code, message) => {
    const request = {
      parent: PARENT,
      pipelineJobId: `bad-${code}-${Math.random().toString(36).slice(2, 8)}`,
      pipelineJob: pipelineJob(),
      ...change,
    };
    expect(await rejection(c.pipelines.createPipelineJob(request as never))).toEqual({
      code,
      details: expect.stringContaining(message),
    });
  });

  it('rejects a reused job id with ALREADY_EXISTS', async () => {
    await create('run-dup');
    expect(await rejection(create('run-dup'))).toEqual({
      code: status.ALREADY_EXISTS,
      details: expect.stringContaining('already exists'),
    });
  });

  it('answers NOT_FOUND for an unknown job', async () => {
    expect(
      (await rejection(c.pipelines.getPipelineJob({ name: `${PARENT}/pipelineJobs/nope` }))).code,
    ).toBe(status.NOT_FOUND);
  });
});
