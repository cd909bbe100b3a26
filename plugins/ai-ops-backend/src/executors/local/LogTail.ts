import fs from 'node:fs/promises';

/** Bytes of `buffer` up to the last whole UTF-8 character in `length`. */
export function completeUtf8Length(buffer: Buffer, length: number): number {
  let start = length - 1;
  while (start > 0 && length - start < 4 && (buffer[start] & 0xc0) === 0x80) {
    start--;
  }
  const lead = buffer[start];
  if (start < 0 || lead < 0xc0) return length;
  let width = 2;
  if (lead >= 0xe0) width = 3;
  if (lead >= 0xf0) width = 4;
  return start + width > length ? start : length;
}

/**
 * Follows a file a process writes stdout and stderr into (one descriptor
 * for both, so their lines stay in the order they were written) and hands
 * each new chunk on.
 */
export class LogTail {
  private offset = 0;
  private reading?: Promise<void>;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly file: string,
    private readonly onChunk: (chunk: string) => void,
    intervalMs = 250,
  ) {
    this.timer = setInterval(() => this.read(), intervalMs);
    this.timer.unref();
  }

  /** Reads what is left and stops. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.read();
  }

  private read(): Promise<void> {
    this.reading = (this.reading ?? Promise.resolve()).then(() =>
      this.readMore(),
    );
    return this.reading;
  }

  private async readMore() {
    const handle = await fs.open(this.file, 'r').catch(() => undefined);
    if (!handle) return;
    try {
      const { size } = await handle.stat();
      if (size <= this.offset) return;
      const buffer = Buffer.alloc(size - this.offset);
      const { bytesRead } = await handle.read(
        buffer,
        0,
        buffer.length,
        this.offset,
      );
      const end = completeUtf8Length(buffer, bytesRead);
      const text = buffer.subarray(0, end).toString('utf8');
      this.offset += end;
      if (text) this.onChunk(text);
    } finally {
      await handle.close();
    }
  }
}
