import { status } from '@grpc/grpc-js';

import {
  PARENT,
  pipelineJob,
  rejection,
  standInWithClients,
  type Clients,
} from './standin-helpers.js';

// Contract tests: the real ScheduleServiceClient against the stand-in.
let c: Clients;
beforeAll(async () => {
  c = await standInWithClients();
});
afterAll(() => c.close());

const schedule = (overrides: Record<string, unknown> = {}) =>
  ({
    displayName: 'churn-batch-inference',
    cron: 'TZ=Pacific/Auckland 0 0 * * *',
    maxConcurrentRunCount: 1,
    createPipelineJobRequest: { parent: PARENT, pipelineJob: pipelineJob() },
    ...overrides,
  }) as never;

describe('ScheduleService', () => {
  it('creates an ACTIVE schedule with its next run computed in its time zone', async () => {
    const [s] = await c.schedules.createSchedule({ parent: PARENT, schedule: schedule() });
    expect(s.name).toMatch(new RegExp(`^${PARENT}/schedules/\\d+$`));
    expect(s.state).toBe('ACTIVE');
    const next = new Date(Number(s.nextRunTime?.seconds) * 1000);
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Pacific/Auckland',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(next);
    expect(local).toBe('00:00');
    expect(next.getTime()).toBeGreaterThan(c.standIn.clock.now());
    const [got] = await c.schedules.getSchedule({ name: s.name! });
    expect(got.cron).toBe('TZ=Pacific/Auckland 0 0 * * *');
  });

  it('pauses only an ACTIVE schedule and resumes only a PAUSED one', async () => {
    const [s] = await c.schedules.createSchedule({
      parent: PARENT,
      schedule: schedule({ displayName: 'pausing' }),
    });
    expect(await rejection(c.schedules.resumeSchedule({ name: s.name! }))).toEqual({
      code: status.FAILED_PRECONDITION,
      details: expect.stringContaining('only a PAUSED schedule can be resumed'),
    });
    await c.schedules.pauseSchedule({ name: s.name! });
    expect((await c.schedules.getSchedule({ name: s.name! }))[0].state).toBe('PAUSED');
    expect((await rejection(c.schedules.pauseSchedule({ name: s.name! }))).code).toBe(
      status.FAILED_PRECONDITION,
    );
    await c.schedules.resumeSchedule({ name: s.name!, catchUp: true });
    const [resumed] = await c.schedules.getSchedule({ name: s.name! });
    expect(resumed.state).toBe('ACTIVE');
    expect(resumed.catchUp).toBe(true);
  });

  it('updates the fields in the mask only', async () => {
    const [s] = await c.schedules.createSchedule({
      parent: PARENT,
      schedule: schedule({ displayName: 'to-update' }),
    });
    const [u] = await c.schedules.updateSchedule({
      schedule: { name: s.name, cron: 'TZ=UTC 30 6 * * 1', displayName: 'ignored' },
      updateMask: { paths: ['cron'] },
    });
    expect(u.cron).toBe('TZ=UTC 30 6 * * 1');
    expect(u.displayName).toBe('to-update');
    expect(new Date(Number(u.nextRunTime?.seconds) * 1000).getUTCDay()).toBe(1);
    expect(
      await rejection(
        c.schedules.updateSchedule({
          schedule: { name: s.name, cron: '0 0 * *' },
          updateMask: { paths: ['cron'] },
        }),
      ),
    ).toEqual({
      code: status.INVALID_ARGUMENT,
      details: expect.stringContaining('expected 5 fields'),
    });
    expect(
      (
        await rejection(
          c.schedules.updateSchedule({
            schedule: { name: s.name },
            updateMask: { paths: ['state'] },
          }),
        )
      ).details,
    ).toContain('cannot be updated');
  });

  it('deletes through a long-running operation', async () => {
    const [s] = await c.schedules.createSchedule({
      parent: PARENT,
      schedule: schedule({ displayName: 'to-delete' }),
    });
    const [op] = await c.schedules.deleteSchedule({ name: s.name! });
    await op.promise();
    expect(op.done).toBe(true);
    // The operation is served by google.longrunning.Operations too.
    const polled = await c.schedules.checkDeleteScheduleProgress(op.name!);
    expect(polled.done).toBe(true);
    expect((await rejection(c.schedules.getSchedule({ name: s.name! }))).code).toBe(
      status.NOT_FOUND,
    );
  });

  it('lists by display name and state, with paging', async () => {
    for (let i = 0; i < 3; i++)
      await c.schedules.createSchedule({
        parent: PARENT,
        schedule: schedule({ displayName: 'paged' }),
      });
    const [all] = await c.schedules.listSchedules({
      parent: PARENT,
      filter: 'display_name="paged" AND state=ACTIVE',
      pageSize: 2,
    });
    expect(all).toHaveLength(3);
    const [none] = await c.schedules.listSchedules({
      parent: PARENT,
      filter: 'display_name="paged" AND state=PAUSED',
    });
    expect(none).toEqual([]);
    expect(
      (await rejection(c.schedules.listSchedules({ parent: PARENT, filter: 'cron~"x"' }))).code,
    ).toBe(status.INVALID_ARGUMENT);
  });

  it.each([
    ['no display name', { displayName: '' }, 'display_name is required'],
    ['six-field cron', { cron: '0 0 0 * * *' }, 'expected 5 fields'],
    ['an out-of-range cron', { cron: '0 25 * * *' }, 'Invalid cron "0 25 * * *"'],
    [
      'an unknown time zone',
      { cron: 'TZ=Mars/Olympus 0 0 * * *' },
      'unknown time zone "Mars/Olympus"',
    ],
    [
      'no max concurrent runs',
      { maxConcurrentRunCount: 0 },
      'max_concurrent_run_count is required',
    ],
    [
      'no pipeline job request',
      { createPipelineJobRequest: undefined },
      'create_pipeline_job_request is required',
    ],
    [
      'a request for another parent',
      {
        createPipelineJobRequest: { parent: 'projects/x/locations/y', pipelineJob: pipelineJob() },
      },
      "must be the schedule's parent",
    ],
    [
      'an invalid pipeline job',
      { createPipelineJobRequest: { parent: PARENT, pipelineJob: pipelineJob({}, {}) } },
      'parameter "epochs" is required',
    ],
  ])('rejects %s', async (_what, change, message) => {
    expect(
      await rejection(c.schedules.createSchedule({ parent: PARENT, schedule: schedule(change) })),
    ).toEqual({
      code: status.INVALID_ARGUMENT,
      details: expect.stringContaining(message),
    });
  });
});
