import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Diagnostic } from '../errors.js';
import { checkCron, isTimeZone } from './cron.js';
import type { YamlPath, YamlSource } from './yaml-source.js';

/** File look-ups the checks need; the default reads the disk, tests may pass their own. */
export interface FileProbe {
  isFile(path: string): boolean;
  read(path: string): string;
}

export const diskProbe: FileProbe = {
  isFile: (p) => existsSync(p) && statSync(p).isFile(),
  read: (p) => readFileSync(p, 'utf8'),
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The checks a schema cannot express: references between sections, files and functions that must
 * exist, cron and time zones. They run on whatever parsed, even when the schema found errors, so a
 * user sees every problem in one run; each check skips values of the wrong type (already reported).
 */
export function checkSemantics(
  source: YamlSource,
  root: unknown,
  baseDir: string,
  probe: FileProbe,
): Diagnostic[] {
  if (!isObj(root)) return [];
  const out: Diagnostic[] = [];
  const envNames = new Set(isObj(root.environments) ? Object.keys(root.environments) : []);
  const defaults = isObj(root.defaults) ? root.defaults : {};
  const defaultZone = str(defaults.timezone);
  if (defaultZone !== undefined && !isTimeZone(defaultZone)) {
    out.push(
      source.at(
        ['defaults', 'timezone'],
        `defaults.timezone: "${defaultZone}" is not an IANA time zone such as "Europe/Berlin"`,
      ),
    );
  }

  checkEnvironments(source, root.environments, envNames, out);
  const pipelineNames = checkPipelines(source, list(root.pipelines), envNames, baseDir, probe, out);
  checkImages(source, list(root.images), pipelineNames, baseDir, probe, out);
  checkAlerting(source, root.alerting, pipelineNames, out);
  return out;
}

function checkEnvironments(
  source: YamlSource,
  envs: unknown,
  envNames: Set<string>,
  out: Diagnostic[],
): void {
  if (!isObj(envs)) return;
  for (const [name, env] of Object.entries(envs)) {
    if (!isObj(env)) continue;
    const from = str(env['promote-from']);
    if (from === undefined) continue;
    const path: YamlPath = ['environments', name, 'promote-from'];
    if (from === name) {
      out.push(
        source.at(
          path,
          `environments.${name}.promote-from: an environment cannot promote from itself`,
        ),
      );
    } else if (!envNames.has(from)) {
      out.push(
        source.at(
          path,
          `environments.${name}.promote-from: no environment "${from}"; declared: ${[...envNames].join(', ')}`,
        ),
      );
    } else if (promotionCycle(envs, name)) {
      out.push(
        source.at(
          path,
          `environments.${name}.promote-from: promotion forms a cycle (${promotionCycle(envs, name)})`,
        ),
      );
    }
  }
}

function promotionCycle(envs: Obj, start: string): string | undefined {
  const chain = [start];
  let current = start;
  for (;;) {
    const env = envs[current];
    const next = isObj(env) ? str(env['promote-from']) : undefined;
    if (next === undefined || !(next in envs)) return undefined;
    if (next === start) return [...chain, next].join(' → ');
    if (chain.includes(next)) return undefined; // a cycle further on; reported at its own member
    chain.push(next);
    current = next;
  }
}

function checkPipelines(
  source: YamlSource,
  pipelines: unknown[],
  envNames: Set<string>,
  baseDir: string,
  probe: FileProbe,
  out: Diagnostic[],
): Set<string> {
  const firstLine = new Map<string, number>();
  pipelines.forEach((p, i) => {
    if (!isObj(p)) return;
    const at = (sub: YamlPath, msg: string) => out.push(source.at(['pipelines', i, ...sub], msg));
    const label = typeof p.name === 'string' ? `pipeline "${p.name}"` : `pipelines[${i}]`;
    const name = str(p.name);
    if (name !== undefined) {
      const seen = firstLine.get(name);
      if (seen !== undefined)
        at(['name'], `${label}: duplicate pipeline name (first declared on line ${seen})`);
      else firstLine.set(name, source.line(['pipelines', i]));
    }

    const fn = str(p.function);
    const spec = str(p.spec);
    if (fn !== undefined && spec !== undefined)
      at(['spec'], `${label}: give either "function" or "spec", not both`);
    if (fn === undefined && spec === undefined && !('function' in p) && !('spec' in p)) {
      at(
        [],
        `${label}: needs "function" (file.py:function_name) or "spec" (a compiled pipeline spec)`,
      );
    }
    if (fn !== undefined)
      checkFunction(fn, baseDir, probe, (msg) => at(['function'], `${label}: ${msg}`));
    if (
      spec !== undefined &&
      /\.(ya?ml|json)$/.test(spec) &&
      !probe.isFile(resolve(baseDir, spec))
    ) {
      at(['spec'], `${label}: spec file "${spec}" does not exist`);
    }

    checkSchedule(p, (sub, msg) => at(sub, `${label}: ${msg}`));
    if (isObj(p.environments)) {
      for (const [env, override] of Object.entries(p.environments)) {
        if (!envNames.has(env)) {
          out.push(
            source.at(
              ['pipelines', i, 'environments'],
              `${label}: overrides environment "${env}", which is not declared in environments`,
              'error',
              env,
            ),
          );
        }
        if (isObj(override))
          checkSchedule(override, (sub, msg) =>
            at(['environments', env, ...sub], `${label} in ${env}: ${msg}`),
          );
      }
    }
  });
  return new Set(firstLine.keys());
}

function checkSchedule(p: Obj, report: (sub: YamlPath, msg: string) => void): void {
  const cron = str(p.schedule);
  if (cron !== undefined) {
    const problem = checkCron(cron);
    if (problem) report(['schedule'], problem);
  }
  const zone = str(p.timezone);
  if (zone !== undefined && !isTimeZone(zone)) {
    report(['timezone'], `timezone "${zone}" is not an IANA time zone such as "Pacific/Auckland"`);
  }
}

function checkFunction(
  ref: string,
  baseDir: string,
  probe: FileProbe,
  report: (msg: string) => void,
): void {
  const sep = ref.lastIndexOf(':');
  if (sep < 0) return; // the schema reports the shape
  const file = ref.slice(0, sep);
  const fn = ref.slice(sep + 1);
  if (!/^[A-Za-z_]\w*$/.test(fn)) return; // the schema reports a malformed name
  const path = resolve(baseDir, file);
  if (!probe.isFile(path)) {
    report(`file "${file}" does not exist (paths are relative to the config file)`);
    return;
  }
  // A cheap look before Python runs, for typos in the config: the name must at least appear in the
  // file as a word (a def, an assignment, or an import that re-exports it). The compiler confirms
  // it is a pipeline.
  const text = probe.read(path);
  // Names can also arrive through `import *` or a module __getattr__: leave those to Python.
  const dynamic = /\bimport\s+\*|\b__getattr__\b/.test(text);
  if (!dynamic && !new RegExp(`\\b${fn}\\b`).test(text)) {
    const defs = [...text.matchAll(/^def\s+([A-Za-z_]\w*)/gm)].map((m) => m[1] ?? '');
    report(
      `no function "${fn}" in ${file}${defs.length ? `; it defines: ${defs.join(', ')}` : ''}`,
    );
  }
}

function checkImages(
  source: YamlSource,
  images: unknown[],
  pipelineNames: Set<string>,
  baseDir: string,
  probe: FileProbe,
  out: Diagnostic[],
): void {
  const seen = new Set<string>();
  images.forEach((img, i) => {
    if (!isObj(img)) return;
    const name = str(img.name);
    if (name !== undefined) {
      if (seen.has(name))
        out.push(source.at(['images', i, 'name'], `image "${name}": declared twice`));
      seen.add(name);
    }
    const context = str(img.context);
    if (context !== undefined) {
      const dockerfile = str(img.dockerfile) ?? `${context}/Dockerfile`;
      if (!probe.isFile(resolve(baseDir, dockerfile))) {
        const where = img.dockerfile !== undefined ? 'dockerfile' : 'context';
        out.push(
          source.at(
            ['images', i, where],
            `image "${name ?? i}": Dockerfile "${dockerfile}" does not exist`,
          ),
        );
      }
    }
    list(img.pipelines).forEach((ref, j) => {
      if (typeof ref === 'string' && !pipelineNames.has(ref)) {
        out.push(
          source.at(['images', i, 'pipelines', j], `image "${name ?? i}": no pipeline "${ref}"`),
        );
      }
    });
  });
}

function checkAlerting(
  source: YamlSource,
  alerting: unknown,
  pipelineNames: Set<string>,
  out: Diagnostic[],
): void {
  if (!isObj(alerting)) return;
  const channels = new Set<string>();
  list(alerting.channels).forEach((c, i) => {
    const name = isObj(c) ? str(c.name) : undefined;
    if (name === undefined) return;
    if (channels.has(name))
      out.push(source.at(['alerting', 'channels', i, 'name'], `channel "${name}": declared twice`));
    channels.add(name);
  });
  const policies = new Set<string>();
  list(alerting.policies).forEach((p, i) => {
    if (!isObj(p)) return;
    const name = str(p.name) ?? `#${i}`;
    const at = (sub: YamlPath, msg: string) =>
      out.push(source.at(['alerting', 'policies', i, ...sub], `alert policy "${name}": ${msg}`));
    if (policies.has(name)) at(['name'], 'declared twice');
    policies.add(name);
    list(p.channels).forEach((ref, j) => {
      if (typeof ref === 'string' && !channels.has(ref))
        at(['channels', j], `no notification channel "${ref}" in alerting.channels`);
    });
    const pipeline = str(p.pipeline);
    if (pipeline !== undefined && !pipelineNames.has(pipeline))
      at(['pipeline'], `no pipeline "${pipeline}"`);
    if (p.policy === undefined && p.metric === undefined)
      at([], 'needs "metric" (short form) or "policy" (full form)');
    if (p.policy !== undefined && p.metric !== undefined)
      at(['policy'], 'give either "metric" (short form) or "policy" (full form), not both');
  });
}
