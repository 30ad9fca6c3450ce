/**
 * A CronJob's schedule (batch validateScheduleFormat, which parses it with robfig/cron's standard
 * parser): five fields (minute hour day-of-month month day-of-week) of numbers in range, `*`,
 * ranges, steps, lists and month/day names, or a macro such as `@hourly`; a `TZ=`/`CRON_TZ=`
 * prefix is refused (the timeZone field says that).
 */
import type { Rule } from './rule';

const MACROS = new Set([
  '@yearly',
  '@annually',
  '@monthly',
  '@weekly',
  '@daily',
  '@midnight',
  '@hourly',
]);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** [min, max, names] of each field. */
const FIELDS: ReadonlyArray<readonly [number, number, readonly string[]]> = [
  [0, 59, []],
  [0, 23, []],
  [1, 31, []],
  [1, 12, MONTHS],
  [0, 6, DAYS],
];

function valueOf(text: string, min: number, names: readonly string[]): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const index = names.indexOf(text.toLowerCase());
  return index >= 0 ? index + min : undefined;
}

/** True when one comma-separated part of a field is valid. */
function validPart(part: string, [min, max, names]: readonly [number, number, readonly string[]]) {
  const [range, step, extra] = part.split('/');
  if (extra !== undefined || range === undefined || range === '') return false;
  if (step !== undefined && !(/^\d+$/.test(step) && Number(step) > 0)) return false;
  if (range === '*' || range === '?') return true;
  const [from, to, more] = range.split('-');
  if (more !== undefined || from === undefined) return false;
  const start = valueOf(from, min, names);
  const end = to === undefined ? start : valueOf(to, min, names);
  if (start === undefined || end === undefined) return false;
  return start >= min && end <= max && start <= end;
}

/** True when `schedule` is a schedule the API server accepts. */
export function isCronSchedule(schedule: string): boolean {
  const text = schedule.trim();
  if (/^(CRON_)?TZ=/.test(text)) return false;
  if (text.startsWith('@')) return MACROS.has(text) || /^@every\s+\S+$/.test(text);
  const fields = text.split(/\s+/);
  if (fields.length !== 5) return false;
  return fields.every((field, i) => field.split(',').every((part) => validPart(part, FIELDS[i]!)));
}

export const cronSchedule: Rule = {
  id: 'cron-schedule',
  types: ['batch/v1.CronJobSpec'],
  check(context) {
    const schedule = context.value.schedule;
    if (typeof schedule !== 'string') return;
    if (/^\s*(CRON_)?TZ=/.test(schedule)) {
      context.report({
        at: ['schedule'],
        target: 'value',
        messageId: 'cron.time-zone',
        hintId: 'cron.time-zone.hint',
      });
    } else if (!isCronSchedule(schedule)) {
      context.report({
        at: ['schedule'],
        target: 'value',
        messageId: 'cron.schedule',
        hintId: 'cron.schedule.hint',
        data: { value: schedule },
      });
    }
  },
};
