import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

import * as grpc from '@grpc/grpc-js';

import { ApiError } from './errors.js';
import { Faults, type FaultRule } from './faults.js';
import type { ServiceImpl } from './handlers.js';
import { alertPolicyService, notificationChannelService } from './monitoring.js';
import { loadServices } from './protos.js';
import { Store, type RequestRecord, type State } from './state.js';
import { operationsService, pipelineService, scheduleService } from './vertex.js';

export { OUTCOME_LABEL } from './vertex.js';
export type { FaultRule } from './faults.js';
export type { RequestRecord } from './state.js';

export interface StandInOptions {
  readonly host?: string;
  /** 0 (default): a free port. */
  readonly port?: number;
  readonly adminPort?: number;
  /** Share state with other stand-in processes through this directory. */
  readonly stateDir?: string;
  /** manual (default): time moves only by clock.advance(); auto: real time. */
  readonly clock?: 'manual' | 'auto';
  /** How long one phase of a simulated pipeline job takes (default 1000 ms). */
  readonly phaseMs?: number;
}

export interface StandIn {
  readonly port: number;
  readonly adminPort: number;
  /** host:port for the clients' apiEndpoint/port options. */
  readonly endpoint: string;
  readonly host: string;
  requests(filter?: { method?: string }): RequestRecord[];
  mutatingCallCount(): number;
  resetLog(): void;
  readonly faults: Faults;
  readonly clock: { now(): number; advance(ms: number): void };
  close(): Promise<void>;
}

/** Starts the Vertex AI + Cloud Monitoring stand-in: a gRPC server and its admin HTTP endpoint. */
export async function startStandIn(opts: StandInOptions = {}): Promise<StandIn> {
  const host = opts.host ?? '127.0.0.1';
  const clockMode = opts.clock ?? 'manual';
  const phaseMs = opts.phaseMs ?? 1000;
  const store = new Store(opts.stateDir, clockMode);
  const faults = new Faults();
  const now = (s: State) => s.clockMs ?? Date.now();

  const serve = (service: string, impl: ServiceImpl, def: grpc.ServiceDefinition) => {
    const handlers: grpc.UntypedServiceImplementation = {};
    for (const method of Object.keys(def)) {
      handlers[method] = (
        call: grpc.ServerUnaryCall<unknown, unknown>,
        callback: grpc.sendUnaryData<unknown>,
      ) => {
        void answer(service, method, impl[method], call.request).then(
          (response) => callback(null, response),
          (err: ApiError) => callback({ code: err.code, details: err.message }),
        );
      };
    }
    return handlers;
  };

  async function answer(
    service: string,
    method: string,
    impl: ServiceImpl[string] | undefined,
    request: unknown,
  ) {
    const mutating =
      impl?.mutating ??
      /^(Create|Update|Delete|Pause|Resume|Cancel|BatchDelete|BatchCancel)/.test(method);
    const record = (code: number, message?: string) =>
      store.with((s) => {
        s.log.push({
          seq: s.log.length + 1,
          time: Date.now(),
          service,
          method,
          request,
          code,
          message,
          mutating,
        });
      }, true);
    const decision = faults.decide(method);
    if (decision.latencyMs > 0) await sleep(decision.latencyMs);
    if (decision.fail) {
      record(decision.fail.code, decision.fail.message);
      throw new ApiError(decision.fail.code, decision.fail.message);
    }
    if (!impl) {
      record(grpc.status.UNIMPLEMENTED);
      throw new ApiError(
        grpc.status.UNIMPLEMENTED,
        `${service}.${method} is not implemented by the stand-in.`,
      );
    }
    try {
      const response = store.with(
        (state) => impl.handle(request, { state, now: now(state), phaseMs }),
        impl.mutating,
      );
      record(grpc.status.OK);
      return response;
    } catch (err) {
      const e =
        err instanceof ApiError
          ? err
          : new ApiError(
              grpc.status.INTERNAL,
              `stand-in bug: ${String((err as Error).stack ?? err)}`,
            );
      record(e.code, e.message);
      throw e;
    }
  }

  const services = loadServices();
  const server = new grpc.Server();
  server.addService(
    services.pipeline,
    serve('PipelineService', pipelineService, services.pipeline),
  );
  server.addService(
    services.schedule,
    serve('ScheduleService', scheduleService, services.schedule),
  );
  server.addService(
    services.operations,
    serve('Operations', operationsService, services.operations),
  );
  server.addService(
    services.alertPolicy,
    serve('AlertPolicyService', alertPolicyService, services.alertPolicy),
  );
  server.addService(
    services.notificationChannel,
    serve('NotificationChannelService', notificationChannelService, services.notificationChannel),
  );
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(
      `${host}:${opts.port ?? 0}`,
      grpc.ServerCredentials.createInsecure(),
      (err, p) => (err ? reject(err) : resolve(p)),
    ),
  );

  const standIn: StandIn = {
    port,
    adminPort: 0,
    host,
    endpoint: `${host}:${port}`,
    requests: (filter = {}) =>
      store.with((s) => s.log.filter((r) => !filter.method || r.method === filter.method), false),
    mutatingCallCount: () => store.with((s) => s.log.filter((r) => r.mutating).length, false),
    resetLog: () => store.with((s) => void (s.log = []), true),
    faults,
    clock: {
      now: () => store.with(now, false),
      advance: (ms: number) =>
        store.with((s) => {
          if (s.clockMs === null)
            throw new Error('the clock is real time (auto); it cannot be advanced');
          s.clockMs += ms;
        }, true),
    },
    close: async () => {
      await new Promise<void>((resolve) => admin.close(() => resolve()));
      await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
    },
  };
  const admin = await startAdmin(standIn, host, opts.adminPort ?? 0);
  return Object.assign(standIn, { adminPort: (admin.address() as AddressInfo).port });
}

async function body(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text ? JSON.parse(text) : {};
}

/** The admin endpoint: lets tests in other processes read the log, inject faults, move the clock. */
async function startAdmin(s: StandIn, host: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://admin');
    const reply = (code: number, value: unknown) => {
      res.writeHead(code, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    const route = `${req.method} ${url.pathname}`;
    void (async () => {
      switch (route) {
        case 'GET /requests':
          return reply(200, s.requests({ method: url.searchParams.get('method') ?? undefined }));
        case 'GET /mutating-count':
          return reply(200, { count: s.mutatingCallCount() });
        case 'POST /reset-log':
          s.resetLog();
          return reply(200, {});
        case 'POST /faults':
          s.faults.set((await body(req)) as FaultRule);
          return reply(200, s.faults.list());
        case 'DELETE /faults':
          s.faults.clear();
          return reply(200, []);
        case 'POST /clock/advance':
          s.clock.advance(Number(url.searchParams.get('ms') ?? 0));
          return reply(200, { now: s.clock.now() });
        case 'GET /clock':
          return reply(200, { now: s.clock.now() });
        default:
          return reply(404, { error: `no route ${route}` });
      }
    })().catch((err: Error) => reply(400, { error: err.message }));
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return server;
}
