const CRLF = Buffer.from('\r\n');
const HEADERS_END = Buffer.from('\r\n\r\n');
const CLOSE = Buffer.from('--');
const MAX_HEADERS_BYTES = 16 * 1024;

/** The boundary of a `multipart/form-data` Content-Type, as Go's `MultipartReader` wants it. */
export function multipartBoundary(contentType: string | undefined): string {
  const match =
    /^multipart\/form-data\s*;(?:.*;)?\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(
      contentType ?? '',
    );
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) {
    throw new Error("request Content-Type isn't multipart/form-data");
  }
  return boundary;
}

/**
 * Reads a multipart/form-data body as it streams, never holding more than
 * a chunk: `onData` gets each piece of each part's content with the
 * part's form name, and is awaited before more is read. Resolves to the
 * form names in order once the closing boundary is read.
 */
export async function readMultipart(
  body: AsyncIterable<Buffer>,
  boundary: string,
  onData: (field: string, data: Buffer) => void | Promise<void>,
): Promise<string[]> {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const fields: string[] = [];
  // A leading CRLF makes the first delimiter look like the others.
  let buffer: Buffer = CRLF;
  // Cast: the closure below changes it, which narrowing cannot see.
  let state = 'preamble' as
    | 'preamble'
    | 'delimited'
    | 'headers'
    | 'content'
    | 'done';

  /** Consumes what the buffer holds; returns when it needs more. */
  const consume = async () => {
    for (;;) {
      if (state === 'preamble' || state === 'content') {
        const at = buffer.indexOf(delimiter);
        // Bytes that may begin a delimiter wait for the next chunk.
        const end =
          at === -1 ? Math.max(0, buffer.length - delimiter.length + 1) : at;
        if (state === 'content' && end > 0) {
          await onData(fields[fields.length - 1], buffer.subarray(0, end));
        }
        if (at === -1) {
          buffer = buffer.subarray(end);
          return;
        }
        buffer = buffer.subarray(at + delimiter.length);
        state = 'delimited';
      } else if (state === 'delimited') {
        if (buffer.length < 2) return;
        state = buffer.subarray(0, 2).equals(CLOSE) ? 'done' : 'headers';
      } else if (state === 'headers') {
        // The delimiter line's CRLF, the part's headers, an empty line.
        const end = buffer.indexOf(HEADERS_END);
        if (end === -1) {
          if (buffer.length > MAX_HEADERS_BYTES) {
            throw new Error('multipart: part headers too long');
          }
          return;
        }
        const headers = buffer.subarray(0, end).toString('utf8');
        fields.push(
          /content-disposition:[^\r\n]*;\s*name="([^"]*)"/i.exec(
            headers,
          )?.[1] ?? '',
        );
        buffer = buffer.subarray(end + HEADERS_END.length);
        state = 'content';
      } else {
        return;
      }
    }
  };

  for await (const chunk of body) {
    if (state === 'done') continue;
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    await consume();
  }
  if (state !== 'done') {
    throw new Error('multipart: NextPart: EOF before the closing boundary');
  }
  return fields;
}
