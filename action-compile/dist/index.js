import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3382:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ DEFAULT_PYTHON),
/* harmony export */   Z: () => (/* binding */ readCompileInputs)
/* harmony export */ });
const DEFAULT_PYTHON = 'python3';
/** Every input of action-compile, parsed and checked, before anything else happens. */
function readCompileInputs(inputs) {
    return Object.freeze({
        config: inputs.relativePath('config', 'mlops.yaml'),
        python: inputs.string('python', { fallback: DEFAULT_PYTHON }),
        // Anywhere, e.g. ${{ runner.temp }}/compiled; relative paths are relative to the workspace.
        outputDir: inputs.string('output-dir', { fallback: '.mlops/compiled' }),
        pipelines: Object.freeze(inputs.list('pipelines', { regex: /^[a-z][-a-z0-9]{0,127}$/, what: 'a pipeline name' })),
        parallelism: inputs.integer('parallelism', { min: 0, max: 64, fallback: 0 }),
    });
}


/***/ }),

/***/ 5774:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shim_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4809);
/* harmony import */ var _actions_compile_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3382);
/* harmony import */ var _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5446);
/* harmony import */ var _kfp_driver_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5151);




// Importing kfp is the longest pole of a compile and needs only the `python` input, so Python
// starts first; @actions/core and the config checks (separate chunks) load while it imports.
const python = new _github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G(_github_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .envInput */ .C).string('python', { fallback: _actions_compile_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_PYTHON */ .H });
const driver = (0,_kfp_driver_js__WEBPACK_IMPORTED_MODULE_2__/* .startCompileDriver */ .y)(python);
const { runAction } = await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(373)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9373));
await runAction('Compile pipelines', async (ctx) => {
    const inputs = (0,_actions_compile_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readCompileInputs */ .Z)(ctx.inputs);
    const { compileAction } = await Promise.all(/* import() */[__nccwpck_require__.e(515), __nccwpck_require__.e(996)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4996));
    await compileAction(ctx, inputs, inputs.python === python ? driver : undefined);
}).finally(() => driver.cancel());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4809:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {


;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/entrypoints/shim.ts
// Imported first by every entry point. ncc emits ESM bundles; google-gax and some of its
// dependencies still reach for the CommonJS globals, which ES modules do not define.



const g = globalThis;
g.__filename ??= (0,external_node_url_.fileURLToPath)(import.meta.url);
g.__dirname ??= (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
g.require ??= (0,external_node_module_namespaceObject.createRequire)(import.meta.url);


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YH: () => (/* binding */ errorCount),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/**
 * User errors vs bugs. A ConfigurationError is something the user can fix (a bad input, a wrong
 * mlops.yaml, a pipeline that does not compile): the action reports it as annotations and a clear
 * message, without a stack trace. Anything else is a bug in this project and keeps its stack.
 */
class ConfigurationError extends Error {
    diagnostics;
    constructor(message, diagnostics = []) {
        super(message);
        this.name = 'ConfigurationError';
        this.diagnostics = diagnostics;
    }
}
/** `file:line:col: severity: message`, the form editors and terminals link. */
function formatDiagnostic(d) {
    const place = d.file
        ? `${d.file}${d.line !== undefined ? `:${d.line}${d.column !== undefined ? `:${d.column}` : ''}` : ''}: `
        : '';
    return `${place}${d.severity}: ${d.message}`;
}
function errorCount(diagnostics) {
    return diagnostics.filter((d) => d.severity === 'error').length;
}


/***/ }),

/***/ 5446:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ envInput),
/* harmony export */   G: () => (/* binding */ Inputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

/**
 * The runner's way of passing inputs (what @actions/core's getInput reads), without loading
 * @actions/core: entry points read an input or two before that ~100 ms import.
 */
const envInput = (name) => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
/**
 * Typed readers for action inputs. Each names the input in its error, so a user sees
 * `input "parallelism" must be a whole number from 0 to 64, got "two"` rather than a stack trace.
 */
class Inputs {
    get;
    constructor(get) {
        this.get = get;
    }
    string(name, opts = {}) {
        const value = this.get(name).trim();
        if (value === '') {
            if (opts.required)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input "${name}" is required`);
            return opts.fallback ?? '';
        }
        return value;
    }
    integer(name, opts) {
        const raw = this.get(name).trim();
        if (raw === '')
            return opts.fallback;
        const n = Number(raw);
        if (!/^-?\d+$/.test(raw) || n < opts.min || n > opts.max) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input "${name}" must be a whole number from ${opts.min} to ${opts.max}, got "${raw}"`);
        }
        return n;
    }
    boolean(name, fallback) {
        const raw = this.get(name).trim().toLowerCase();
        if (raw === '')
            return fallback;
        if (raw === 'true')
            return true;
        if (raw === 'false')
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input "${name}" must be true or false, got "${raw}"`);
    }
    oneOf(name, allowed, fallback) {
        const raw = this.get(name).trim();
        if (raw === '')
            return fallback;
        if (!allowed.includes(raw)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input "${name}" must be one of ${allowed.join(', ')}, got "${raw}"`);
        }
        return raw;
    }
    /** Items separated by commas or new lines, trimmed, empties dropped, each checked by `pattern`. */
    list(name, pattern) {
        const items = this.get(name)
            .split(/[,\n]/)
            .map((s) => s.trim())
            .filter((s) => s !== '');
        for (const item of items) {
            if (pattern && !pattern.regex.test(item)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input "${name}": "${item}" is not ${pattern.what}`);
            }
        }
        return items;
    }
    /** A path inside the workspace, returned relative to it; absolute paths and `..` are refused. */
    relativePath(name, fallback) {
        const value = this.string(name, { fallback });
        if (value.startsWith('/') || value.split(/[\\/]/).includes('..')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input "${name}" must be a path inside the workspace, got "${value}"`);
        }
        return value;
    }
}


/***/ }),

/***/ 5151:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ startCompileDriver)
});

// UNUSED EXPORTS: runCompileDriver

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/kfp/driver.ts






const STDERR_LINES = 200;
/**
 * Starts driver.py with the repository's Python now, reading its job from stdin later. Importing
 * kfp is most of a compile's cost; the action validates its inputs and mlops.yaml meanwhile.
 */
function startCompileDriver(python, signal) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlops-compile-'));
    const resultPath = (0,external_node_path_.join)(dir, 'result.json');
    const { child, exit } = runPython(python, [driverPath(), '-', resultPath], signal);
    const cleanup = () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    // Nobody may ever await `exit` (cancel), so its rejection must not go unhandled.
    exit.catch(() => undefined);
    return {
        async compile(job) {
            try {
                child.stdin.end(JSON.stringify(job));
                const how = await exit;
                let text;
                try {
                    text = await (0,promises_namespaceObject.readFile)(resultPath, 'utf8');
                }
                catch {
                    throw new Error(`the KFP compile driver (${python}) ${how.how} without a result:\n${how.output}`);
                }
                return checkResult(JSON.parse(text), job);
            }
            finally {
                cleanup();
            }
        },
        cancel() {
            child.kill('SIGTERM');
            cleanup();
        },
    };
}
/** Runs driver.py for one job: start it and hand it the job at once. */
async function runCompileDriver(opts) {
    return startCompileDriver(opts.python, opts.signal).compile(opts.job);
}
function driverPath() {
    // ncc copies driver.py next to the bundle and turns this expression into a plain path string.
    const location = __nccwpck_require__.ab + "driver.py";
    const text = String(location);
    return text.startsWith('file:') ? (0,external_node_url_.fileURLToPath)(text) : text;
}
function runPython(python, args, signal) {
    const child = (0,external_node_child_process_namespaceObject.spawn)(python, args, { stdio: ['pipe', 'pipe', 'pipe'], signal });
    // A driver that dies before reading its job closes the pipe: not an error of ours to throw.
    child.stdin.on('error', () => undefined);
    const exit = new Promise((resolvePromise, reject) => {
        const tail = new LineTail(STDERR_LINES);
        child.stdout.setEncoding('utf8').on('data', (chunk) => tail.push(chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk) => tail.push(chunk));
        child.on('error', (err) => {
            if (err.code === 'ENOENT') {
                reject(new Error(`python interpreter '${python}' was not found`));
            }
            else if (err.name === 'AbortError') {
                reject(err);
            }
            else {
                reject(new Error(`python interpreter '${python}' could not be started: ${err.message}`));
            }
        });
        // 'exit', not 'close': a process user code started may hold our pipes open long after.
        child.on('exit', (code, killedBy) => {
            const how = killedBy ? `was killed by ${killedBy}` : `exited with code ${code}`;
            resolvePromise({ how, output: tail.text() });
        });
    });
    return { child, exit };
}
/** Keeps the last `max` lines of a stream of chunks. */
class LineTail {
    max;
    lines = [];
    partial = '';
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        const parts = (this.partial + chunk).split('\n');
        this.partial = parts.pop() ?? '';
        this.lines.push(...parts);
        if (this.lines.length > this.max)
            this.lines.splice(0, this.lines.length - this.max);
    }
    text() {
        return [...this.lines, this.partial].slice(-this.max).join('\n').trimEnd();
    }
}
/** The parts the caller relies on, so a driver/wrapper mismatch fails here and says so. */
function checkResult(value, job) {
    const result = value;
    const names = Array.isArray(result?.results) ? result.results.map((r) => r.name) : undefined;
    const expected = result?.fatal ? [] : job.pipelines.map((p) => p.name);
    if (typeof result?.pythonVersion !== 'string' ||
        JSON.stringify(names) !== JSON.stringify(expected)) {
        throw new Error(`the KFP compile driver wrote an unexpected result: ${JSON.stringify(value).slice(0, 500)}`);
    }
    return result;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5774);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
