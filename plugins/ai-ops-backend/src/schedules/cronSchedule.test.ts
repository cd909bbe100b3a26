import { CronSchedule } from './cronSchedule';

const at = (iso: string) => new Date(iso);
const iso = (dates: Date[]) => dates.map(d => d.toISOString());

describe('CronSchedule', () => {
  it('fires in the schedule time zone', () => {
    const seoul = CronSchedule.parse('0 9 * * 1-5', 'Asia/Seoul');
    // Friday 2026-01-02 09:00 KST, then Monday.
    expect(iso(seoul.upcoming(at('2026-01-01T12:00:00Z'), 2))).toEqual([
      '2026-01-02T00:00:00.000Z',
      '2026-01-05T00:00:00.000Z',
    ]);
  });

  it('answers the first fire time strictly after the given time', () => {
    const hourly = CronSchedule.parse('0 * * * *', 'UTC');
    expect(hourly.nextAfter(at('2026-01-01T10:00:00Z')).toISOString()).toBe(
      '2026-01-01T11:00:00.000Z',
    );
    expect(hourly.nextAfter(at('2026-01-01T09:59:59.999Z')).toISOString()).toBe(
      '2026-01-01T10:00:00.000Z',
    );
  });

  describe('across DST changes', () => {
    it('Europe/Berlin: a skipped 02:30 fires at the jump, a repeated one once', () => {
      const berlin = CronSchedule.parse('30 2 * * *', 'Europe/Berlin');
      // 2026-03-29 02:00 CET jumps to 03:00 CEST.
      expect(iso(berlin.upcoming(at('2026-03-28T12:00:00Z'), 3))).toEqual([
        '2026-03-29T01:00:00.000Z', // 03:00 CEST, at the jump
        '2026-03-30T00:30:00.000Z', // 02:30 CEST
        '2026-03-31T00:30:00.000Z',
      ]);
      // 2026-10-25 03:00 CEST falls back to 02:00 CET: 02:30 happens twice.
      expect(iso(berlin.upcoming(at('2026-10-24T12:00:00Z'), 3))).toEqual([
        '2026-10-25T00:30:00.000Z', // the first 02:30 (CEST), only
        '2026-10-26T01:30:00.000Z', // 02:30 CET
        '2026-10-27T01:30:00.000Z',
      ]);
    });

    it('Europe/Berlin: an hourly schedule fires for the skipped hour at the jump', () => {
      const hourly = CronSchedule.parse('15 * * * *', 'Europe/Berlin');
      expect(iso(hourly.upcoming(at('2026-03-29T00:00:00Z'), 4))).toEqual([
        '2026-03-29T00:15:00.000Z', // 01:15 CET
        '2026-03-29T01:00:00.000Z', // 03:00 CEST, for the 02:15 that never was
        '2026-03-29T01:15:00.000Z', // 03:15 CEST
        '2026-03-29T02:15:00.000Z',
      ]);
    });

    it('America/New_York: spring forward and fall back', () => {
      const twoThirty = CronSchedule.parse('30 2 * * *', 'America/New_York');
      // 2026-03-08 02:00 EST jumps to 03:00 EDT.
      expect(iso(twoThirty.upcoming(at('2026-03-07T12:00:00Z'), 2))).toEqual([
        '2026-03-08T07:00:00.000Z', // 03:00 EDT, at the jump
        '2026-03-09T06:30:00.000Z', // 02:30 EDT
      ]);
      const oneThirty = CronSchedule.parse('30 1 * * *', 'America/New_York');
      // 2026-11-01 02:00 EDT falls back to 01:00 EST: 01:30 happens twice.
      expect(iso(oneThirty.upcoming(at('2026-10-31T12:00:00Z'), 2))).toEqual([
        '2026-11-01T05:30:00.000Z', // the first 01:30 (EDT), only
        '2026-11-02T06:30:00.000Z', // 01:30 EST
      ]);
    });
  });

  it('refuses bad expressions and zones with a 400 naming the field', () => {
    expect(() => CronSchedule.parse('61 * * * *', 'UTC')).toThrow(
      /^Invalid request: cron: Field value \(61\) is out of range/,
    );
    expect(() => CronSchedule.parse('0 0 * * *', 'Mars/Olympus')).toThrow(
      /^Invalid request: timezone: /,
    );
    expect(() => CronSchedule.parse('0 0 30 2 *', 'UTC')).toThrow(
      'Invalid request: cron: the expression never fires',
    );
  });

  describe('dueBetween', () => {
    const hourly = CronSchedule.parse('0 * * * *', 'UTC');

    it('lists the due times from a fire time up to now', () => {
      expect(
        hourly.dueBetween(
          at('2026-01-01T00:00:00Z'),
          at('2026-01-01T03:30:00Z'),
          10,
        ),
      ).toEqual({
        times: [0, 1, 2, 3].map(h => at(`2026-01-01T0${h}:00:00Z`)),
        total: 4,
        complete: true,
      });
      expect(
        hourly.dueBetween(
          at('2026-01-01T04:00:00Z'),
          at('2026-01-01T03:30:00Z'),
          10,
        ),
      ).toEqual({ times: [], total: 0, complete: true });
    });

    it('keeps the newest when more are due than wanted', () => {
      const due = hourly.dueBetween(
        at('2026-01-01T00:00:00Z'),
        at('2026-01-01T05:00:00Z'),
        2,
      );
      expect(iso(due.times)).toEqual([
        '2026-01-01T04:00:00.000Z',
        '2026-01-01T05:00:00.000Z',
      ]);
      expect(due.total).toBeGreaterThanOrEqual(2);
    });

    it('walks only a window before now after a long outage', () => {
      const everyMinute = CronSchedule.parse('* * * * *', 'Europe/Berlin');
      const started = Date.now();
      const due = everyMinute.dueBetween(
        at('2025-11-01T00:00:00Z'),
        at('2026-11-01T00:00:30Z'),
        3,
      );
      expect(Date.now() - started).toBeLessThan(1000);
      expect(iso(due.times)).toEqual([
        '2026-10-31T23:58:00.000Z',
        '2026-10-31T23:59:00.000Z',
        '2026-11-01T00:00:00.000Z',
      ]);
      expect(due.complete).toBe(false);
    });
  });
});
