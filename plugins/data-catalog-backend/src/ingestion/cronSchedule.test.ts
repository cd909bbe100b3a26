import { nextCronTime, nextSyncTime, parseCron } from './cronSchedule';

const at = (iso: string) => new Date(iso);
const next = (cron: string, after: string) =>
  nextCronTime(parseCron(cron), at(after)).toISOString();

describe('cronSchedule', () => {
  it('finds the next minute strictly after the given time', () => {
    expect(next('* * * * *', '2026-03-01T10:15:30Z')).toBe(
      '2026-03-01T10:16:00.000Z',
    );
    expect(next('*/15 * * * *', '2026-03-01T10:15:00Z')).toBe(
      '2026-03-01T10:30:00.000Z',
    );
    expect(next('0 2 * * *', '2026-03-01T02:00:00Z')).toBe(
      '2026-03-02T02:00:00.000Z',
    );
  });

  it('handles ranges, lists, steps and names', () => {
    expect(next('30 8-18/5 * * MON-FRI', '2026-03-06T18:31:00Z')).toBe(
      '2026-03-09T08:30:00.000Z', // Friday evening → Monday 08:30
    );
    expect(next('0 0 1 JAN,JUL *', '2026-03-01T00:00:00Z')).toBe(
      '2026-07-01T00:00:00.000Z',
    );
    expect(next('0 12 * * 7', '2026-03-02T00:00:00Z')).toBe(
      '2026-03-08T12:00:00.000Z',
    );
    expect(next('5/20 * * * *', '2026-03-01T10:26:00Z')).toBe(
      '2026-03-01T10:45:00.000Z',
    );
  });

  it('matches either day field when both are restricted', () => {
    // The 15th (a Sunday) or any Monday, whichever comes first.
    expect(next('0 0 15 * 1', '2026-03-10T00:00:00Z')).toBe(
      '2026-03-15T00:00:00.000Z',
    );
    expect(next('0 0 15 * 1', '2026-03-15T00:00:00Z')).toBe(
      '2026-03-16T00:00:00.000Z',
    );
  });

  it('crosses month and year ends, leap days included', () => {
    expect(next('0 0 29 2 *', '2026-03-01T00:00:00Z')).toBe(
      '2028-02-29T00:00:00.000Z',
    );
    expect(next('59 23 31 12 *', '2026-12-31T23:59:00Z')).toBe(
      '2027-12-31T23:59:00.000Z',
    );
  });

  it.each([
    ['* * * *', 'expected 5 fields, got 4'],
    ['61 * * * *', 'minute: 61 is outside 0-59'],
    ['* 24 * * *', 'hour: 24 is outside 0-23'],
    ['* * 0 * *', 'day of month: 0 is outside 1-31'],
    ['* * * FOO *', "month: 'FOO' is not a number"],
    ['*/0 * * * *', "minute: step '0' must be a positive integer"],
    ['5-1 * * * *', "minute: range '5-1' is backwards"],
    ['0 0 31 2 *', 'the schedule never fires'],
  ])('rejects %s', (cron, message) => {
    expect(() => parseCron(cron)).toThrow(message);
  });

  it('gives no next time without a schedule', () => {
    expect(nextSyncTime(undefined, new Date())).toBeUndefined();
    expect(
      nextSyncTime('0 * * * *', at('2026-01-01T00:10:00Z'))?.toISOString(),
    ).toBe('2026-01-01T01:00:00.000Z');
  });
});
