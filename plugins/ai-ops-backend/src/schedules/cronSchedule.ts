import { InputError } from '@backstage/errors';
import { CronTime } from 'cron';

/**
 * A five-field cron expression in an IANA time zone, through the `cron`
 * package: wall-clock times that a DST change skips fire once at the jump
 * (02:30 on a spring-forward night fires at 03:00), times it repeats fire
 * once (the first 02:30 of a fall-back night).
 */
export class CronSchedule {
  private readonly time: CronTime;

  private constructor(cron: string, readonly timezone: string) {
    this.time = new CronTime(cron, timezone);
  }

  /** Parses and checks: a 400 naming `cron` or `timezone` when invalid. */
  static parse(cron: string, timezone: string): CronSchedule {
    let schedule: CronSchedule;
    try {
      schedule = new CronSchedule(cron, timezone);
    } catch (error) {
      const message = (error as Error).message;
      if (/timezone/i.test(message)) {
        throw new InputError(`Invalid request: timezone: ${message}`);
      }
      throw new InputError(`Invalid request: cron: ${message}`);
    }
    try {
      schedule.nextAfter(new Date());
    } catch {
      throw new InputError(
        'Invalid request: cron: the expression never fires (e.g. a day that no month has)',
      );
    }
    return schedule;
  }

  /** The first fire time strictly after `after`. */
  nextAfter(after: Date): Date {
    return this.time.getNextDateFrom(after, this.timezone).toJSDate();
  }

  /** The next `count` fire times after `after`. */
  upcoming(after: Date, count: number): Date[] {
    const times: Date[] = [];
    let at = after;
    while (times.length < count) {
      at = this.nextAfter(at);
      times.push(at);
    }
    return times;
  }

  /**
   * Fire times from `from` (a fire time) up to `now`: all of them when
   * there are at most `want`, else the last `want` (ascending). Finding the
   * next time costs the `cron` package milliseconds, so after a long outage
   * only a window before `now` is walked, doubled until it holds `want`
   * times; `total` is then a lower bound (`complete` false).
   */
  dueBetween(
    from: Date,
    now: Date,
    want: number,
  ): { times: Date[]; total: number; complete: boolean } {
    for (let span = 60_000; ; span *= 2) {
      const start = Math.max(from.getTime(), now.getTime() - span);
      const complete = start === from.getTime();
      const times: Date[] = [];
      let total = 0;
      let at = complete ? from : this.nextAfter(new Date(start - 1));
      while (at.getTime() <= now.getTime()) {
        total += 1;
        times.push(at);
        if (times.length > want) times.shift();
        at = this.nextAfter(at);
      }
      if (complete) return { times, total, complete };
      // `from` itself lies before the window: one more at least.
      if (total >= want) return { times, total: total + 1, complete };
    }
  }
}
