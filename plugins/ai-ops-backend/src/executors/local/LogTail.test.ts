import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { completeUtf8Length, LogTail } from './LogTail';

describe('LogTail', () => {
  it('never splits a UTF-8 character between chunks', () => {
    const text = Buffer.from('a€😀');
    expect(completeUtf8Length(text, text.length)).toBe(text.length);
    // '€' is 3 bytes after 'a'; cut inside it, only 'a' is whole.
    expect(completeUtf8Length(text, 2)).toBe(1);
    expect(completeUtf8Length(text, 3)).toBe(1);
    expect(completeUtf8Length(text, 4)).toBe(4);
    expect(completeUtf8Length(text, 6)).toBe(4);
  });

  it('hands on what is appended, in order, and the rest on close', async () => {
    const file = path.join(
      await fs.mkdtemp(path.join(os.tmpdir(), 'tail-')),
      'log',
    );
    const chunks: string[] = [];
    const tail = new LogTail(file, chunk => chunks.push(chunk), 20);
    await fs.appendFile(file, 'one\n');
    await new Promise(r => setTimeout(r, 100));
    await fs.appendFile(file, Buffer.from('tw€'));
    await tail.close();
    expect(chunks.join('')).toBe('one\ntw€');
    expect(chunks[0]).toBe('one\n');
  });
});
