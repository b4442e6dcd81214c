export const id = 996;
export const ids = [996];
export const modules = {

/***/ 4996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compileAction: () => (/* binding */ compileAction)
});

// UNUSED EXPORTS: compileSummary

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/cron-parser/dist/index.js
var dist = __webpack_require__(8628);
// EXTERNAL MODULE: ./node_modules/cronstrue/dist/cronstrue.js
var cronstrue = __webpack_require__(2507);
var cronstrue_default = /*#__PURE__*/__webpack_require__.n(cronstrue);
;// CONCATENATED MODULE: ./src/config/cron.ts


/**
 * Vertex AI schedules take five-field unix cron with an optional TZ=/CRON_TZ= prefix. The time zone
 * is its own key in mlops.yaml, so a prefix here is refused with a pointer to `timezone`.
 * cron-parser accepts Quartz extras (L, W, #, ?) that Vertex AI does not; those are refused first.
 */
function checkCron(cron) {
    const trimmed = cron.trim();
    if (/^(CRON_)?TZ=/.test(trimmed)) {
        return `schedule "${cron}" has a time zone prefix; write the zone in \`timezone:\` instead`;
    }
    const fields = trimmed.split(/\s+/);
    if (trimmed.startsWith('@') || fields.length !== 5) {
        return `schedule "${cron}" is not five-field cron (minute hour day-of-month month day-of-week)`;
    }
    const extra = /[LW#?]/.exec(trimmed.replace(/[A-Z]{3}/g, ''));
    if (extra) {
        return `schedule "${cron}" uses "${extra[0]}", which Vertex AI cron does not support`;
    }
    try {
        dist.CronExpressionParser.parse(trimmed);
    }
    catch (err) {
        return `schedule "${cron}" is not valid cron: ${err.message}`;
    }
    return undefined;
}
/** An IANA name as Vertex AI takes it: `Area/City` (or UTC), spelled exactly. */
function isTimeZone(zone) {
    if (zone !== 'UTC' && !/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(zone))
        return false;
    try {
        const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions()
            .timeZone;
        // ICU accepts any letter case; Vertex AI does not.
        return resolved.toLowerCase() !== zone.toLowerCase() || resolved === zone;
    }
    catch {
        return false;
    }
}
/** "At 12:00 AM" — for job summaries; falls back to the cron itself. */
function describeCron(cron) {
    try {
        return cronstrue_default().toString(cron, { verbose: false });
    }
    catch {
        return cron;
    }
}
/** The next fire time, for summaries ("next: 2026-11-23 00:00 Pacific/Auckland"). */
function nextRun(cron, timezone, from = new Date()) {
    return CronExpressionParser.parse(cron, { tz: timezone, currentDate: from }).next().toDate();
}

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
;// CONCATENATED MODULE: ./src/config/schema.ts
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
};
const environmentName = {
    type: 'string',
    pattern: '^[a-z][-a-z0-9]{0,30}$',
    'x-message': `is not a valid environment name: use ${NAME_RULE}, at most 31 characters`,
};
const labels = {
    type: 'object',
    description: 'Labels for the resources this environment creates (Vertex AI label rules).',
    maxProperties: 64,
    propertyNames: {
        pattern: '^[a-z][a-z0-9_-]{0,62}$',
        'x-message': 'is not a valid label key: lowercase letters, digits, _ and -, starting with a letter, at most 63 characters',
    },
    additionalProperties: {
        type: 'string',
        pattern: '^[a-z0-9_-]{0,63}$',
        'x-message': 'is not a valid label value: lowercase letters, digits, _ and -, at most 63 characters',
    },
};
const parameters = {
    type: 'object',
    description: 'Values for the pipeline inputs, checked against the compiled spec (name, type, required).',
    propertyNames: {
        pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
        'x-message': 'is not a pipeline input name (a Python identifier)',
    },
};
const cron = {
    type: 'string',
    description: 'Five-field cron (minute hour day-of-month month day-of-week), e.g. "0 0 * * *".',
};
const timezone = {
    type: 'string',
    description: 'IANA time zone of the schedule, e.g. "Pacific/Auckland".',
};
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
};
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
            description: 'The pipeline function: "path/to/file.py:function_name" (relative to this file).',
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
};
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
            description: 'The environment whose built artifacts this one promotes (e.g. prod from nprod).',
        },
    },
};
const schema_image = {
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
};
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
};
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
};
const mlopsSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'mlops.yaml',
    description: 'Everything a repository declares for vertex-mlops-actions: pipelines, images, environments, alerting.',
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
        images: { type: 'array', items: schema_image },
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
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/config/yaml-source.ts

/**
 * A parsed YAML file that can say where any value in it is. Every message about mlops.yaml goes
 * through `at()`, so each one carries file:line:col.
 */
class YamlSource {
    file;
    doc;
    lines = new yaml_dist/* LineCounter */.HN();
    constructor(file, text) {
        this.file = file;
        this.doc = (0,yaml_dist/* parseDocument */.Tp)(text, {
            lineCounter: this.lines,
            prettyErrors: true,
            uniqueKeys: true,
            // `<<: *defaults` is how people share parameters between pipelines and environments.
            merge: true,
        });
    }
    /** YAML syntax errors and warnings (duplicate keys among them), already placed. */
    parseDiagnostics() {
        const toDiag = (severity) => (e) => ({
            severity,
            // The yaml library appends a code excerpt after the first line; the annotation has the place.
            message: e.message.split('\n')[0] ?? e.message,
            file: this.file,
            line: e.linePos?.[0].line,
            column: e.linePos?.[0].col,
        });
        return [...this.doc.errors.map(toDiag('error')), ...this.doc.warnings.map(toDiag('warning'))];
    }
    value() {
        // The file is the repository's own: merge keys may reuse one anchor many times.
        return this.doc.toJS({ maxAliasCount: -1 });
    }
    /** The node at a path, or the nearest ancestor that exists. */
    node(path) {
        for (let n = path.length; n >= 0; n--) {
            const node = this.doc.getIn(path.slice(0, n), true);
            if (node && typeof node === 'object' && 'range' in node)
                return node;
        }
        return undefined;
    }
    /** The key node of `key` in the map at `path` (for "unknown key" messages). */
    keyNode(path, key) {
        const map = this.doc.getIn(path, true);
        if (!(0,yaml_dist/* isMap */.jh)(map))
            return undefined;
        const pair = map.items.find((p) => (0,yaml_dist/* isPair */.tO)(p) && (0,yaml_dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
        return pair && (0,yaml_dist/* isScalar */.jn)(pair.key) ? pair.key : undefined;
    }
    position(node) {
        const offset = node?.range?.[0] ?? 0;
        const { line, col } = this.lines.linePos(offset);
        return { line, column: col };
    }
    at(path, message, severity = 'error', key) {
        const node = key !== undefined ? (this.keyNode(path, key) ?? this.node(path)) : this.node(path);
        return { severity, message, file: this.file, ...this.position(node) };
    }
    line(path) {
        return this.position(this.node(path)).line;
    }
}
/** `pipelines[0].parameters.epochs` */
function formatPath(path) {
    let out = '';
    for (const part of path) {
        out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
    }
    return out || '(top level)';
}

;// CONCATENATED MODULE: ./src/config/schema-check.ts




// Compiled once per process: compiling the schema costs more than validating a file.
let validator;
function getValidator() {
    if (!validator) {
        const ajv = new dist_ajv.Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
        ajv.addVocabulary(['x-message']);
        validator = ajv.compile(mlopsSchema);
    }
    return validator;
}
/** Validates the parsed file against the JSON Schema; every error placed and worded for people. */
function checkSchema(source, value) {
    const validate = getValidator();
    if (validate(value))
        return [];
    const seen = new Set();
    const out = [];
    for (const err of validate.errors ?? []) {
        const d = toDiagnostic(source, err);
        if (!d)
            continue;
        const key = `${d.line}:${d.column}:${d.message}`;
        if (!seen.has(key)) {
            seen.add(key);
            out.push(d);
        }
    }
    return out;
}
function pathOf(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value} ${JSON.stringify(value)}`;
}
const TYPE_WORDS = {
    string: 'a string',
    boolean: 'true or false',
    number: 'a number',
    integer: 'a whole number',
    object: 'a mapping',
    array: 'a list',
    null: 'null',
};
function suggestion(word, candidates) {
    if (candidates.length === 0)
        return '';
    const best = (0,mod/* closest */.kp)(word, [...candidates]);
    const limit = Math.max(2, Math.floor(word.length / 3));
    return (0,mod/* distance */.Io)(word, best) <= limit ? `; did you mean "${best}"?` : '';
}
function toDiagnostic(source, err) {
    const path = pathOf(err.instancePath);
    const where = formatPath(path);
    const parent = (err.parentSchema ?? {});
    const propertyName = err.propertyName;
    if (propertyName !== undefined) {
        // A key that breaks a propertyNames rule: the message is on the inner (pattern) error.
        if (err.keyword === 'propertyNames')
            return undefined;
        const rule = typeof parent['x-message'] === 'string'
            ? parent['x-message']
            : (err.message ?? 'is not allowed');
        return source.at(path, `${where}: key "${propertyName}" ${rule}`, 'error', propertyName);
    }
    switch (err.keyword) {
        case 'additionalProperties': {
            const key = String(err.params.additionalProperty);
            const known = Object.keys((parent.properties ?? {}));
            const hint = suggestion(key, known);
            const allowed = hint === '' && known.length > 0 ? `; allowed keys: ${known.join(', ')}` : '';
            return source.at(path, `${where}: unknown key "${key}"${hint}${allowed}`, 'error', key);
        }
        case 'required': {
            const missing = err.params.missingProperty;
            return source.at(path, `${where}: missing required key "${missing}"`);
        }
        case 'type': {
            const wanted = [parent.type].flat().map((t) => TYPE_WORDS[String(t)] ?? String(t));
            return source.at(path, `${where}: must be ${wanted.join(' or ')}, got ${describe(err.data)}`);
        }
        case 'pattern': {
            const rule = typeof parent['x-message'] === 'string'
                ? parent['x-message']
                : `must match ${String(parent.pattern)}`;
            return source.at(path, `${where}: ${JSON.stringify(err.data)} ${rule}`);
        }
        case 'enum': {
            const allowed = (err.params.allowedValues ?? []).map(String);
            const hint = typeof err.data === 'string' ? suggestion(err.data, allowed) : '';
            return source.at(path, `${where}: ${JSON.stringify(err.data)} is not one of ${allowed.join(', ')}${hint}`);
        }
        case 'const':
            return source.at(path, `${where}: must be ${JSON.stringify(err.params.allowedValue)}`);
        case 'uniqueItems':
            return source.at(path, `${where}: lists the same item twice`);
        case 'minProperties':
            return source.at(path, `${where}: must declare at least one entry`);
        case 'maxProperties':
            return source.at(path, `${where}: has more than ${String(err.params.limit)} entries`);
        case 'maxLength':
            return source.at(path, `${where}: is longer than ${String(err.params.limit)} characters`);
        default:
            return source.at(path, `${where}: ${err.message ?? 'is invalid'}`);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/config/semantic-check.ts



const diskProbe = {
    isFile: (p) => (0,external_node_fs_.existsSync)(p) && (0,external_node_fs_.statSync)(p).isFile(),
    read: (p) => (0,external_node_fs_.readFileSync)(p, 'utf8'),
};
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v) => (Array.isArray(v) ? v : []);
const str = (v) => (typeof v === 'string' ? v : undefined);
/**
 * The checks a schema cannot express: references between sections, files and functions that must
 * exist, cron and time zones. They run on whatever parsed, even when the schema found errors, so a
 * user sees every problem in one run; each check skips values of the wrong type (already reported).
 */
function checkSemantics(source, root, baseDir, probe) {
    if (!isObj(root))
        return [];
    const out = [];
    const envNames = new Set(isObj(root.environments) ? Object.keys(root.environments) : []);
    const defaults = isObj(root.defaults) ? root.defaults : {};
    const defaultZone = str(defaults.timezone);
    if (defaultZone !== undefined && !isTimeZone(defaultZone)) {
        out.push(source.at(['defaults', 'timezone'], `defaults.timezone: "${defaultZone}" is not an IANA time zone such as "Europe/Berlin"`));
    }
    checkEnvironments(source, root.environments, envNames, out);
    const pipelineNames = checkPipelines(source, list(root.pipelines), envNames, baseDir, probe, out);
    checkImages(source, list(root.images), pipelineNames, baseDir, probe, out);
    checkAlerting(source, root.alerting, pipelineNames, out);
    return out;
}
function checkEnvironments(source, envs, envNames, out) {
    if (!isObj(envs))
        return;
    for (const [name, env] of Object.entries(envs)) {
        if (!isObj(env))
            continue;
        const from = str(env['promote-from']);
        if (from === undefined)
            continue;
        const path = ['environments', name, 'promote-from'];
        if (from === name) {
            out.push(source.at(path, `environments.${name}.promote-from: an environment cannot promote from itself`));
        }
        else if (!envNames.has(from)) {
            out.push(source.at(path, `environments.${name}.promote-from: no environment "${from}"; declared: ${[...envNames].join(', ')}`));
        }
        else if (promotionCycle(envs, name)) {
            out.push(source.at(path, `environments.${name}.promote-from: promotion forms a cycle (${promotionCycle(envs, name)})`));
        }
    }
}
function promotionCycle(envs, start) {
    const chain = [start];
    let current = start;
    for (;;) {
        const env = envs[current];
        const next = isObj(env) ? str(env['promote-from']) : undefined;
        if (next === undefined || !(next in envs))
            return undefined;
        if (next === start)
            return [...chain, next].join(' → ');
        if (chain.includes(next))
            return undefined; // a cycle further on; reported at its own member
        chain.push(next);
        current = next;
    }
}
function checkPipelines(source, pipelines, envNames, baseDir, probe, out) {
    const firstLine = new Map();
    pipelines.forEach((p, i) => {
        if (!isObj(p))
            return;
        const at = (sub, msg) => out.push(source.at(['pipelines', i, ...sub], msg));
        const label = typeof p.name === 'string' ? `pipeline "${p.name}"` : `pipelines[${i}]`;
        const name = str(p.name);
        if (name !== undefined) {
            const seen = firstLine.get(name);
            if (seen !== undefined)
                at(['name'], `${label}: duplicate pipeline name (first declared on line ${seen})`);
            else
                firstLine.set(name, source.line(['pipelines', i]));
        }
        const fn = str(p.function);
        const spec = str(p.spec);
        if (fn !== undefined && spec !== undefined)
            at(['spec'], `${label}: give either "function" or "spec", not both`);
        if (fn === undefined && spec === undefined && !('function' in p) && !('spec' in p)) {
            at([], `${label}: needs "function" (file.py:function_name) or "spec" (a compiled pipeline spec)`);
        }
        if (fn !== undefined)
            checkFunction(fn, baseDir, probe, (msg) => at(['function'], `${label}: ${msg}`));
        if (spec !== undefined &&
            /\.(ya?ml|json)$/.test(spec) &&
            !probe.isFile((0,external_node_path_.resolve)(baseDir, spec))) {
            at(['spec'], `${label}: spec file "${spec}" does not exist`);
        }
        checkSchedule(p, (sub, msg) => at(sub, `${label}: ${msg}`));
        if (isObj(p.environments)) {
            for (const [env, override] of Object.entries(p.environments)) {
                if (!envNames.has(env)) {
                    out.push(source.at(['pipelines', i, 'environments'], `${label}: overrides environment "${env}", which is not declared in environments`, 'error', env));
                }
                if (isObj(override))
                    checkSchedule(override, (sub, msg) => at(['environments', env, ...sub], `${label} in ${env}: ${msg}`));
            }
        }
    });
    return new Set(firstLine.keys());
}
function checkSchedule(p, report) {
    const cron = str(p.schedule);
    if (cron !== undefined) {
        const problem = checkCron(cron);
        if (problem)
            report(['schedule'], problem);
    }
    const zone = str(p.timezone);
    if (zone !== undefined && !isTimeZone(zone)) {
        report(['timezone'], `timezone "${zone}" is not an IANA time zone such as "Pacific/Auckland"`);
    }
}
function checkFunction(ref, baseDir, probe, report) {
    const sep = ref.lastIndexOf(':');
    if (sep < 0)
        return; // the schema reports the shape
    const file = ref.slice(0, sep);
    const fn = ref.slice(sep + 1);
    if (!/^[A-Za-z_]\w*$/.test(fn))
        return; // the schema reports a malformed name
    const path = (0,external_node_path_.resolve)(baseDir, file);
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
        report(`no function "${fn}" in ${file}${defs.length ? `; it defines: ${defs.join(', ')}` : ''}`);
    }
}
function checkImages(source, images, pipelineNames, baseDir, probe, out) {
    const seen = new Set();
    images.forEach((img, i) => {
        if (!isObj(img))
            return;
        const name = str(img.name);
        if (name !== undefined) {
            if (seen.has(name))
                out.push(source.at(['images', i, 'name'], `image "${name}": declared twice`));
            seen.add(name);
        }
        const context = str(img.context);
        if (context !== undefined) {
            const dockerfile = str(img.dockerfile) ?? `${context}/Dockerfile`;
            if (!probe.isFile((0,external_node_path_.resolve)(baseDir, dockerfile))) {
                const where = img.dockerfile !== undefined ? 'dockerfile' : 'context';
                out.push(source.at(['images', i, where], `image "${name ?? i}": Dockerfile "${dockerfile}" does not exist`));
            }
        }
        list(img.pipelines).forEach((ref, j) => {
            if (typeof ref === 'string' && !pipelineNames.has(ref)) {
                out.push(source.at(['images', i, 'pipelines', j], `image "${name ?? i}": no pipeline "${ref}"`));
            }
        });
    });
}
function checkAlerting(source, alerting, pipelineNames, out) {
    if (!isObj(alerting))
        return;
    const channels = new Set();
    list(alerting.channels).forEach((c, i) => {
        const name = isObj(c) ? str(c.name) : undefined;
        if (name === undefined)
            return;
        if (channels.has(name))
            out.push(source.at(['alerting', 'channels', i, 'name'], `channel "${name}": declared twice`));
        channels.add(name);
    });
    const policies = new Set();
    list(alerting.policies).forEach((p, i) => {
        if (!isObj(p))
            return;
        const name = str(p.name) ?? `#${i}`;
        const at = (sub, msg) => out.push(source.at(['alerting', 'policies', i, ...sub], `alert policy "${name}": ${msg}`));
        if (policies.has(name))
            at(['name'], 'declared twice');
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

;// CONCATENATED MODULE: ./src/config/load.ts





/**
 * Reads, validates and types mlops.yaml. Every problem is collected before anything is thrown, so
 * one run shows them all; the ConfigurationError carries them as placed diagnostics.
 */
function loadConfig(file, opts) {
    const probe = opts.probe ?? diskProbe;
    const path = (0,external_node_path_.resolve)(opts.workspace, file);
    if (!probe.isFile(path)) {
        throw new src_errors/* ConfigurationError */.j1(`config file "${file}" not found (looked in ${opts.workspace})`, [
            { severity: 'error', message: `config file "${file}" not found`, file },
        ]);
    }
    return parseConfig(probe.read(path), { file, baseDir: (0,external_node_path_.dirname)(path), probe });
}
function parseConfig(text, opts) {
    const source = new YamlSource(opts.file, text);
    const diagnostics = source.parseDiagnostics();
    const value = source.doc.errors.length === 0 ? source.value() : undefined;
    if (value !== undefined) {
        diagnostics.push(...checkSchema(source, value));
        diagnostics.push(...checkSemantics(source, value, opts.baseDir, opts.probe ?? diskProbe));
        diagnostics.push(...advisories(source, value));
    }
    diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    const errors = (0,src_errors/* errorCount */.YH)(diagnostics);
    if (errors > 0) {
        throw new src_errors/* ConfigurationError */.j1(`${opts.file} has ${errors} error${errors === 1 ? '' : 's'}`, diagnostics);
    }
    const config = deepFreeze(build(value, opts.file, opts.baseDir, source));
    return { config, warnings: diagnostics, source };
}
/** Things that are allowed but probably not meant. */
function advisories(source, value) {
    const out = [];
    const raw = value;
    (Array.isArray(raw.pipelines) ? raw.pipelines : []).forEach((p, i) => {
        if (p && typeof p === 'object' && p.timezone !== undefined && p.schedule === undefined) {
            out.push(source.at(['pipelines', i, 'timezone'], `pipeline "${p.name}": timezone has no effect without a schedule`, 'warning'));
        }
    });
    return out;
}
function build(raw, file, baseDir, source) {
    const defaultZone = raw.defaults?.timezone ?? 'UTC';
    const defaultCaching = raw.defaults?.caching ?? true;
    const environments = {};
    for (const [name, e] of Object.entries(raw.environments)) {
        environments[name] = {
            name,
            project: e.project,
            region: e.region,
            bucket: e.bucket,
            imageRepository: e['image-repository'],
            serviceAccount: e['service-account'],
            kmsKey: e['kms-key'],
            network: e.network,
            labels: e.labels ?? {},
            promoteFrom: e['promote-from'],
        };
    }
    const pipelines = raw.pipelines.map((p, i) => {
        const schedule = toSchedule(p.schedule, p.timezone ?? defaultZone);
        const caching = p.caching ?? defaultCaching;
        const perEnv = {};
        for (const env of Object.keys(environments)) {
            const o = p.environments?.[env] ?? {};
            if (o.enabled === false)
                continue;
            const cron = o.schedule === null ? undefined : (o.schedule ?? p.schedule);
            perEnv[env] = {
                parameters: { ...p.parameters, ...o.parameters },
                schedule: toSchedule(cron, o.timezone ?? p.timezone ?? defaultZone),
                caching: o.caching ?? caching,
            };
        }
        const sep = p.function?.lastIndexOf(':') ?? -1;
        return {
            name: p.name,
            description: p.description,
            source: p.function !== undefined
                ? {
                    kind: 'function',
                    file: p.function.slice(0, sep),
                    function: p.function.slice(sep + 1),
                }
                : { kind: 'spec', file: p.spec },
            training: p.training ?? false,
            schedule,
            parameters: p.parameters ?? {},
            caching,
            labels: p.labels ?? {},
            environments: perEnv,
            line: source.line(['pipelines', i]),
        };
    });
    const images = (raw.images ?? []).map((img) => ({
        name: img.name,
        context: img.context,
        dockerfile: img.dockerfile ?? `${img.context}/Dockerfile`,
        buildArgs: Object.fromEntries(Object.entries(img['build-args'] ?? {}).map(([k, v]) => [k, String(v)])),
        pipelines: img.pipelines ?? [],
    }));
    const channels = (raw.alerting?.channels ?? []).map((c) => ({
        name: c.name,
        type: c.type,
        labels: c.labels ?? {},
        description: c.description,
    }));
    const policies = (raw.alerting?.policies ?? []).map((p) => ({
        ...p,
        channels: p.channels ?? [],
    }));
    return { file, baseDir, environments, pipelines, images, alerting: { channels, policies } };
}
function toSchedule(cron, timezone) {
    return cron === undefined ? undefined : { cron: cron.trim(), timezone };
}
function deepFreeze(value) {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const v of Object.values(value))
            deepFreeze(v);
    }
    return value;
}

// EXTERNAL MODULE: ./src/github/markdown.ts
var markdown = __webpack_require__(5566);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/kfp/driver.ts + 2 modules
var kfp_driver = __webpack_require__(5151);
;// CONCATENATED MODULE: ./src/kfp/manifest.ts
const MANIFEST_FILE = 'manifest.json';
function serializeManifest(m) {
    return `${JSON.stringify(m, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/kfp/parameters.ts
const parameters_TYPE_WORDS = {
    STRING: 'a string',
    NUMBER_INTEGER: 'an integer',
    NUMBER_DOUBLE: 'a number',
    BOOLEAN: 'true or false',
    LIST: 'a list',
    STRUCT: 'a mapping',
    TASK_FINAL_STATUS: 'set by the pipeline itself',
};
function fits(type, v) {
    switch (type) {
        case 'STRING':
            return typeof v === 'string';
        case 'NUMBER_INTEGER':
            return typeof v === 'number' && Number.isInteger(v);
        case 'NUMBER_DOUBLE':
            return typeof v === 'number' && Number.isFinite(v);
        case 'BOOLEAN':
            return typeof v === 'boolean';
        case 'LIST':
            return Array.isArray(v);
        case 'STRUCT':
            return typeof v === 'object' && v !== null && !Array.isArray(v);
        case 'TASK_FINAL_STATUS':
            return false;
    }
}
function shown(v) {
    const json = JSON.stringify(v);
    return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}
/**
 * Checks declared parameter values against a compiled spec's inputs, as Vertex AI would when a run
 * is submitted: unknown names, values of the wrong type, required inputs left without a value.
 */
function checkParameters(values, inputs) {
    const problems = [];
    const byName = new Map(inputs.map((i) => [i.name, i]));
    for (const [name, value] of Object.entries(values)) {
        const input = byName.get(name);
        if (!input) {
            const known = inputs.map((i) => i.name);
            problems.push({
                name,
                atValue: false,
                message: `parameter "${name}" is not an input of the pipeline; its inputs: ${known.length ? known.join(', ') : '(none)'}`,
            });
        }
        else if (value === null) {
            if (!input.optional)
                problems.push({
                    name,
                    atValue: true,
                    message: `parameter "${name}" is required and cannot be null`,
                });
        }
        else if (!fits(input.type, value)) {
            problems.push({
                name,
                atValue: true,
                message: `parameter "${name}" must be ${parameters_TYPE_WORDS[input.type]} (${input.type}), got ${shown(value)}`,
            });
        }
    }
    for (const input of inputs) {
        if (!input.optional && !(input.name in values)) {
            problems.push({
                name: input.name,
                atValue: false,
                message: `required input "${input.name}" (${input.type}) has no value and no default in the pipeline`,
            });
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/kfp/spec.ts
// js-yaml, not the `yaml` package used for mlops.yaml: specs are machine-written, need no source
// positions, and parse several times faster with it (20 specs: ~10-35 ms against ~90-175 ms).

/** KFP's parameter types, as they appear in `root.inputDefinitions.parameters.*.parameterType`. */
const PARAMETER_TYPES = [
    'STRING',
    'NUMBER_INTEGER',
    'NUMBER_DOUBLE',
    'BOOLEAN',
    'LIST',
    'STRUCT',
    'TASK_FINAL_STATUS',
];
class SpecError extends Error {
}
const spec_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * Reads a KFP IR spec (YAML or JSON; a second YAML document, the platform spec, is allowed) and
 * checks the parts Vertex AI relies on. Throws SpecError with every problem found.
 */
function readPipelineSpec(text) {
    let docs;
    try {
        docs = (0,js_yaml/* loadAll */.gh)(text);
    }
    catch (err) {
        throw new SpecError(`not valid YAML/JSON: ${err.message.split('\n')[0]}`);
    }
    if (docs.length === 0 || docs[0] === null || docs[0] === undefined)
        throw new SpecError('the file is empty');
    const spec = docs[0];
    if (!spec_isObj(spec))
        throw new SpecError('not a KFP pipeline spec: the document is not a mapping');
    const problems = [];
    const schemaVersion = spec.schemaVersion;
    if (typeof schemaVersion !== 'string' || !/^2\.\d+\.\d+$/.test(schemaVersion)) {
        problems.push(`schemaVersion must be a KFP v2 schema version such as "2.1.0" (got ${JSON.stringify(schemaVersion)})`);
    }
    const info = spec.pipelineInfo;
    const pipelineName = spec_isObj(info) ? info.name : undefined;
    if (typeof pipelineName !== 'string' || pipelineName === '')
        problems.push('pipelineInfo.name is missing');
    const root = spec.root;
    if (!spec_isObj(root))
        problems.push('root is missing');
    else if (!spec_isObj(root.dag))
        problems.push('root.dag is missing');
    if (!spec_isObj(spec.components) &&
        spec_isObj(root) &&
        spec_isObj(root.dag) &&
        spec_isObj(root.dag.tasks) &&
        Object.keys(root.dag.tasks).length > 0) {
        problems.push('components is missing');
    }
    const inputs = [];
    const artifactInputs = [];
    const defs = spec_isObj(root) ? root.inputDefinitions : undefined;
    if (defs !== undefined) {
        if (!spec_isObj(defs))
            problems.push('root.inputDefinitions must be a mapping');
        else {
            readParameters(defs.parameters, inputs, problems);
            if (spec_isObj(defs.artifacts)) {
                for (const [name, a] of Object.entries(defs.artifacts)) {
                    const title = spec_isObj(a) && spec_isObj(a.artifactType) ? a.artifactType.schemaTitle : undefined;
                    artifactInputs.push({ name, schemaTitle: typeof title === 'string' ? title : 'unknown' });
                }
            }
        }
    }
    if (problems.length > 0)
        throw new SpecError(problems.join('; '));
    const tasks = spec_isObj(root) && spec_isObj(root.dag) && spec_isObj(root.dag.tasks) ? Object.keys(root.dag.tasks) : [];
    return {
        schemaVersion: schemaVersion,
        sdkVersion: typeof spec.sdkVersion === 'string' ? spec.sdkVersion : undefined,
        pipelineName: pipelineName,
        inputs,
        artifactInputs,
        tasks,
        spec,
    };
}
function readParameters(params, inputs, problems) {
    if (params === undefined)
        return;
    if (!spec_isObj(params)) {
        problems.push('root.inputDefinitions.parameters must be a mapping');
        return;
    }
    for (const [name, p] of Object.entries(params)) {
        const type = spec_isObj(p) ? p.parameterType : undefined;
        if (!PARAMETER_TYPES.includes(type)) {
            problems.push(`input "${name}" has unknown parameterType ${JSON.stringify(type)}`);
            continue;
        }
        const def = spec_isObj(p) && 'defaultValue' in p ? p.defaultValue : undefined;
        inputs.push({
            name,
            type: type,
            ...(def !== undefined ? { default: def } : {}),
            optional: (spec_isObj(p) && p.isOptional === true) || def !== undefined,
        });
    }
}

;// CONCATENATED MODULE: ./src/kfp/compile.ts









/**
 * Compiles the selected PipelineDefinitions with the repository's Python, verifies each spec and the
 * parameter values declared for it, and writes the specs and manifest.json. Every pipeline is
 * checked before anything fails, so one run reports all problems.
 */
async function compilePipelines(opts) {
    const { config, logger } = opts;
    const selected = selectPipelines(config.pipelines, opts.only);
    const outputDir = (0,external_node_path_.resolve)(opts.workspace, opts.outputDir);
    (0,external_node_fs_.mkdirSync)(outputDir, { recursive: true });
    const driver = await compileFunctions(opts, selected, outputDir);
    const diagnostics = [];
    const pipelines = [];
    const failed = [];
    const report = (def, found) => {
        diagnostics.push(...found);
        const bad = found.some((d) => d.severity === 'error');
        if (bad && !failed.includes(def.name))
            failed.push(def.name);
        return bad;
    };
    for (const def of selected) {
        const index = config.pipelines.indexOf(def);
        const at = (path, message, key) => opts.source.at(['pipelines', index, ...path], `pipeline "${def.name}": ${message}`, 'error', key);
        const sourceKey = def.source.kind === 'function' ? 'function' : 'spec';
        let specFile;
        if (def.source.kind === 'function') {
            const result = driver?.results.find((r) => r.name === def.name);
            report(def, pythonWarnings(def, result, opts));
            if (!result || !result.ok) {
                report(def, compileFailure(def, result, at([sourceKey], ''), opts));
                continue;
            }
            specFile = result.output;
        }
        else {
            specFile = `${def.name}${(0,external_node_path_.extname)(def.source.file)}`;
            // A JSON spec of a pipeline named "manifest" must not become manifest.json.
            if (specFile === MANIFEST_FILE)
                specFile = `${def.name}.spec.json`;
            (0,external_node_fs_.copyFileSync)((0,external_node_path_.resolve)(config.baseDir, def.source.file), (0,external_node_path_.join)(outputDir, specFile));
        }
        const bytes = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(outputDir, specFile));
        let spec;
        try {
            spec = readPipelineSpec(bytes.toString('utf8'));
        }
        catch (err) {
            if (!(err instanceof SpecError))
                throw err;
            report(def, [
                at([sourceKey], `the compiled spec is not a valid KFP pipeline spec: ${err.message}`),
            ]);
            continue;
        }
        if (report(def, parameterDiagnostics(def, spec, index, opts.source, at)))
            continue;
        pipelines.push({
            name: def.name,
            specFile,
            sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
            pipelineName: spec.pipelineName,
            schemaVersion: spec.schemaVersion,
            sdkVersion: spec.sdkVersion,
            source: def.source,
            training: def.training,
            schedule: def.schedule,
            inputs: spec.inputs,
            tasks: spec.tasks,
            labels: def.labels,
            environments: def.environments,
        });
        logger.info(`✓ ${def.name}: ${spec.inputs.length} inputs, ${spec.tasks.length} tasks`);
    }
    if (failed.length > 0) {
        throw new src_errors/* ConfigurationError */.j1(`${failed.length} of ${selected.length} pipelines failed to compile or verify: ${failed.join(', ')}`, diagnostics);
    }
    const manifest = {
        manifestVersion: 1,
        config: config.file,
        ...(opts.commit ? { commit: opts.commit } : {}),
        kfpVersion: driver?.kfpVersion,
        pythonVersion: driver?.pythonVersion,
        pipelines,
    };
    const manifestPath = (0,external_node_path_.join)(outputDir, MANIFEST_FILE);
    (0,external_node_fs_.writeFileSync)(manifestPath, serializeManifest(manifest));
    return { manifest, manifestPath, warnings: diagnostics };
}
function selectPipelines(all, only) {
    if (only.length === 0)
        return [...all];
    const unknown = only.filter((n) => !all.some((p) => p.name === n));
    if (unknown.length > 0) {
        throw new src_errors/* ConfigurationError */.j1(`input "pipelines" names ${unknown.map((n) => `"${n}"`).join(', ')}, not declared in the config; declared: ${all.map((p) => p.name).join(', ')}`);
    }
    return all.filter((p) => only.includes(p.name));
}
async function compileFunctions(opts, selected, outputDir) {
    const jobs = selected.flatMap((p) => p.source.kind === 'function'
        ? [
            {
                name: p.name,
                file: p.source.file,
                function: p.source.function,
                output: `${p.name}.yaml`,
            },
        ]
        : []);
    if (jobs.length === 0) {
        opts.driver?.cancel();
        return undefined;
    }
    const cores = opts.parallelism > 0 ? opts.parallelism : (0,external_node_os_.availableParallelism)();
    const workers = Math.max(1, Math.min(cores, jobs.length));
    opts.logger.info(`Compiling ${jobs.length} pipeline${jobs.length === 1 ? '' : 's'} with ${opts.python} (${workers} worker${workers === 1 ? '' : 's'})`);
    let result;
    try {
        const driver = opts.driver ?? (0,kfp_driver/* startCompileDriver */.y)(opts.python);
        result = await driver.compile({
            root: opts.config.baseDir,
            outputDir,
            workers,
            pipelines: jobs,
        });
    }
    catch (err) {
        const message = err.message;
        if (/was not found|could not be started/.test(message)) {
            throw new src_errors/* ConfigurationError */.j1(`input "python": ${message}; set it to an interpreter that has kfp installed`);
        }
        if (/without a result/.test(message)) {
            // User code ran in the driver's own process (one file, or parallelism 1) and ended it.
            throw new src_errors/* ConfigurationError */.j1(`compiling ${jobs.map((j) => `"${j.name}"`).join(', ')} ended the Python process: ${message}`);
        }
        throw err;
    }
    if (result.fatal) {
        throw new src_errors/* ConfigurationError */.j1(`input "python": kfp cannot be imported by ${opts.python} (${result.fatal.type}: ${result.fatal.message}); install the repository's requirements (pip install kfp) before this step`);
    }
    return result;
}
/** Python warnings (kfp deprecations, mostly) raised in the user's code, as annotations there. */
function pythonWarnings(def, result, opts) {
    return (result?.warnings ?? []).map((w) => {
        const file = workspaceFile(w.file, opts);
        const message = `pipeline "${def.name}": ${w.category}: ${w.message}`;
        return file && w.line !== undefined
            ? { severity: 'warning', message, file, line: w.line }
            : { severity: 'warning', message };
    });
}
/** A driver path (relative to the config's directory, or absolute) as a workspace path, if it is one. */
function workspaceFile(file, opts) {
    if (!file)
        return undefined;
    const rel = (0,external_node_path_.relative)(opts.workspace, (0,external_node_path_.resolve)(opts.config.baseDir, file));
    return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? undefined : rel;
}
/** A Python failure: one annotation on the Python line, one on the mlops.yaml definition. */
function compileFailure(def, result, configPlace, opts) {
    if (!result || result.ok) {
        return [{ ...configPlace, message: `pipeline "${def.name}": the compiler returned no result` }];
    }
    const e = result.error;
    // Only a place in the workspace can carry an annotation; others (site-packages) are named only.
    const inWorkspace = workspaceFile(e.file, opts);
    const pyFile = inWorkspace ?? e.file;
    const where = pyFile ? ` (${pyFile}${e.line ? `:${e.line}` : ''})` : '';
    const what = e.kind === 'import'
        ? 'importing its module failed'
        : e.kind === 'not-found'
            ? 'function not found'
            : e.kind === 'not-a-pipeline'
                ? 'not a pipeline'
                : 'KFP could not compile it';
    const message = `pipeline "${def.name}": ${what}: ${e.type}: ${e.message}${where}`;
    const out = [{ ...configPlace, message }];
    if (inWorkspace && e.line)
        out.push({ severity: 'error', message, file: inWorkspace, line: e.line });
    return out;
}
function parameterDiagnostics(def, spec, index, source, at) {
    const envs = Object.keys(def.environments);
    const found = new Map();
    for (const env of envs) {
        const values = def.environments[env]?.parameters ?? {};
        for (const p of checkParameters(values, spec.inputs)) {
            // Point at where the value was written: the environment's override, else the pipeline's own.
            const override = ['environments', env, 'parameters'];
            const base = source.doc.hasIn(['pipelines', index, ...override, p.name])
                ? override
                : ['parameters'];
            const place = !(p.name in values)
                ? { path: [] }
                : p.atValue
                    ? { path: [...base, p.name] }
                    : { path: base, key: p.name };
            const id = `${place.path.join('.')}|${p.message}`;
            const entry = found.get(id) ?? { ...place, message: p.message, envs: [] };
            entry.envs.push(env);
            found.set(id, entry);
        }
    }
    return [...found.values()].map((f) => at(f.path, f.envs.length < envs.length ? `${f.message} (in ${f.envs.join(', ')})` : f.message, f.key));
}

;// CONCATENATED MODULE: ./src/actions/compile.ts





/**
 * The body of action-compile. `driver` is the Python compile process the entry point started before
 * loading this module, so kfp imports while mlops.yaml is validated here.
 */
async function compileAction(ctx, inputs, driver) {
    try {
        await compile(ctx, inputs, driver);
    }
    finally {
        // A driver that was never handed its job (bad config, unknown pipeline) must not outlive us.
        driver?.cancel();
    }
}
async function compile(ctx, inputs, driver) {
    const { config, source, warnings } = loadConfig(inputs.config, { workspace: ctx.workspace });
    for (const w of warnings)
        ctx.logger.diagnostic(w);
    const result = await compilePipelines({
        config,
        source,
        workspace: ctx.workspace,
        python: inputs.python,
        outputDir: inputs.outputDir,
        only: inputs.pipelines,
        parallelism: inputs.parallelism,
        commit: process.env.GITHUB_SHA,
        logger: ctx.logger,
        driver,
    });
    for (const w of result.warnings)
        ctx.logger.diagnostic(w);
    const { manifest } = result;
    const names = (pick) => JSON.stringify(manifest.pipelines.filter(pick).map((p) => p.name));
    // Relative to the workspace like the inputs, unless it was written outside it.
    const fromWorkspace = (0,external_node_path_.relative)(ctx.workspace, result.manifestPath);
    const manifestPath = fromWorkspace.startsWith('..') ? result.manifestPath : fromWorkspace;
    ctx.setOutput('manifest', manifestPath);
    ctx.setOutput('pipelines', names(() => true));
    ctx.setOutput('training-pipelines', names((p) => p.training));
    ctx.setOutput('scheduled-pipelines', names((p) => Object.values(p.environments).some((e) => e.schedule !== undefined)));
    ctx.summary(compileSummary(manifest, manifestPath));
}
// The Python spelling KFP users write the inputs in.
const PY_TYPES = {
    STRING: 'str',
    NUMBER_INTEGER: 'int',
    NUMBER_DOUBLE: 'float',
    BOOLEAN: 'bool',
    LIST: 'list',
    STRUCT: 'dict',
    TASK_FINAL_STATUS: 'PipelineTaskFinalStatus',
};
/** The schedule in words; per environment when environments differ (or some have none). */
function scheduleCell(p) {
    const words = (s) => s ? `${describeCron(s.cron)} (${s.timezone})<br>\`${s.cron}\`` : 'not scheduled';
    const envs = Object.entries(p.environments);
    const shown = new Set(envs.map(([, e]) => words(e.schedule)));
    if (envs.length === 0)
        return p.schedule ? words(p.schedule) : '—';
    if (shown.size === 1)
        return envs[0]?.[1].schedule ? words(envs[0][1].schedule) : '—';
    return envs.map(([name, e]) => `**${name}**: ${words(e.schedule)}`).join('<br>');
}
/** The job summary: one row per pipeline. Pure, so it is unit-tested and printed by the demo. */
function compileSummary(manifest, manifestPath) {
    const rows = manifest.pipelines.map((p) => {
        const schedule = scheduleCell(p);
        const inputs = p.inputs.map((i) => {
            const value = i.default !== undefined
                ? ` = ${(0,markdown/* escapeCell */.k)(JSON.stringify(i.default))}`
                : i.optional
                    ? ' (optional)'
                    : ' (required)';
            return `\`${i.name}\`: ${PY_TYPES[i.type]}${value}`;
        });
        const inputCell = inputs.length === 0
            ? '—'
            : inputs.length <= 3
                ? inputs.join('<br>')
                : `<details><summary>${inputs.length} inputs</summary>${inputs.join('<br>')}</details>`;
        return `| \`${p.name}\` | ${p.training ? '✅' : '—'} | ${schedule} | ${inputCell} | \`${p.sha256.slice(0, 12)}\` |`;
    });
    const kfp = manifest.kfpVersion ? ` with kfp ${manifest.kfpVersion}` : '';
    return [
        `## Compiled ${manifest.pipelines.length} pipeline${manifest.pipelines.length === 1 ? '' : 's'}${kfp}`,
        '',
        '| Pipeline | Training | Schedule | Inputs | sha256 |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
        `Manifest: \`${manifestPath}\``,
        '',
    ].join('\n');
}


/***/ }),

/***/ 5566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ escapeCell)
/* harmony export */ });
/** Markdown helpers for job summaries (a module of its own: actions' chunks import it alone). */
/** Text safe inside a table cell: pipes escaped, line breaks as <br>. */
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}


/***/ })

};
