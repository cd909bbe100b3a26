/**
 * Five-field cron (minute hour day-of-month month day-of-week), evaluated
 * in UTC. Our own small evaluator: the scheduler cannot unschedule a task,
 * so one dispatcher task starts the sources whose cron is due instead of a
 * scheduler task per source.
 */
export type CronSchedule = {
  minutes: Set<number>;
  hours: Set<number>;
  daysOfMonth: Set<number>;
  months: Set<number>;
  daysOfWeek: Set<number>;
  /** Standard cron: when both day fields are restricted, either may match. */
  dayOfMonthAny: boolean;
  dayOfWeekAny: boolean;
};

type FieldSpec = { name: string; min: number; max: number; names?: string[] };

const FIELDS: FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: 'JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC'.split(' '),
  },
  // 7 is Sunday as well, folded onto 0 below.
  {
    name: 'day of week',
    min: 0,
    max: 7,
    names: 'SUN MON TUE WED THU FRI SAT'.split(' '),
  },
];

/** How far ahead a schedule must fire at least once to be valid. */
const HORIZON_MS = 8 * 366 * 24 * 3600_000;

function parseValue(text: string, spec: FieldSpec): number {
  const byName = spec.names?.indexOf(text.toUpperCase()) ?? -1;
  if (byName >= 0) return byName + spec.min;
  if (!/^\d+$/.test(text)) {
    throw new Error(`${spec.name}: '${text}' is not a number`);
  }
  const value = Number(text);
  if (value < spec.min || value > spec.max) {
    throw new Error(
      `${spec.name}: ${value} is outside ${spec.min}-${spec.max}`,
    );
  }
  return value;
}

function parseField(text: string, spec: FieldSpec): Set<number> {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText, extra] = part.split('/');
    if (extra !== undefined || range === '') {
      throw new Error(`${spec.name}: '${part}' is malformed`);
    }
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) {
      throw new Error(
        `${spec.name}: step '${stepText}' must be a positive integer`,
      );
    }
    let from: number;
    let to: number;
    if (range === '*') {
      [from, to] = [spec.min, spec.max];
    } else if (range.includes('-')) {
      const [a, b] = range.split('-');
      [from, to] = [parseValue(a, spec), parseValue(b, spec)];
      if (from > to)
        throw new Error(`${spec.name}: range '${range}' is backwards`);
    } else {
      from = parseValue(range, spec);
      to = stepText === undefined ? from : spec.max;
    }
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return values;
}

/** Parses a cron expression; throws an Error saying which field is wrong. */
export function parseCron(expression: string): CronSchedule {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) {
    throw new Error(`expected 5 fields, got ${fields.length}`);
  }
  const [minutes, hours, daysOfMonth, months, daysOfWeek] = fields.map(
    (field, index) => parseField(field, FIELDS[index]),
  );
  if (daysOfWeek.delete(7)) daysOfWeek.add(0);
  const schedule: CronSchedule = {
    minutes,
    hours,
    daysOfMonth,
    months,
    daysOfWeek,
    dayOfMonthAny: fields[2] === '*',
    dayOfWeekAny: fields[4] === '*',
  };
  const now = new Date();
  if (nextCronTime(schedule, now).getTime() - now.getTime() > HORIZON_MS) {
    throw new Error('the schedule never fires');
  }
  return schedule;
}

function dayMatches(schedule: CronSchedule, date: Date): boolean {
  const dom = schedule.daysOfMonth.has(date.getUTCDate());
  const dow = schedule.daysOfWeek.has(date.getUTCDay());
  if (schedule.dayOfMonthAny) return dow;
  if (schedule.dayOfWeekAny) return dom;
  return dom || dow;
}

/**
 * The first minute strictly after `after` the schedule fires at; far in the
 * future (beyond the horizon) when it never does.
 */
export function nextCronTime(schedule: CronSchedule, after: Date): Date {
  const date = new Date(after.getTime());
  date.setUTCSeconds(0, 0);
  date.setUTCMinutes(date.getUTCMinutes() + 1);
  const limit = after.getTime() + HORIZON_MS;
  while (date.getTime() <= limit) {
    if (!schedule.months.has(date.getUTCMonth() + 1)) {
      date.setUTCMonth(date.getUTCMonth() + 1, 1);
      date.setUTCHours(0, 0);
    } else if (!dayMatches(schedule, date)) {
      date.setUTCDate(date.getUTCDate() + 1);
      date.setUTCHours(0, 0);
    } else if (!schedule.hours.has(date.getUTCHours())) {
      date.setUTCHours(date.getUTCHours() + 1, 0);
    } else if (!schedule.minutes.has(date.getUTCMinutes())) {
      date.setUTCMinutes(date.getUTCMinutes() + 1);
    } else {
      return date;
    }
  }
  return new Date(limit + 60_000);
}

/** The next due time of an optional cron, or undefined without one. */
export function nextSyncTime(
  cron: string | undefined | null,
  after: Date,
): Date | undefined {
  return cron ? nextCronTime(parseCron(cron), after) : undefined;
}
