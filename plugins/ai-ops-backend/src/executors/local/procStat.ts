import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';

/** Clock ticks per second of `/proc/<pid>/stat` times. */
export const CLOCK_TICKS = (() => {
  try {
    return (
      Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100
    );
  } catch {
    return 100;
  }
})();

export type ProcStat = {
  pid: number;
  /** utime + stime of the process itself. */
  ownTicks: number;
  /** cutime + cstime: its children it has waited for. */
  childTicks: number;
};

/** Parses `/proc/<pid>/stat`; the command name may hold spaces and ')'. */
export function parseProcStat(text: string): ProcStat | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const pid = Number(text.slice(0, text.indexOf(' ')));
  // Fields after the name, from field 3 (state) on.
  const fields = text.slice(close + 2).split(' ');
  const at = (field: number) => Number(fields[field - 3]);
  return {
    pid,
    ownTicks: at(14) + at(15),
    childTicks: at(16) + at(17),
  };
}

export async function readProcStat(
  pid: number | 'self',
): Promise<ProcStat | undefined> {
  try {
    return parseProcStat(await fs.readFile(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/** VmHWM (peak resident set) of a process in bytes, 0 when gone. */
export async function readPeakMemory(pid: number): Promise<number> {
  try {
    const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * A process and its descendants, found through the kernel's `children`
 * lists (no scan of all of /proc); gone processes are left out.
 */
export async function processTree(pid: number): Promise<ProcStat[]> {
  const found: ProcStat[] = [];
  const queue = [pid];
  while (queue.length) {
    const next = queue.shift()!;
    const stat = await readProcStat(next);
    if (!stat) continue;
    found.push(stat);
    const threads = await fs.readdir(`/proc/${next}/task`).catch(() => []);
    for (const thread of threads) {
      const children = await fs
        .readFile(`/proc/${next}/task/${thread}/children`, 'utf8')
        .catch(() => '');
      queue.push(...children.split(' ').filter(Boolean).map(Number));
    }
  }
  return found;
}
