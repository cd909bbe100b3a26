import { multipartBoundary, readMultipart } from './readMultipart';

/** The body split into `size`-byte chunks, as a socket may deliver it. */
async function* chunks(body: Buffer, size: number) {
  for (let at = 0; at < body.length; at += size) {
    yield body.subarray(at, at + size);
  }
}

const boundary = 'xYz-42';
const body = Buffer.from(
  [
    'preamble to ignore',
    `--${boundary}`,
    'Content-Disposition: form-data; name="note"',
    '',
    'hello',
    `--${boundary}`,
    'Content-Disposition: form-data; name="chunk"; filename="a.img"',
    'Content-Type: application/octet-stream',
    '',
    `data with\r\n--${boundary.slice(0, 3)} a near-boundary inside`,
    `--${boundary}--`,
    '',
  ].join('\r\n'),
);

describe('readMultipart', () => {
  it.each([1, 3, 7, 64, 4096])(
    'gives each part its content, whatever the chunk size (%i)',
    async size => {
      const parts: Record<string, string> = {};
      const fields = await readMultipart(
        chunks(body, size),
        boundary,
        (f, d) => {
          parts[f] = (parts[f] ?? '') + d.toString();
        },
      );
      expect(fields).toEqual(['note', 'chunk']);
      expect(parts).toEqual({
        note: 'hello',
        chunk: `data with\r\n--${boundary.slice(0, 3)} a near-boundary inside`,
      });
    },
  );

  it('fails on a body without its closing boundary and on a non-multipart type', async () => {
    const cut = body.subarray(0, body.length - 12);
    await expect(
      readMultipart(chunks(cut, 16), boundary, () => undefined),
    ).rejects.toThrow('EOF before the closing boundary');
    expect(multipartBoundary('multipart/form-data; boundary="q r"')).toBe(
      'q r',
    );
    expect(() => multipartBoundary('application/octet-stream')).toThrow(
      "isn't multipart/form-data",
    );
  });
});
