import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

export type PipelineCompileResult =
  | { readonly name: string; readonly ok: true; readonly output: string; readonly seconds: number }
  | {
      readonly name: string;
      readonly ok: false;
      readonly error: PipelineCompileError;
      readonly seconds: number;
    };

/** What driver.py writes to RESULT.json. `fatal` (and no results) when kfp cannot be imported. */
export interface DriverResult {
  readonly pythonVersion: string;
  readonly kfpVersion?: string;
  readonly fatal?: { readonly type: string; readonly message: string };
  /** In the job's order. */
  readonly results: readonly PipelineCompileResult[];
}

const STDERR_LINES = 200;

/**
 * Runs driver.py with the repository's Python and returns what it reports. Rejects when the
 * interpreter cannot be started, when the driver fails without writing a result (the message then
 * ends with its last lines of output), or with an AbortError when `signal` aborts.
 */
export async function runCompileDriver(opts: {
  python: string;
  job: CompileJob;
  signal?: AbortSignal;
}): Promise<DriverResult> {
  const dir = await mkdtemp(join(tmpdir(), 'mlops-compile-'));
  try {
    const jobPath = join(dir, 'job.json');
    const resultPath = join(dir, 'result.json');
    await writeFile(jobPath, JSON.stringify(opts.job));
    const exit = await runPython(opts.python, [driverPath(), jobPath, resultPath], opts.signal);
    let text: string;
    try {
      text = await readFile(resultPath, 'utf8');
    } catch {
      throw new Error(
        `the KFP compile driver (${opts.python}) ${exit.how} without a result:\n${exit.output}`,
      );
    }
    return checkResult(JSON.parse(text), opts.job);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
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

function runPython(python: string, args: string[], signal?: AbortSignal): Promise<Exit> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(python, args, { stdio: ['ignore', 'pipe', 'pipe'], signal });
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
    child.on('close', (code, killedBy) => {
      const how = killedBy ? `was killed by ${killedBy}` : `exited with code ${code}`;
      resolvePromise({ how, output: tail.text() });
    });
  });
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
