/**
 * The JSON Schema of mlops.yaml. It is the single source: validation uses it, and
 * `npm run schema` writes it to schema/mlops.schema.json for editors (a test keeps the two equal).
 * `x-message` is our annotation: the sentence shown when a `pattern` does not match.
 */

const NAME_RULE = 'lowercase letters, digits and hyphens, starting with a letter';

const resourceName = {
  type: 'string',
  pattern: '^[a-z][-a-z0-9]{0,127}$',
  'x-message': `is not a name Vertex AI accepts: use ${NAME_RULE}, at most 128 characters`,
} as const;

const environmentName = {
  type: 'string',
  pattern: '^[a-z][-a-z0-9]{0,30}$',
  'x-message': `is not a valid environment name: use ${NAME_RULE}, at most 31 characters`,
} as const;

const labels = {
  type: 'object',
  description: 'Labels for the resources this environment creates (Vertex AI label rules).',
  maxProperties: 64,
  propertyNames: {
    pattern: '^[a-z][a-z0-9_-]{0,62}$',
    'x-message':
      'is not a valid label key: lowercase letters, digits, _ and -, starting with a letter, at most 63 characters',
  },
  additionalProperties: {
    type: 'string',
    pattern: '^[a-z0-9_-]{0,63}$',
    'x-message':
      'is not a valid label value: lowercase letters, digits, _ and -, at most 63 characters',
  },
} as const;

const parameters = {
  type: 'object',
  description:
    'Values for the pipeline inputs, checked against the compiled spec (name, type, required).',
  propertyNames: {
    pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
    'x-message': 'is not a pipeline input name (a Python identifier)',
  },
} as const;

const cron = {
  type: 'string',
  description: 'Five-field cron (minute hour day-of-month month day-of-week), e.g. "0 0 * * *".',
} as const;

const timezone = {
  type: 'string',
  description: 'IANA time zone of the schedule, e.g. "Pacific/Auckland".',
} as const;

const pipelineOverride = {
  type: 'object',
  additionalProperties: false,
  description: 'Per-environment overrides of a pipeline.',
  properties: {
    parameters,
    schedule: { ...cron, type: ['string', 'null'] },
    timezone,
    caching: { type: 'boolean' },
    enabled: { type: 'boolean', description: 'false leaves this pipeline out of the environment.' },
  },
} as const;

const pipeline = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  description: 'A PipelineDefinition: one pipeline the repository compiles, trains or schedules.',
  properties: {
    name: resourceName,
    description: { type: 'string', maxLength: 2000 },
    function: {
      type: 'string',
      description:
        'The pipeline function: "path/to/file.py:function_name" (relative to this file).',
      pattern: '^[^:]+\\.py:[A-Za-z_][A-Za-z0-9_]*$',
      'x-message': 'must look like "path/to/file.py:function_name"',
    },
    spec: {
      type: 'string',
      description: 'A precompiled KFP pipeline spec (IR YAML or JSON), relative to this file.',
      pattern: '\\.(ya?ml|json)$',
      'x-message': 'must name a .yaml, .yml or .json pipeline spec',
    },
    training: {
      type: 'boolean',
      description: 'A training pipeline: offered by the train action and the dispatch form.',
    },
    schedule: cron,
    timezone,
    parameters,
    caching: { type: 'boolean', description: 'Enable KFP step caching (default from defaults).' },
    labels,
    environments: {
      type: 'object',
      description: 'Overrides per environment name.',
      additionalProperties: pipelineOverride,
    },
  },
} as const;

const environment = {
  type: 'object',
  additionalProperties: false,
  required: ['project', 'region', 'bucket'],
  properties: {
    project: {
      type: 'string',
      pattern: '^[a-z][-a-z0-9]{4,28}[a-z0-9]$',
      'x-message': 'is not a Google Cloud project ID (6 to 30 lowercase letters, digits, hyphens)',
    },
    region: {
      type: 'string',
      pattern: '^[a-z]+-[a-z]+[0-9]+$',
      'x-message': 'is not a Google Cloud region such as "australia-southeast1"',
    },
    bucket: {
      type: 'string',
      description: 'Cloud Storage bucket for compiled specs and the pipeline root (name only).',
      pattern: '^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$',
      'x-message': 'is not a bucket name (no gs:// prefix; lowercase letters, digits, . _ -)',
    },
    'image-repository': {
      type: 'string',
      description: 'Artifact Registry repository, e.g. "europe-west4-docker.pkg.dev/proj/ml".',
      pattern: '^[a-z0-9.-]+(:[0-9]+)?(/[a-z0-9._-]+)+$',
      'x-message': 'is not an image repository such as "REGION-docker.pkg.dev/PROJECT/REPO"',
    },
    'service-account': {
      type: 'string',
      pattern: '^[a-z][-a-z0-9]{4,28}[a-z0-9]@[-a-z0-9.]+\\.gserviceaccount\\.com$',
      'x-message': 'is not a service account email (NAME@PROJECT.iam.gserviceaccount.com)',
    },
    'kms-key': {
      type: 'string',
      description: 'CMEK key for pipeline jobs.',
      pattern: '^projects/[^/]+/locations/[^/]+/keyRings/[^/]+/cryptoKeys/[^/]+$',
      'x-message': 'must be "projects/P/locations/L/keyRings/R/cryptoKeys/K"',
    },
    network: {
      type: 'string',
      pattern: '^projects/[0-9]+/global/networks/[^/]+$',
      'x-message': 'must be "projects/PROJECT_NUMBER/global/networks/NETWORK"',
    },
    labels,
    'promote-from': {
      ...environmentName,
      description:
        'The environment whose built artifacts this one promotes (e.g. prod from nprod).',
    },
  },
} as const;

const image = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'context'],
  properties: {
    name: {
      type: 'string',
      pattern: '^[a-z0-9]+([._-][a-z0-9]+)*$',
      'x-message': 'is not an image name (lowercase letters, digits, . _ -)',
    },
    context: { type: 'string', description: 'Build context directory, relative to this file.' },
    dockerfile: { type: 'string', description: 'Dockerfile path (default: CONTEXT/Dockerfile).' },
    'build-args': {
      type: 'object',
      additionalProperties: { type: ['string', 'number', 'boolean'] },
    },
    pipelines: {
      type: 'array',
      description: 'The pipelines whose components run this image.',
      items: { type: 'string' },
      uniqueItems: true,
    },
  },
} as const;

const channel = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'type'],
  properties: {
    name: resourceName,
    type: { enum: ['email', 'slack', 'pubsub', 'webhook_tokenauth', 'pagerduty', 'sms'] },
    labels: {
      type: 'object',
      description: 'Channel labels, e.g. email_address or channel_name.',
      additionalProperties: { type: 'string' },
    },
    description: { type: 'string' },
  },
} as const;

const policy = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: resourceName,
    metric: { type: 'string', description: 'Short form: the metric type to alert on.' },
    pipeline: { type: 'string', description: 'Short form: the pipeline the metric belongs to.' },
    model: { type: 'string', description: 'Short form: the model the metric belongs to.' },
    threshold: { type: 'number' },
    comparison: { enum: ['above', 'below'] },
    duration: {
      type: 'string',
      pattern: '^[0-9]+s$',
      'x-message': 'must be seconds such as "300s"',
    },
    channels: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    documentation: { type: 'string' },
    policy: {
      type: 'object',
      description: 'Full form: a Cloud Monitoring AlertPolicy, as in its REST representation.',
    },
  },
} as const;

export const mlopsSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mlops.yaml',
  description:
    'Everything a repository declares for vertex-mlops-actions: pipelines, images, environments, alerting.',
  type: 'object',
  additionalProperties: false,
  required: ['environments', 'pipelines'],
  properties: {
    version: { const: 1, description: 'Format version of this file.' },
    defaults: {
      type: 'object',
      additionalProperties: false,
      properties: {
        timezone: {
          ...timezone,
          description: 'Time zone of schedules that name none (UTC if unset).',
        },
        caching: { type: 'boolean' },
      },
    },
    environments: {
      type: 'object',
      minProperties: 1,
      propertyNames: environmentName,
      additionalProperties: environment,
    },
    images: { type: 'array', items: image },
    pipelines: { type: 'array', items: pipeline },
    alerting: {
      type: 'object',
      additionalProperties: false,
      properties: {
        channels: { type: 'array', items: channel },
        policies: { type: 'array', items: policy },
      },
    },
  },
} as const;
