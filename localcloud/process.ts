import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

/** A free loopback port (the kernel's choice, released again for the child to bind). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

const children = new Set<ChildProcess>();
let hooked = false;

/**
 * Kills every child still running when this process exits, however it got there (signals are the
 * caller's to turn into an exit: the CLI does, jest's teardown stops services itself).
 */
function hookExit(): void {
  if (hooked) return;
  hooked = true;
  const killAll = () => {
    for (const c of children) {
      try {
        process.kill(-(c.pid as number), 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  process.on('exit', killAll);
}

export interface Service {
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts a server process in its own process group (so stopping it stops whatever it forked too)
 * and waits until `ready()` says it answers, or fails with what it printed.
 */
export async function startService(
  name: string,
  command: string,
  args: string[],
  ready: () => Promise<boolean>,
  opts: SpawnOptions = {},
): Promise<Service> {
  hookExit();
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...opts,
  });
  children.add(child);
  let output = '';
  child.stdout?.on('data', (b: Buffer) => (output = (output + b.toString()).slice(-4000)));
  child.stderr?.on('data', (b: Buffer) => (output = (output + b.toString()).slice(-4000)));
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-(child.pid as number), 'SIGTERM');
      const timer = setTimeout(() => process.kill(-(child.pid as number), 'SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    children.delete(child);
  };
  child.on('error', () => undefined);
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) break;
    if (await ready().catch(() => false)) return { child, stop };
    await new Promise((r) => setTimeout(r, 50));
  }
  await stop();
  throw new Error(`${name} did not start (${command} ${args.join(' ')}):\n${output}`);
}
