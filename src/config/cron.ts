import { CronExpressionParser } from 'cron-parser';
import cronstrue from 'cronstrue';

/**
 * Vertex AI schedules take five-field unix cron with an optional TZ=/CRON_TZ= prefix. The time zone
 * is its own key in mlops.yaml, so a prefix here is refused with a pointer to `timezone`.
 * cron-parser accepts Quartz extras (L, W, #, ?) that Vertex AI does not; those are refused first.
 */
export function checkCron(cron: string): string | undefined {
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
    CronExpressionParser.parse(trimmed);
  } catch (err) {
    return `schedule "${cron}" is not valid cron: ${(err as Error).message}`;
  }
  return undefined;
}

/** An IANA name as Vertex AI takes it: `Area/City` (or UTC), spelled exactly. */
export function isTimeZone(zone: string): boolean {
  if (zone !== 'UTC' && !/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(zone)) return false;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions()
      .timeZone;
    // ICU accepts any letter case; Vertex AI does not.
    return resolved.toLowerCase() !== zone.toLowerCase() || resolved === zone;
  } catch {
    return false;
  }
}

/** "At 12:00 AM" — for job summaries; falls back to the cron itself. */
export function describeCron(cron: string): string {
  try {
    return cronstrue.toString(cron, { verbose: false });
  } catch {
    return cron;
  }
}

/** The next fire time, for summaries ("next: 2026-11-23 00:00 Pacific/Auckland"). */
export function nextRun(cron: string, timezone: string, from: Date = new Date()): Date {
  return CronExpressionParser.parse(cron, { tz: timezone, currentDate: from }).next().toDate();
}
