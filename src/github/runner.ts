import * as core from '@actions/core';

import { ConfigurationError, formatDiagnostic, type Diagnostic } from '../errors.js';
import type { Logger } from '../logger.js';
import { envInput, Inputs } from './inputs.js';
import { escapeCell } from './markdown.js';

/** The Logger the actions use: annotations for diagnostics, collapsible groups. */
export const runnerLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  diagnostic(d: Diagnostic) {
    const props = { file: d.file, startLine: d.line, startColumn: d.column, title: 'vertex-mlops' };
    // The plain line too: annotations are shown on the run page, the log is what people grep.
    core.info(formatDiagnostic(d));
    if (d.severity === 'error') core.error(d.message, props);
    else core.warning(d.message, props);
  },
  group: (title, fn) => core.group(title, fn),
};

export interface ActionContext {
  readonly inputs: Inputs;
  readonly logger: Logger;
  readonly workspace: string;
  setOutput(name: string, value: string): void;
  /** Appends markdown to the job summary (written once, at the end, success or not). */
  summary(markdown: string): void;
}

/**
 * The one error funnel every action's entry point goes through. A ConfigurationError is the user's
 * to fix: its diagnostics become annotations and the job fails with its message. Anything else is a
 * bug in this project: it fails with the stack and asks for a report.
 */
export async function runAction(
  title: string,
  body: (ctx: ActionContext) => Promise<void>,
): Promise<void> {
  const parts: string[] = [];
  const ctx: ActionContext = {
    inputs: new Inputs(envInput),
    logger: runnerLogger,
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    setOutput: (name, value) => core.setOutput(name, value),
    summary: (md) => parts.push(md),
  };
  try {
    await body(ctx);
  } catch (err) {
    if (err instanceof ConfigurationError) {
      for (const d of err.diagnostics) runnerLogger.diagnostic(d);
      parts.push(failureSummary(title, err));
      core.setFailed(err.message);
    } else {
      const e = err instanceof Error ? err : new Error(String(err));
      parts.push(
        `## ${title}: failed\n\nAn unexpected error (a bug in vertex-mlops-actions; please report it):\n\n\`\`\`\n${e.stack ?? e.message}\n\`\`\`\n`,
      );
      core.setFailed(
        `${e.stack ?? e.message}\n(unexpected: this is a bug in vertex-mlops-actions, please report it)`,
      );
    }
  } finally {
    if (parts.length > 0 && process.env.GITHUB_STEP_SUMMARY) {
      // A summary that cannot be written must not hide the step's own result.
      await core.summary
        .addRaw(parts.join('\n'))
        .write()
        .catch((err: unknown) => core.warning(`job summary not written: ${String(err)}`));
    }
  }
}

export function failureSummary(title: string, err: ConfigurationError): string {
  const rows = err.diagnostics
    .filter((d) => d.severity === 'error')
    .map(
      (d) =>
        `| ${d.file ? `\`${d.file}${d.line ? `:${d.line}` : ''}${d.column ? `:${d.column}` : ''}\`` : ''} | ${escapeCell(d.message)} |`,
    );
  const table = rows.length > 0 ? `\n| Where | Error |\n| --- | --- |\n${rows.join('\n')}\n` : '';
  return `## ${title}: failed\n\n${escapeCell(err.message)}\n${table}`;
}
