export const id = 373;
export const ids = [373];
export const modules = {

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


/***/ }),

/***/ 9373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony exports runnerLogger, failureSummary */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5446);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5566);




/** The Logger the actions use: annotations for diagnostics, collapsible groups. */
const runnerLogger = {
    debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
    info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m),
    warning: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
    error: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(m),
    diagnostic(d) {
        const props = { file: d.file, startLine: d.line, startColumn: d.column, title: 'vertex-mlops' };
        // The plain line too: annotations are shown on the run page, the log is what people grep.
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDiagnostic */ .xy)(d));
        if (d.severity === 'error')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(d.message, props);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(d.message, props);
    },
    group: (title, fn) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, fn),
};
/**
 * The one error funnel every action's entry point goes through. A ConfigurationError is the user's
 * to fix: its diagnostics become annotations and the job fails with its message. Anything else is a
 * bug in this project: it fails with the stack and asks for a report.
 */
async function runAction(title, body) {
    const parts = [];
    const ctx = {
        inputs: new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .envInput */ .C),
        logger: runnerLogger,
        workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        setOutput: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value),
        summary: (md) => parts.push(md),
    };
    try {
        await body(ctx);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1) {
            for (const d of err.diagnostics)
                runnerLogger.diagnostic(d);
            parts.push(failureSummary(title, err));
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(err.message);
        }
        else {
            const e = err instanceof Error ? err : new Error(String(err));
            parts.push(`## ${title}: failed\n\nAn unexpected error (a bug in vertex-mlops-actions; please report it):\n\n\`\`\`\n${e.stack ?? e.message}\n\`\`\`\n`);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${e.stack ?? e.message}\n(unexpected: this is a bug in vertex-mlops-actions, please report it)`);
        }
    }
    finally {
        if (parts.length > 0 && process.env.GITHUB_STEP_SUMMARY) {
            // A summary that cannot be written must not hide the step's own result.
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
                .addRaw(parts.join('\n'))
                .write()
                .catch((err) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`job summary not written: ${String(err)}`));
        }
    }
}
function failureSummary(title, err) {
    const rows = err.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => `| ${d.file ? `\`${d.file}${d.line ? `:${d.line}` : ''}${d.column ? `:${d.column}` : ''}\`` : ''} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .k)(d.message)} |`);
    const table = rows.length > 0 ? `\n| Where | Error |\n| --- | --- |\n${rows.join('\n')}\n` : '';
    return `## ${title}: failed\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeCell */ .k)(err.message)}\n${table}`;
}


/***/ })

};
