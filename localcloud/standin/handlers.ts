import type { State } from './state.js';
import type { Msg } from './validation.js';

export interface Ctx {
  readonly state: State;
  /** Now, on the stand-in's clock (virtual in manual mode). */
  readonly now: number;
  /** How long each simulated phase of a pipeline job takes on that clock. */
  readonly phaseMs: number;
}

export interface Method {
  readonly handle: (req: Msg, ctx: Ctx) => unknown;
  /** Changes state: counted by mutatingCallCount(), saved to the state directory. */
  readonly mutating: boolean;
}

export type ServiceImpl = Record<string, Method>;

export const read = (handle: Method['handle']): Method => ({ handle, mutating: false });
export const write = (handle: Method['handle']): Method => ({ handle, mutating: true });

/** Resource ids the way Google issues them: long decimal numbers, unique per stand-in state. */
export function newId(state: State): string {
  const id = state.nextId++;
  return String(1_000_000_000_000 + id * 7919);
}
