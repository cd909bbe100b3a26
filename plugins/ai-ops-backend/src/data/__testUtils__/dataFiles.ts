import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A fresh directory for a test's data files. */
export async function dataDirectory(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'ai-ops-data-'));
}

/** Writes `files` (relative path → content) under `root`. */
export async function writeFiles(
  root: string,
  files: Record<string, string>,
): Promise<void> {
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
  }
}

/** CSV text of a header and rows. */
export function csv(header: string[], rows: unknown[][]): string {
  return `${[header, ...rows].map(row => row.join(',')).join('\n')}\n`;
}

/** `n` rows of `make(i)`. */
export function rowsOf<T>(n: number, make: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => make(i));
}
