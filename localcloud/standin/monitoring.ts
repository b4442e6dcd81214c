import { failedPrecondition, invalid, notFound } from './errors.js';
import { newId, read, write, type ServiceImpl } from './handlers.js';
import type { Resource, State } from './state.js';
import { durationSeconds, toTimestamp } from './values.js';
import { page, parseFilter, projectName, type Msg } from './validation.js';

const POLICY_FIELDS: Record<string, string> = {
  display_name: 'displayName',
  documentation: 'documentation',
  user_labels: 'userLabels',
  conditions: 'conditions',
  combiner: 'combiner',
  enabled: 'enabled',
  notification_channels: 'notificationChannels',
  alert_strategy: 'alertStrategy',
  severity: 'severity',
};
const CHANNEL_FIELDS: Record<string, string> = {
  display_name: 'displayName',
  description: 'description',
  labels: 'labels',
  user_labels: 'userLabels',
  enabled: 'enabled',
  type: 'type',
};

function maskPaths(req: Msg): string[] {
  return (req.updateMask?.paths ?? []) as string[];
}

/** Applies an update: the masked fields, or the whole resource when no mask is given. */
function patch(
  current: Resource,
  update: Msg,
  paths: string[],
  fields: Record<string, string>,
): Resource {
  if (paths.length === 0) return { ...update, name: current.name };
  const next = { ...current };
  for (const path of paths) {
    const field = fields[path] ?? (Object.values(fields).includes(path) ? path : undefined);
    if (!field) throw invalid(`Field "${path}" in update_mask cannot be updated.`);
    next[field] = update[field];
  }
  return next;
}

function checkPolicy(state: State, p: Msg): void {
  if (!p.displayName) throw invalid('Field alert_policy.display_name is required.');
  const conditions = (p.conditions ?? []) as Msg[];
  if (conditions.length === 0)
    throw invalid('Field alert_policy.conditions must contain at least one condition.');
  if (conditions.length > 1 && (!p.combiner || p.combiner === 'COMBINE_UNSPECIFIED')) {
    throw invalid('Field alert_policy.combiner is required when there is more than one condition.');
  }
  conditions.forEach((c, i) => {
    const at = `alert_policy.conditions[${i}]`;
    if (!c.displayName) throw invalid(`Field ${at}.display_name is required.`);
    const body = c.conditionThreshold ?? c.conditionAbsent;
    if (body) {
      if (!body.filter)
        throw invalid(
          `Field ${at}.${c.conditionThreshold ? 'condition_threshold' : 'condition_absent'}.filter is required.`,
        );
      const seconds = durationSeconds(body.duration);
      if (seconds % 60 !== 0) {
        throw invalid(`Field ${at}.duration: ${seconds}s is not a multiple of 60s.`);
      }
    } else if (c.conditionMatchedLog) {
      if (!c.conditionMatchedLog.filter)
        throw invalid(`Field ${at}.condition_matched_log.filter is required.`);
      if (!p.alertStrategy?.notificationRateLimit) {
        throw invalid(
          'A policy with a condition_matched_log condition requires alert_strategy.notification_rate_limit.',
        );
      }
    } else if (!c.conditionMonitoringQueryLanguage && !c.conditionPrometheusQueryLanguage) {
      throw invalid(
        `Field ${at} must set one condition type (condition_threshold, condition_absent, condition_matched_log, ...).`,
      );
    }
  });
  for (const channel of (p.notificationChannels ?? []) as string[]) {
    if (!state.channels[channel]) throw notFound(`Notification channel ${channel}`);
  }
}

function get(map: Record<string, Resource>, name: string, what: string): Resource {
  const r = map[name];
  if (!r) throw notFound(`${what} ${name}`);
  return r;
}

export const alertPolicyService: ServiceImpl = {
  CreateAlertPolicy: write((req, ctx) => {
    const project = projectName(req.name);
    const p = req.alertPolicy as Msg;
    if (!p) throw invalid('Field alert_policy is required.');
    checkPolicy(ctx.state, p);
    const name = `projects/${project}/alertPolicies/${newId(ctx.state)}`;
    const record = { mutateTime: toTimestamp(ctx.now) };
    const created: Resource = {
      ...p,
      name,
      enabled: p.enabled ?? { value: true },
      conditions: (p.conditions as Msg[]).map((c: Msg) => ({
        ...c,
        name: `${name}/conditions/${newId(ctx.state)}`,
      })),
      creationRecord: record,
      mutationRecord: record,
    };
    ctx.state.alertPolicies[name] = created;
    return created;
  }),
  GetAlertPolicy: read((req, ctx) => get(ctx.state.alertPolicies, req.name, 'Alert policy')),
  ListAlertPolicies: read((req, ctx) => {
    const project = projectName(req.name);
    const all = Object.values(ctx.state.alertPolicies)
      .filter((p) => String(p.name).startsWith(`projects/${project}/`))
      .filter(parseFilter(req.filter, { display_name: 'displayName' }));
    const { items, next } = page(all, req.pageSize, req.pageToken);
    return { alertPolicies: items, nextPageToken: next, totalSize: all.length };
  }),
  UpdateAlertPolicy: write((req, ctx) => {
    const update = req.alertPolicy as Msg;
    if (!update?.name) throw invalid('Field alert_policy.name is required.');
    const current = get(ctx.state.alertPolicies, update.name, 'Alert policy');
    const next = patch(current, update, maskPaths(req), POLICY_FIELDS);
    checkPolicy(ctx.state, next);
    next.mutationRecord = { mutateTime: toTimestamp(ctx.now) };
    ctx.state.alertPolicies[update.name] = next;
    return next;
  }),
  DeleteAlertPolicy: write((req, ctx) => {
    get(ctx.state.alertPolicies, req.name, 'Alert policy');
    delete ctx.state.alertPolicies[req.name];
    return {};
  }),
};

function checkChannel(c: Msg): void {
  if (!c.type) throw invalid('Field notification_channel.type is required.');
  if (c.type === 'email' && !c.labels?.email_address) {
    throw invalid('Notification channel of type "email" requires the label "email_address".');
  }
}

export const notificationChannelService: ServiceImpl = {
  CreateNotificationChannel: write((req, ctx) => {
    const project = projectName(req.name);
    const c = req.notificationChannel as Msg;
    if (!c) throw invalid('Field notification_channel is required.');
    checkChannel(c);
    const name = `projects/${project}/notificationChannels/${newId(ctx.state)}`;
    const created: Resource = {
      ...c,
      name,
      enabled: c.enabled ?? { value: true },
      verificationStatus: 'VERIFICATION_STATUS_UNSPECIFIED',
    };
    ctx.state.channels[name] = created;
    return created;
  }),
  GetNotificationChannel: read((req, ctx) =>
    get(ctx.state.channels, req.name, 'Notification channel'),
  ),
  ListNotificationChannels: read((req, ctx) => {
    const project = projectName(req.name);
    const all = Object.values(ctx.state.channels)
      .filter((c) => String(c.name).startsWith(`projects/${project}/`))
      .filter(parseFilter(req.filter, { display_name: 'displayName', type: 'type' }));
    const { items, next } = page(all, req.pageSize, req.pageToken);
    return { notificationChannels: items, nextPageToken: next, totalSize: all.length };
  }),
  UpdateNotificationChannel: write((req, ctx) => {
    const update = req.notificationChannel as Msg;
    if (!update?.name) throw invalid('Field notification_channel.name is required.');
    const current = get(ctx.state.channels, update.name, 'Notification channel');
    const next = patch(current, update, maskPaths(req), CHANNEL_FIELDS);
    checkChannel(next);
    ctx.state.channels[update.name] = next;
    return next;
  }),
  DeleteNotificationChannel: write((req, ctx) => {
    get(ctx.state.channels, req.name, 'Notification channel');
    const users = Object.values(ctx.state.alertPolicies).filter((p) =>
      ((p.notificationChannels ?? []) as string[]).includes(req.name),
    );
    if (users.length > 0 && !req.force) {
      throw failedPrecondition(
        `Notification channel ${req.name} is used by alert policies (${users.map((p) => String(p.name)).join(', ')}); set force to delete it.`,
      );
    }
    for (const p of users)
      p.notificationChannels = ((p.notificationChannels ?? []) as string[]).filter(
        (n) => n !== req.name,
      );
    delete ctx.state.channels[req.name];
    return {};
  }),
};
