import { assertError, InputError } from '@backstage/errors';
import {
  createUserSchema,
  describeIssues,
  groupRefSchema,
} from '@internal/plugin-authz-common';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { UserImportOutcome, UserImportRow } from '../../database';

export const userCsvColumns = [
  'name',
  'displayName',
  'email',
  'department',
  'groups',
  'status',
] as const;

/** An empty cell means "not given". */
const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess(value => (value === '' ? undefined : value), schema.optional());

/** A department or group as a bare name or a full ref. */
const groupRef = z
  .string()
  .transform(value => (value.includes(':') ? value : `group:default/${value}`))
  .pipe(groupRefSchema);

const csvRowSchema = z.strictObject({
  name: createUserSchema.shape.name,
  displayName: optional(z.string().max(200)),
  email: optional(z.email()),
  department: optional(groupRef),
  groups: optional(
    z
      .string()
      .transform(value =>
        value
          .split(';')
          .map(part => part.trim())
          .filter(Boolean),
      )
      .pipe(z.array(groupRef)),
  ),
  status: optional(z.enum(['active', 'disabled'])),
});

/**
 * Reads a user CSV (header `name,displayName,email,department,groups,status`,
 * only `name` required, groups separated by `;`). Rows are numbered as in a
 * spreadsheet: the header is row 1. Rows with bad values and repeats of an
 * earlier name are reported, not returned for import.
 */
export function parseUserCsv(text: unknown): {
  rows: UserImportRow[];
  rejected: UserImportOutcome[];
} {
  if (typeof text !== 'string') {
    throw new InputError('body: expected CSV text with Content-Type text/csv');
  }
  const [header, ...records] = readRecords(text);
  if (!header) throw new InputError('csv: the header row is missing');
  const unknown = header.cells.find(
    cell => !(userCsvColumns as readonly string[]).includes(cell),
  );
  if (unknown !== undefined || !header.cells.includes('name')) {
    const detail = unknown === undefined ? '' : `; unknown column "${unknown}"`;
    throw new InputError(
      `csv: the header must name the columns ${userCsvColumns.join(
        ',',
      )} (name is required)${detail}`,
    );
  }

  const rows: UserImportRow[] = [];
  const rejected: UserImportOutcome[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { line, cells } of records) {
    const values = Object.fromEntries(
      header.cells.map((column, i) => [column, cells[i]]),
    );
    const name = values.name ?? '';
    if (cells.length !== header.cells.length) {
      rejected.push({
        row: line,
        name,
        status: 'invalid',
        message: `expected ${header.cells.length} fields, found ${cells.length}`,
      });
      continue;
    }
    const parsed = csvRowSchema.safeParse(values);
    if (!parsed.success) {
      const message = describeIssues(parsed.error)
        .map(p => `${p.path}: ${p.message}`)
        .join('; ');
      rejected.push({ row: line, name, status: 'invalid', message });
      continue;
    }
    const earlier = firstRowOf.get(parsed.data.name);
    if (earlier !== undefined) {
      rejected.push({
        row: line,
        name,
        status: 'skipped',
        message: `duplicate of row ${earlier}`,
      });
      continue;
    }
    firstRowOf.set(parsed.data.name, line);
    const { department, groups, ...user } = parsed.data;
    rows.push({
      row: line,
      ...user,
      departmentRef: department,
      groupRefs: groups,
    });
  }
  return { rows, rejected };
}

function readRecords(text: string): Array<{ line: number; cells: string[] }> {
  try {
    // With `info`, csv-parse returns each record with where it ended; its
    // typings do not model that option.
    const records = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return records.map(({ record, info }) => ({
      line: info.lines,
      cells: record,
    }));
  } catch (error) {
    assertError(error);
    throw new InputError(`csv: ${error.message}`);
  }
}
