import { TaskUsage } from '@internal/plugin-ai-ops-common';
import {
  CLOCK_TICKS,
  processTree,
  readPeakMemory,
  readProcStat,
} from './procStat';

type Meter = {
  cpuTicks: number;
  peakMemoryBytes: number;
  startedAt: bigint;
};

type Exit = { group: number; resolve: (usage: TaskUsage) => void };

/**
 * Measures the CPU time and peak memory of each task's process tree (every
 * task is the leader of a process group of its own).
 *
 * While a task runs, `/proc` is sampled: CPU is the sum of utime+stime of
 * the task's processes plus what they reaped of their children, memory the
 * sum of their VmHWM. A process's own final figures vanish when it is reaped, so
 * at exit the backend's own "children's CPU" (`/proc/self/stat` cutime +
 * cstime) is read: libuv reaps a batch of children before their exit
 * callbacks run, so the growth since the last exit batch belongs to this
 * batch; with one exit in it the figure is exact, with several it is shared
 * in proportion to the sampled figures.
 */
export class ProcessGroupMeter {
  private readonly meters = new Map<number, Meter>();
  private pendingExits: Exit[] = [];
  private lastChildTicks = 0;
  private baseline: Promise<void> = Promise.resolve();
  private timer?: NodeJS.Timeout;

  constructor(private readonly sampleMs = 500) {}

  /** Call right after spawning, before anything is awaited. */
  start(group: number): void {
    if (this.meters.size === 0 && this.pendingExits.length === 0) {
      // Children the backend reaped while no task ran are none of ours.
      this.baseline = readProcStat('self').then(stat => {
        this.lastChildTicks = stat?.childTicks ?? this.lastChildTicks;
      });
    }
    this.meters.set(group, {
      cpuTicks: 0,
      peakMemoryBytes: 0,
      startedAt: process.hrtime.bigint(),
    });
    // An early sample catches the memory of short-lived tasks.
    setTimeout(() => this.sample([group]), 25).unref();
    this.timer ??= setInterval(
      () => this.sample([...this.meters.keys()]),
      this.sampleMs,
    ).unref();
  }

  /**
   * Call in the child's exit handler itself (not after an await): its
   * usage, once measured.
   */
  exited(group: number): Promise<TaskUsage> {
    return new Promise(resolve => {
      if (this.pendingExits.length === 0) {
        setImmediate(() => this.settleExits());
      }
      this.pendingExits.push({ group, resolve });
    });
  }

  private async settleExits() {
    const exits = this.pendingExits;
    this.pendingExits = [];
    await this.baseline;
    const childTicks = (await readProcStat('self'))?.childTicks ?? 0;
    const reaped = Math.max(0, childTicks - this.lastChildTicks);
    this.lastChildTicks = childTicks;
    const sampled = exits.map(e => this.meters.get(e.group)?.cpuTicks ?? 0);
    const sampledTotal = sampled.reduce((a, b) => a + b, 0);
    exits.forEach((exit, index) => {
      const meter = this.meters.get(exit.group)!;
      this.meters.delete(exit.group);
      const share =
        exits.length === 1
          ? reaped
          : reaped * (sampledTotal ? sampled[index] / sampledTotal : 0);
      const wallNs = process.hrtime.bigint() - meter.startedAt;
      exit.resolve({
        cpuSeconds: Math.max(share, sampled[index]) / CLOCK_TICKS,
        peakMemoryBytes: meter.peakMemoryBytes,
        gpuHours: 0,
        wallSeconds: Number(wallNs) / 1e9,
      });
    });
    if (this.meters.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private async sample(groups: number[]) {
    for (const group of groups) {
      if (!this.meters.has(group)) continue;
      const processes = await processTree(group);
      const memory = await Promise.all(
        processes.map(p => readPeakMemory(p.pid)),
      );
      const meter = this.meters.get(group);
      if (!meter) continue;
      const ticks = processes.reduce(
        (sum, p) => sum + p.ownTicks + p.childTicks,
        0,
      );
      const bytes = memory.reduce((sum, b) => sum + b, 0);
      meter.cpuTicks = Math.max(meter.cpuTicks, ticks);
      meter.peakMemoryBytes = Math.max(meter.peakMemoryBytes, bytes);
    }
  }
}
