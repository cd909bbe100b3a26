import { planFires } from './planFires';

const at = (hour: number, minute = 0) =>
  new Date(Date.UTC(2026, 0, 1, hour, minute));
const hours = (...h: number[]) => h.map(n => at(n));
const GRACE = 60_000;

describe('planFires', () => {
  it('starts a fire that is on time, whatever the policy', () => {
    for (const policy of ['none', 'latest', 'all'] as const) {
      expect(
        planFires(
          policy,
          { times: hours(5), total: 1, complete: true },
          at(5, 0.5),
          GRACE,
        ),
      ).toEqual([{ fireTime: at(5), start: true }]);
    }
  });

  const outage = { times: hours(3, 4, 5), total: 6, complete: true };

  it('none: skips missed fires, recording the latest', () => {
    expect(planFires('none', outage, at(5, 30), GRACE)).toEqual([
      {
        fireTime: at(5),
        start: false,
        reason:
          'missed: 6 fire times passed while no scheduler ran (catch-up none)',
      },
    ]);
    expect(planFires('none', outage, at(5, 0.5), GRACE)).toEqual([
      {
        fireTime: at(5),
        start: true,
        reason: '5 earlier missed fire times skipped (catch-up none)',
      },
    ]);
  });

  it('latest: fires once for the whole gap', () => {
    expect(planFires('latest', outage, at(5, 30), GRACE)).toEqual([
      {
        fireTime: at(5),
        start: true,
        reason: 'once for 6 due fire times (catch-up latest)',
      },
    ]);
  });

  it('all: fires each missed time it holds, saying what was dropped', () => {
    expect(planFires('all', outage, at(5, 30), GRACE)).toEqual([
      {
        fireTime: at(3),
        start: true,
        reason: '3 older fire times dropped (catch-up limit 3)',
      },
      { fireTime: at(4), start: true },
      { fireTime: at(5), start: true },
    ]);
    expect(
      planFires(
        'all',
        { ...outage, total: 40, complete: false },
        at(5, 30),
        GRACE,
      )[0].reason,
    ).toBe('at least 37 older fire times dropped (catch-up limit 3)');
  });
});
