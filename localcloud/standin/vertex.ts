import { alreadyExists, failedPrecondition, invalid, notFound } from './errors.js';
import { newId, read, write, type Ctx, type ServiceImpl } from './handlers.js';
import type { PipelineJobRecord, Resource, State } from './state.js';
import { toTimestamp } from './values.js';
import {
  checkPipelineJob,
  locationParent,
  nextCronRun,
  page,
  parseFilter,
  parseScheduleCron,
  type Msg,
} from './validation.js';

const JOB_ID = /^[a-z][a-z0-9-]{0,127}$/;
/** A label on a job (or a schedule's job template) that scripts how its run ends. */
export const OUTCOME_LABEL = 'standin-outcome';

// ---- pipeline jobs ----------------------------------------------------------------------------

/**
 * A job's state follows from the clock: QUEUED for one phase, PENDING for one, then RUNNING with
 * its root DAG's tasks one phase each, then the scripted outcome. Deriving it (rather than storing
 * transitions) keeps several processes sharing a state directory consistent.
 */
export function jobView(rec: PipelineJobRecord, now: number, phaseMs: number): Resource {
  const elapsed = Math.floor(
    (Math.min(now, rec.cancelledMs ?? Infinity) - rec.createdMs) / phaseMs,
  );
  const tasks = rec.tasks.length > 0 ? rec.tasks : ['pipeline'];
  const runningFor = elapsed - 2;
  const done = runningFor >= tasks.length;
  const cancelled = rec.cancelledMs !== undefined;
  let state: string;
  if (cancelled)
    state =
      now >= (rec.cancelledMs ?? now) + phaseMs
        ? 'PIPELINE_STATE_CANCELLED'
        : 'PIPELINE_STATE_CANCELLING';
  else if (elapsed < 1) state = 'PIPELINE_STATE_QUEUED';
  else if (elapsed < 2) state = 'PIPELINE_STATE_PENDING';
  else if (!done) state = 'PIPELINE_STATE_RUNNING';
  else state = rec.outcome === 'failed' ? 'PIPELINE_STATE_FAILED' : 'PIPELINE_STATE_SUCCEEDED';

  const taskDetails = tasks.map((taskName, i) => {
    let s = 'PENDING';
    if (runningFor > i)
      s = rec.outcome === 'failed' && i === tasks.length - 1 ? 'FAILED' : 'SUCCEEDED';
    else if (runningFor === i) s = cancelled ? 'CANCELLED' : 'RUNNING';
    else if (cancelled) s = 'CANCELLED';
    return {
      taskId: String(i + 1),
      taskName,
      state: s,
      ...(runningFor >= i ? { startTime: toTimestamp(rec.createdMs + (2 + i) * phaseMs) } : {}),
      ...(runningFor > i ? { endTime: toTimestamp(rec.createdMs + (3 + i) * phaseMs) } : {}),
    };
  });
  const ended = done || state === 'PIPELINE_STATE_CANCELLED';
  return {
    ...rec.job,
    state,
    createTime: toTimestamp(rec.createdMs),
    updateTime: toTimestamp(Math.min(now, rec.createdMs + (2 + tasks.length) * phaseMs)),
    ...(elapsed >= 2 ? { startTime: toTimestamp(rec.createdMs + 2 * phaseMs) } : {}),
    ...(ended
      ? { endTime: toTimestamp(rec.createdMs + (2 + Math.min(runningFor, tasks.length)) * phaseMs) }
      : {}),
    ...(state === 'PIPELINE_STATE_FAILED'
      ? {
          error: {
            code: 9,
            message: `The DAG failed because task "${tasks[tasks.length - 1]}" failed.`,
          },
        }
      : {}),
    jobDetail: { taskDetails },
  };
}

function createJob(
  state: State,
  parent: string,
  job: Msg,
  id: string | undefined,
  now: number,
): string {
  locationParent(parent);
  if (id !== undefined && id !== '' && !JOB_ID.test(id)) {
    throw invalid(`Invalid pipeline_job_id "${id}": it must match ${JOB_ID.source}.`);
  }
  const { tasks } = checkPipelineJob(job);
  const jobId =
    id ||
    `${String(job.displayName || 'pipeline')
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-')}-${newId(state)}`;
  const name = `${parent}/pipelineJobs/${jobId}`;
  if (state.pipelineJobs[name]) throw alreadyExists(`PipelineJob ${name} already exists.`);
  const outcome =
    (job.labels as Record<string, string> | undefined)?.[OUTCOME_LABEL] === 'failed'
      ? 'failed'
      : 'succeeded';
  state.pipelineJobs[name] = { job: { ...job, name }, createdMs: now, tasks, outcome };
  return name;
}

function getJob(state: State, name: string): PipelineJobRecord {
  const rec = state.pipelineJobs[name];
  if (!rec) throw notFound(`PipelineJob ${name}`);
  return rec;
}

const view = (ctx: Ctx, name: string) => jobView(getJob(ctx.state, name), ctx.now, ctx.phaseMs);

export const pipelineService: ServiceImpl = {
  CreatePipelineJob: write((req, ctx) => {
    const name = createJob(ctx.state, req.parent, req.pipelineJob, req.pipelineJobId, ctx.now);
    return view(ctx, String(name));
  }),
  GetPipelineJob: read((req, ctx) => view(ctx, req.name)),
  ListPipelineJobs: read((req, ctx) => {
    locationParent(req.parent);
    const all = Object.keys(ctx.state.pipelineJobs)
      .filter((n) => n.startsWith(`${req.parent}/`))
      .map((n) => view(ctx, n))
      .filter(parseFilter(req.filter, { display_name: 'displayName', state: 'state' }));
    const { items, next } = page(all, req.pageSize, req.pageToken);
    return { pipelineJobs: items, nextPageToken: next };
  }),
  CancelPipelineJob: write((req, ctx) => {
    const rec = getJob(ctx.state, req.name);
    const current = String(jobView(rec, ctx.now, ctx.phaseMs).state);
    if (/SUCCEEDED|FAILED|CANCELLED/.test(current)) {
      throw failedPrecondition(`Cannot cancel PipelineJob ${req.name} in state ${current}.`);
    }
    rec.cancelledMs = ctx.now;
    return {};
  }),
  DeletePipelineJob: write((req, ctx) => {
    getJob(ctx.state, req.name);
    delete ctx.state.pipelineJobs[req.name];
    return doneOperation(
      ctx.state,
      req.name,
      'type.googleapis.com/google.cloud.aiplatform.v1.DeleteOperationMetadata',
    );
  }),
};

// ---- long-running operations ------------------------------------------------------------------

/**
 * Deletions finish at once; the operation is still served, so clients can poll it. Empty `value`s
 * are base64 strings, not Buffers, so the operation survives a trip through the state file.
 */
function doneOperation(state: State, resource: string, metadataType: string): Resource {
  const op = {
    name: `${resource}/operations/${newId(state)}`,
    done: true,
    metadata: { typeUrl: metadataType, value: '' },
    response: { typeUrl: 'type.googleapis.com/google.protobuf.Empty', value: '' },
  };
  state.operations[op.name] = op;
  return op;
}

export const operationsService: ServiceImpl = {
  GetOperation: read((req, ctx) => {
    const op = ctx.state.operations[req.name];
    if (!op) throw notFound(`Operation ${req.name}`);
    return op;
  }),
};

// ---- schedules --------------------------------------------------------------------------------

const SCHEDULE_FIELDS: Record<string, string> = {
  display_name: 'displayName',
  cron: 'cron',
  max_concurrent_run_count: 'maxConcurrentRunCount',
  max_run_count: 'maxRunCount',
  start_time: 'startTime',
  end_time: 'endTime',
  allow_queueing: 'allowQueueing',
  create_pipeline_job_request: 'createPipelineJobRequest',
};

function checkSchedule(s: Msg, parent: string): void {
  if (!s.displayName) throw invalid('schedule.display_name is required.');
  if (String(s.displayName).length > 128)
    throw invalid('schedule.display_name is longer than 128 characters.');
  parseScheduleCron(s.cron);
  if (!(Number(s.maxConcurrentRunCount) > 0)) {
    throw invalid('schedule.max_concurrent_run_count is required and must be greater than 0.');
  }
  const request = s.createPipelineJobRequest as Msg;
  if (!request) throw invalid('schedule.create_pipeline_job_request is required.');
  if (request.parent !== parent) {
    throw invalid(
      `create_pipeline_job_request.parent "${String(request.parent)}" must be the schedule's parent "${parent}".`,
    );
  }
  checkPipelineJob(request.pipelineJob);
}

function getSchedule(state: State, name: string): Resource {
  const s = state.schedules[name];
  if (!s) throw notFound(`Schedule ${name}`);
  return s;
}

export const scheduleService: ServiceImpl = {
  CreateSchedule: write((req, ctx) => {
    locationParent(req.parent);
    const s = req.schedule as Msg;
    if (!s) throw invalid('schedule is required.');
    checkSchedule(s, req.parent);
    const name = `${req.parent}/schedules/${newId(ctx.state)}`;
    const created: Resource = {
      ...s,
      name,
      state: 'ACTIVE',
      createTime: toTimestamp(ctx.now),
      updateTime: toTimestamp(ctx.now),
      startTime: s.startTime ?? toTimestamp(ctx.now),
      nextRunTime: toTimestamp(nextCronRun(s.cron, ctx.now)),
      startedRunCount: '0',
    };
    ctx.state.schedules[name] = created;
    return created;
  }),
  GetSchedule: read((req, ctx) => getSchedule(ctx.state, req.name)),
  ListSchedules: read((req, ctx) => {
    locationParent(req.parent);
    const all = Object.values(ctx.state.schedules)
      .filter((s) => String(s.name).startsWith(`${req.parent}/`))
      .filter(parseFilter(req.filter, { display_name: 'displayName', state: 'state' }));
    const { items, next } = page(all, req.pageSize, req.pageToken);
    return { schedules: items, nextPageToken: next };
  }),
  UpdateSchedule: write((req, ctx) => {
    const patch = req.schedule as Msg;
    if (!patch?.name) throw invalid('schedule.name is required.');
    const current = getSchedule(ctx.state, patch.name);
    const paths: string[] = req.updateMask?.paths ?? [];
    if (paths.length === 0) throw invalid('update_mask is required.');
    const next: Resource = { ...current };
    for (const path of paths) {
      const field =
        SCHEDULE_FIELDS[path] ?? (Object.values(SCHEDULE_FIELDS).includes(path) ? path : undefined);
      if (!field) throw invalid(`update_mask path "${path}" cannot be updated.`);
      next[field] = patch[field];
    }
    const parent = String(current.name).replace(/\/schedules\/[^/]+$/, '');
    checkSchedule(next, parent);
    next.updateTime = toTimestamp(ctx.now);
    next.nextRunTime = toTimestamp(nextCronRun(String(next.cron), ctx.now));
    ctx.state.schedules[patch.name] = next;
    return next;
  }),
  PauseSchedule: write((req, ctx) => {
    const s = getSchedule(ctx.state, req.name);
    if (s.state !== 'ACTIVE')
      throw failedPrecondition(
        `Schedule ${req.name} is ${String(s.state)}; only an ACTIVE schedule can be paused.`,
      );
    Object.assign(s, {
      state: 'PAUSED',
      lastPauseTime: toTimestamp(ctx.now),
      updateTime: toTimestamp(ctx.now),
    });
    return {};
  }),
  ResumeSchedule: write((req, ctx) => {
    const s = getSchedule(ctx.state, req.name);
    if (s.state !== 'PAUSED')
      throw failedPrecondition(
        `Schedule ${req.name} is ${String(s.state)}; only a PAUSED schedule can be resumed.`,
      );
    Object.assign(s, {
      state: 'ACTIVE',
      catchUp: Boolean(req.catchUp),
      lastResumeTime: toTimestamp(ctx.now),
      updateTime: toTimestamp(ctx.now),
      nextRunTime: toTimestamp(nextCronRun(String(s.cron), ctx.now)),
    });
    return {};
  }),
  DeleteSchedule: write((req, ctx) => {
    getSchedule(ctx.state, req.name);
    delete ctx.state.schedules[req.name];
    return doneOperation(
      ctx.state,
      req.name,
      'type.googleapis.com/google.cloud.aiplatform.v1.DeleteOperationMetadata',
    );
  }),
};
