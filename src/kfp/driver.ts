import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/** One pipeline for driver.py to compile. */
export interface CompileJobPipeline {
  readonly name: string;
  /** The Python file, relative to `root`. */
  readonly file: string;
  readonly function: string;
  /** Where to write the spec, relative to `outputDir`. */
  readonly output: string;
}

/** What driver.py reads from JOB.json. */
export interface CompileJob {
  /** Absolute; put first on sys.path, so the repository's packages import as they do locally. */
  readonly root: string;
  /** Absolute. */
  readonly outputDir: string;
  /** Forked worker processes (1: compile in the driver's own process). */
  readonly workers: number;
  readonly pipelines: readonly CompileJobPipeline[];
}

export type CompileErrorKind = 'import' | 'not-found' | 'not-a-pipeline' | 'compile';

export interface PipelineCompileError {
  readonly kind: CompileErrorKind;
  /** The Python exception's class name, e.g. ModuleNotFoundError. */
  readonly type: string;
  readonly message: string;
  /** Relative to `root` when the place is in the repository, absolute otherwise. */
  readonly file?: string;
  readonly line?: number;
}

/** A Python warning (e.g. a kfp deprecation) raised while importing the file or compiling. */
export interface PipelineCompileWarning {
  /** The warning's class name, e.g. DeprecationWarning. */
  readonly category: string;
  readonly message: string;
  /** Relative to `root` when the place is in the repository, absolute otherwise. */
  readonly file: string;
  readonly line?: number;
}

interface PipelineOutcome {
  readonly name: string;
  /** Includes importing the file, for the first pipeline taken from it. */
  readonly seconds: number;
  readonly warnings?: readonly PipelineCompileWarning[];
}

export type PipelineCompileResult =
  | (PipelineOutcome & { readonly ok: true; readonly output: string })
  | (PipelineOutcome & { readonly ok: false; readonly error: PipelineCompileError });

/** What driver.py writes to RESULT.json. `fatal` (and no results) when kfp cannot be imported. */
export interface DriverResult {
  readonly pythonVersion: string;
  readonly kfpVersion?: string;
  readonly fatal?: { readonly type: string; readonly message: string };
  /** In the job's order. */
  readonly results: readonly PipelineCompileResult[];
}

const STDERR_LINES = 200;

/** A driver.py process started ahead of its job, importing kfp while the caller gets ready. */
export interface CompileDriver {
  /** Sends the job and resolves with the driver's result; call at most once. */
  compile(job: CompileJob): Promise<DriverResult>;
  /** Stops the process (the job will not come: the config was invalid, or the step cancelled). */
  cancel(): void;
}

/**
 * Starts driver.py with the repository's Python now, reading its job from stdin later. Importing
 * kfp is most of a compile's cost; the action validates its inputs and mlops.yaml meanwhile.
 */
export function startCompileDriver(python: string, signal?: AbortSignal): CompileDriver {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-compile-'));
  const resultPath = join(dir, 'result.json');
  const { child, exit } = runPython(python, [driverPath(), '-', resultPath], signal);
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  // Nobody may ever await `exit` (cancel), so its rejection must not go unhandled.
  exit.catch(() => undefined);
  return {
    async compile(job) {
      try {
        child.stdin.end(JSON.stringify(job));
        const how = await exit;
        let text: string;
        try {
          text = await readFile(resultPath, 'utf8');
        } catch {
          throw new Error(
            `the KFP compile driver (${python}) ${how.how} without a result:\n${how.output}`,
          );
        }
        return checkResult(JSON.parse(text), job);
      } finally {
        cleanup();
      }
    },
    cancel() {
      child.kill('SIGTERM');
      cleanup();
    },
  };
}

/** Runs driver.py for one job: start it and hand it the job at once. */
export async function runCompileDriver(opts: {
  python: string;
  job: CompileJob;
  signal?: AbortSignal;
}): Promise<DriverResult> {
  return startCompileDriver(opts.python, opts.signal).compile(opts.job);
}

function driverPath(): string {
  // ncc copies driver.py next to the bundle and turns this expression into a plain path string.
  const location: URL | string = new URL('./driver.py', import.meta.url);
  const text = String(location);
  return text.startsWith('file:') ? fileURLToPath(text) : text;
}

interface Exit {
  /** "exited with code 1", "was killed by SIGTERM". */
  readonly how: string;
  /** The last lines of stdout and stderr, interleaved as they came. */
  readonly output: string;
}

function runPython(
  python: string,
  args: string[],
  signal?: AbortSignal,
): { child: ChildProcessByStdio<Writable, Readable, Readable>; exit: Promise<Exit> } {
  const child = spawn(python, args, { stdio: ['pipe', 'pipe', 'pipe'], signal });
  // A driver that dies before reading its job closes the pipe: not an error of ours to throw.
  child.stdin.on('error', () => undefined);
  const exit = new Promise<Exit>((resolvePromise, reject) => {
    const tail = new LineTail(STDERR_LINES);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => tail.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => tail.push(chunk));
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') {
        reject(new Error(`python interpreter '${python}' was not found`));
      } else if (err.name === 'AbortError') {
        reject(err);
      } else {
        reject(new Error(`python interpreter '${python}' could not be started: ${err.message}`));
      }
    });
    // 'exit', not 'close': a process user code started may hold our pipes open long after.
    child.on('exit', (code, killedBy) => {
      const how = killedBy ? `was killed by ${killedBy}` : `exited with code ${code}`;
      resolvePromise({ how, output: tail.text() });
    });
  });
  return { child, exit };
}

/** Keeps the last `max` lines of a stream of chunks. */
class LineTail {
  private lines: string[] = [];
  private partial = '';

  constructor(private readonly max: number) {}

  push(chunk: string): void {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
    if (this.lines.length > this.max) this.lines.splice(0, this.lines.length - this.max);
  }

  text(): string {
    return [...this.lines, this.partial].slice(-this.max).join('\n').trimEnd();
  }
}

/** The parts the caller relies on, so a driver/wrapper mismatch fails here and says so. */
function checkResult(value: unknown, job: CompileJob): DriverResult {
  const result = value as DriverResult;
  const names = Array.isArray(result?.results) ? result.results.map((r) => r.name) : undefined;
  const expected = result?.fatal ? [] : job.pipelines.map((p) => p.name);
  if (
    typeof result?.pythonVersion !== 'string' ||
    JSON.stringify(names) !== JSON.stringify(expected)
  ) {
    throw new Error(
      `the KFP compile driver wrote an unexpected result: ${JSON.stringify(value).slice(0, 500)}`,
    );
  }
  return result;
}
