/** Markdown helpers for job summaries (a module of its own: actions' chunks import it alone). */

/** Text safe inside a table cell: pipes escaped, line breaks as <br>. */
export function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
