import { status } from '@grpc/grpc-js';

export type FaultCode = 'UNAVAILABLE' | 'RESOURCE_EXHAUSTED' | 'DEADLINE_EXCEEDED';

export interface FaultRule {
  /** A method name such as "CreateSchedule"; every method when absent. */
  readonly method?: string;
  /** Fail this share of matching requests (0..1) with `code`. */
  readonly rate?: number;
  readonly code?: FaultCode;
  /** Added before answering every matching request. */
  readonly latencyMs?: number;
  /** Seed of this rule's generator: the same seed and requests give the same failures. */
  readonly seed?: number;
}

/** mulberry32: small, fast and seedable; good enough to pick which requests fail. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FaultDecision {
  readonly latencyMs: number;
  readonly fail?: { code: status; message: string };
}

/** Fault injection, deterministic per rule: each rule draws from its own seeded generator. */
export class Faults {
  private rules: { rule: FaultRule; next: () => number }[] = [];

  set(rule: FaultRule): void {
    if (rule.rate !== undefined && (rule.rate < 0 || rule.rate > 1)) {
      throw new Error(`fault rate must be within 0..1, got ${rule.rate}`);
    }
    this.rules.push({ rule, next: mulberry32(rule.seed ?? 1) });
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map((r) => r.rule);
  }

  decide(method: string): FaultDecision {
    let latencyMs = 0;
    let fail: FaultDecision['fail'];
    for (const { rule, next } of this.rules) {
      if (rule.method !== undefined && rule.method !== method) continue;
      latencyMs += rule.latencyMs ?? 0;
      if (rule.rate !== undefined && next() < rule.rate && !fail) {
        const code = rule.code ?? 'UNAVAILABLE';
        fail = { code: status[code], message: `injected fault: ${code}` };
      }
    }
    return { latencyMs, fail };
  }
}
