// What a task used, measured inside its container and reported at exit: the
// Kubernetes executor reads it back from the pod's termination message.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The report's format; the executor accepts nothing else. */
export const USAGE_FORMAT = 'ai-ops-usage/1';

async function readNumber(path, field) {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const line = field
    ? text
        .split('\n')
        .find(l => l.startsWith(`${field} `))
        ?.split(' ')[1]
    : text.trim();
  const value = Number(line);
  return line && Number.isFinite(value) ? value : undefined;
}

/**
 * The CPU seconds and peak memory of the container's cgroup (the task and
 * everything it started), from the cgroup file system at `root`: v2
 * (`cpu.stat` usage_usec, `memory.peak`) or v1 (`cpuacct.usage` in ns,
 * `memory.max_usage_in_bytes`). A figure the kernel does not offer is left
 * out (`memory.peak` needs Linux 5.19).
 */
export async function readCgroupUsage(root = '/sys/fs/cgroup') {
  const v2 = await readFile(join(root, 'cgroup.controllers')).then(
    () => true,
    () => false,
  );
  if (v2) {
    const usec = await readNumber(join(root, 'cpu.stat'), 'usage_usec');
    const peak = await readNumber(join(root, 'memory.peak'));
    return {
      cpuSeconds: usec === undefined ? undefined : usec / 1e6,
      peakMemoryBytes: peak,
    };
  }
  let nanos;
  for (const dir of ['cpuacct', 'cpu,cpuacct', 'cpuacct,cpu']) {
    nanos ??= await readNumber(join(root, dir, 'cpuacct.usage'));
  }
  return {
    cpuSeconds: nanos === undefined ? undefined : nanos / 1e9,
    peakMemoryBytes: await readNumber(
      join(root, 'memory', 'memory.max_usage_in_bytes'),
    ),
  };
}

/**
 * The cgroup's figures, each replaced by this process's own
 * (`process.resourceUsage()`) when the cgroup does not offer it.
 */
export async function measureUsage(root) {
  const cgroup = await readCgroupUsage(root);
  const own = process.resourceUsage();
  return {
    format: USAGE_FORMAT,
    cpuSeconds:
      cgroup.cpuSeconds ?? (own.userCPUTime + own.systemCPUTime) / 1e6,
    peakMemoryBytes: cgroup.peakMemoryBytes ?? own.maxRSS * 1024,
  };
}

/**
 * Writes the usage as JSON to `path` (the container's termination message
 * file); a failure to measure or write only costs the measurement.
 */
export async function reportUsage(path) {
  try {
    await writeFile(path, JSON.stringify(await measureUsage()));
  } catch (error) {
    console.error(`warning: could not report usage: ${error.message}`);
  }
}
