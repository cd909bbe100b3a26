import { CatchUpPolicy } from '@internal/plugin-ai-ops-common';

/** What to do at one fire time: start a run, or record why not. */
export type FireDecision = {
  fireTime: Date;
  start: boolean;
  reason?: string;
};

export type DueTimes = { times: Date[]; total: number; complete: boolean };

const count = (due: DueTimes, n: number) =>
  due.complete ? `${n}` : `at least ${n}`;

/**
 * The catch-up policy applied to the due fire times of one tick. A time
 * older than `graceMs` before `now` was missed (no backend ran then):
 * `none` starts only an on-time fire and records the latest missed one as
 * skipped, `latest` starts once for everything due, `all` starts each due
 * time (the newest `limit` of them, which `due` holds).
 */
export function planFires(
  policy: CatchUpPolicy,
  due: DueTimes,
  now: Date,
  graceMs: number,
): FireDecision[] {
  const { times } = due;
  if (times.length === 0) return [];
  const latest = times[times.length - 1];
  const onTime = latest.getTime() >= now.getTime() - graceMs;
  const earlier = due.total - 1;
  if (policy === 'none') {
    if (onTime) {
      return [
        {
          fireTime: latest,
          start: true,
          ...(earlier > 0 && {
            reason: `${count(
              due,
              earlier,
            )} earlier missed fire times skipped (catch-up none)`,
          }),
        },
      ];
    }
    return [
      {
        fireTime: latest,
        start: false,
        reason: `missed: ${count(
          due,
          due.total,
        )} fire times passed while no scheduler ran (catch-up none)`,
      },
    ];
  }
  if (policy === 'latest') {
    return [
      {
        fireTime: latest,
        start: true,
        ...(earlier > 0 && {
          reason: `once for ${count(
            due,
            due.total,
          )} due fire times (catch-up latest)`,
        }),
      },
    ];
  }
  const dropped = due.total - times.length;
  return times.map((fireTime, index) => ({
    fireTime,
    start: true,
    ...(index === 0 &&
      dropped > 0 && {
        reason: `${count(
          due,
          dropped,
        )} older fire times dropped (catch-up limit ${times.length})`,
      }),
  }));
}
