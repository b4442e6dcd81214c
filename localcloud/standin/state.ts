import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Resource = Record<string, unknown>;

export interface PipelineJobRecord {
  /** The job as created (name, spec, runtime config, labels...); state is derived from time. */
  readonly job: Resource;
  readonly createdMs: number;
  /** Top-level task names of the spec's root DAG, run one after another. */
  readonly tasks: readonly string[];
  readonly outcome: 'succeeded' | 'failed';
  cancelledMs?: number;
}

export interface RequestRecord {
  readonly seq: number;
  readonly time: number;
  readonly service: string;
  readonly method: string;
  readonly request: unknown;
  readonly code: number;
  readonly message?: string;
  readonly mutating: boolean;
}

export interface State {
  pipelineJobs: Record<string, PipelineJobRecord>;
  schedules: Record<string, Resource>;
  alertPolicies: Record<string, Resource>;
  channels: Record<string, Resource>;
  operations: Record<string, Resource>;
  nextId: number;
  /** Virtual time in manual-clock mode; null: real time. */
  clockMs: number | null;
  log: RequestRecord[];
}

export function emptyState(clock: 'manual' | 'auto'): State {
  return {
    pipelineJobs: {},
    schedules: {},
    alertPolicies: {},
    channels: {},
    operations: {},
    nextId: 1,
    clockMs: clock === 'manual' ? Date.now() : null,
    log: [],
  };
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * The stand-in's state: in memory, or in a directory shared by several stand-in processes (the
 * steps of one workflow). With a directory, every access reads the file under a lock, and every
 * change is written back atomically (temp file + rename) before the lock is released.
 */
export class Store {
  private memory: State;

  constructor(
    private readonly dir: string | undefined,
    clock: 'manual' | 'auto',
  ) {
    this.memory = emptyState(clock);
    if (dir) {
      mkdirSync(dir, { recursive: true });
      if (!existsSync(this.file())) this.write(this.memory);
    }
  }

  /** Runs fn on the current state; `write` saves what it changed. */
  with<T>(fn: (s: State) => T, write: boolean): T {
    if (!this.dir) return fn(this.memory);
    this.lock();
    try {
      const state = JSON.parse(readFileSync(this.file(), 'utf8')) as State;
      const result = fn(state);
      if (write) this.write(state);
      return result;
    } finally {
      rmdirSync(this.lockDir());
    }
  }

  private file(): string {
    return join(this.dir as string, 'state.json');
  }

  private lockDir(): string {
    return join(this.dir as string, 'state.lock');
  }

  private lock(): void {
    // mkdir is atomic: whoever creates the directory holds the lock.
    for (let i = 0; ; i++) {
      try {
        mkdirSync(this.lockDir());
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || i > 5000) throw err;
        Atomics.wait(sleeper, 0, 0, 2);
      }
    }
  }

  private write(state: State): void {
    const tmp = `${this.file()}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(state));
    renameSync(tmp, this.file());
  }
}
