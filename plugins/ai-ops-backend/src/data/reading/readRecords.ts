import { InputError } from '@backstage/errors';
import { DatasetFormat } from '@internal/plugin-ai-ops-common';
import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';

export type DataRecord = Record<string, unknown>;

/** File extensions a prefix version reads for each format. */
export const FORMAT_EXTENSIONS: Record<DatasetFormat, string[]> = {
  csv: ['.csv'],
  jsonl: ['.jsonl', '.ndjson'],
};

async function* csvRecords(input: Readable): AsyncGenerator<DataRecord> {
  const parser = parse({ columns: true, bom: true, skip_empty_lines: true });
  input.on('error', error => parser.destroy(error));
  yield* input.pipe(parser) as AsyncIterable<DataRecord>;
}

async function* jsonlRecords(input: Readable): AsyncGenerator<DataRecord> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  input.on('error', error => lines.emit('error', error));
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(`line ${number}: not valid JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InputError(`line ${number}: expected a JSON object`);
    }
    yield value as DataRecord;
  }
}

/**
 * The records of a CSV (first line: the header) or JSON Lines stream, one
 * at a time: files are never held in memory. A malformed record is a 400
 * naming `where` and the line.
 */
export async function* readRecords(
  input: Readable,
  format: DatasetFormat,
  where: string,
): AsyncGenerator<DataRecord> {
  try {
    yield* format === 'csv' ? csvRecords(input) : jsonlRecords(input);
  } catch (error) {
    if (error instanceof InputError) {
      throw new InputError(`${where}: ${error.message}`);
    }
    const { code, message } = error as { code?: string; message: string };
    if (code?.startsWith('CSV_')) {
      throw new InputError(`${where}: ${message}`);
    }
    throw error;
  } finally {
    input.destroy();
  }
}
