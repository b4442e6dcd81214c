import { status } from '@grpc/grpc-js';

import { PROJECT, rejection, standInWithClients, type Clients } from './standin-helpers.js';

// Contract tests: the real @google-cloud/monitoring clients against the stand-in.
let c: Clients;
let channel: string;
beforeAll(async () => {
  c = await standInWithClients();
  const [ch] = await c.channels.createNotificationChannel({
    name: PROJECT,
    notificationChannel: {
      type: 'email',
      displayName: 'oncall',
      labels: { email_address: 'oncall@example.com' },
    },
  });
  channel = ch.name!;
});
afterAll(() => c.close());

const threshold = (overrides: Record<string, unknown> = {}) => ({
  displayName: 'drift',
  conditionThreshold: {
    filter: 'metric.type="custom.googleapis.com/churn/drift"',
    comparison: 'COMPARISON_GT',
    thresholdValue: 0,
    duration: { seconds: 300 },
    ...overrides,
  },
});
const policy = (overrides: Record<string, unknown> = {}) =>
  ({
    displayName: 'prediction-drift',
    combiner: 'OR',
    conditions: [threshold()],
    notificationChannels: [channel],
    ...overrides,
  }) as never;

describe('AlertPolicyService', () => {
  it('creates, gets, lists, updates by mask and deletes a policy', async () => {
    const [p] = await c.policies.createAlertPolicy({
      name: PROJECT,
      alertPolicy: policy({ userLabels: { managed_by: 'vertex-mlops' } }),
    });
    expect(p.name).toMatch(/^projects\/test-project\/alertPolicies\/\d+$/);
    expect(p.conditions?.[0]?.name).toMatch(new RegExp(`^${p.name}/conditions/\\d+$`));
    const [listed] = await c.policies.listAlertPolicies({
      name: PROJECT,
      filter: 'user_labels.managed_by="vertex-mlops"',
    });
    expect(listed.map((x) => x.name)).toEqual([p.name]);
    const [u] = await c.policies.updateAlertPolicy({
      alertPolicy: { name: p.name, displayName: 'renamed', documentation: { content: 'ignored' } },
      updateMask: { paths: ['display_name'] },
    });
    expect(u.displayName).toBe('renamed');
    expect(u.documentation).toBeNull();
    await c.policies.deleteAlertPolicy({ name: p.name! });
    expect((await rejection(c.policies.getAlertPolicy({ name: p.name! }))).code).toBe(
      status.NOT_FOUND,
    );
  });

  it.each([
    ['no display name', { displayName: '' }, 'display_name is required'],
    ['no conditions', { conditions: [] }, 'at least one condition'],
    [
      'a duration that is not a multiple of 60 s',
      { conditions: [threshold({ duration: { seconds: 90 } })] },
      'is not a multiple of 60s',
    ],
    [
      'a threshold without a filter',
      { conditions: [threshold({ filter: '' })] },
      'condition_threshold.filter is required',
    ],
    [
      'a log-match condition without a rate limit',
      { conditions: [{ displayName: 'logs', conditionMatchedLog: { filter: 'severity>=ERROR' } }] },
      'requires alert_strategy.notification_rate_limit',
    ],
    [
      'two conditions without a combiner',
      { combiner: undefined, conditions: [threshold(), threshold()] },
      'combiner is required',
    ],
  ])('rejects %s', async (_what, change, message) => {
    expect(
      await rejection(c.policies.createAlertPolicy({ name: PROJECT, alertPolicy: policy(change) })),
    ).toEqual({
      code: status.INVALID_ARGUMENT,
      details: expect.stringContaining(message),
    });
  });

  it('rejects a policy naming a channel that does not exist', async () => {
    const missing = `${PROJECT}/notificationChannels/404`;
    expect(
      await rejection(
        c.policies.createAlertPolicy({
          name: PROJECT,
          alertPolicy: policy({ notificationChannels: [missing] }),
        }),
      ),
    ).toEqual({
      code: status.NOT_FOUND,
      details: expect.stringContaining(missing),
    });
  });

  it('accepts a log-match condition with a rate limit', async () => {
    const [p] = await c.policies.createAlertPolicy({
      name: PROJECT,
      alertPolicy: policy({
        conditions: [{ displayName: 'logs', conditionMatchedLog: { filter: 'severity>=ERROR' } }],
        alertStrategy: { notificationRateLimit: { period: { seconds: 300 } } },
      }),
    });
    expect(p.conditions?.[0]?.conditionMatchedLog?.filter).toBe('severity>=ERROR');
  });
});

describe('NotificationChannelService', () => {
  it('gets a channel, and pages through policies', async () => {
    const [ch] = await c.channels.getNotificationChannel({ name: channel });
    expect(ch.labels).toEqual({ email_address: 'oncall@example.com' });
    for (const n of ['page-1', 'page-2'])
      await c.policies.createAlertPolicy({
        name: PROJECT,
        alertPolicy: policy({ displayName: n }),
      });
    const [first, , response] = await c.policies.listAlertPolicies(
      { name: PROJECT, pageSize: 1 },
      { autoPaginate: false },
    );
    expect(first).toHaveLength(1);
    expect(response?.nextPageToken).toBe('1');
    const [both] = await c.policies.listAlertPolicies({
      name: PROJECT,
      filter: 'display_name="page-2"',
    });
    expect(both.map((p) => p.displayName)).toEqual(['page-2']);
  });

  it('lists, updates and refuses to delete a channel in use unless forced', async () => {
    const [p] = await c.policies.createAlertPolicy({ name: PROJECT, alertPolicy: policy() });
    const [channels] = await c.channels.listNotificationChannels({
      name: PROJECT,
      filter: 'type="email"',
    });
    expect(channels.map((x) => x.name)).toContain(channel);
    const [u] = await c.channels.updateNotificationChannel({
      notificationChannel: {
        name: channel,
        type: 'email',
        displayName: 'on-call',
        labels: { email_address: 'new@example.com' },
      },
      updateMask: { paths: ['display_name', 'labels'] },
    });
    expect(u.labels).toEqual({ email_address: 'new@example.com' });
    expect(await rejection(c.channels.deleteNotificationChannel({ name: channel }))).toEqual({
      code: status.FAILED_PRECONDITION,
      details: expect.stringContaining('is used by alert policies'),
    });
    await c.channels.deleteNotificationChannel({ name: channel, force: true });
    expect((await c.policies.getAlertPolicy({ name: p.name! }))[0].notificationChannels).toEqual(
      [],
    );
  });

  it.each([
    ['no type', { type: '' }, 'type is required'],
    [
      'an email channel without an address',
      { type: 'email', labels: {} },
      'requires the label "email_address"',
    ],
  ])('rejects %s', async (_what, change, message) => {
    expect(
      await rejection(
        c.channels.createNotificationChannel({
          name: PROJECT,
          notificationChannel: { displayName: 'x', ...change } as never,
        }),
      ),
    ).toEqual({
      code: status.INVALID_ARGUMENT,
      details: expect.stringContaining(message),
    });
  });
});
