import { ColumnSchema, DatasetFormat } from '@internal/plugin-ai-ops-common';
import { DataLocation } from '../locations/DataLocation';
import { dataFiles } from '../reading/dataFiles';
import { fileRecords } from '../reading/fileRecords';
import { SchemaBuilder } from '../reading/SchemaBuilder';
import { ColumnProfiler, ExpectedRange } from './ColumnProfiler';
import { DuplicateCounter } from './DuplicateCounter';

/** A version measured for validation, column by column. */
export type DatasetProfile = {
  rowCount: number;
  schema: ColumnSchema[];
  columns: Map<string, ColumnProfiler>;
  duplicates: DuplicateCounter;
};

/** Streams every record of a version once through the profilers. */
export async function profileVersion(
  location: DataLocation,
  format: DatasetFormat,
  ranges: Record<string, ExpectedRange> = {},
): Promise<DatasetProfile> {
  const schema = new SchemaBuilder(format === 'csv');
  const duplicates = new DuplicateCounter();
  const columns = new Map<string, ColumnProfiler>();
  for (const file of await dataFiles(location, format)) {
    for await (const record of fileRecords(location, file, format)) {
      schema.observe(record);
      duplicates.observe(record);
      for (const [name, value] of Object.entries(record)) {
        let column = columns.get(name);
        if (!column) {
          column = new ColumnProfiler(name, ranges[name]);
          columns.set(name, column);
        }
        column.observe(value);
      }
    }
  }
  return {
    rowCount: schema.rowCount,
    schema: schema.schema(),
    columns,
    duplicates,
  };
}
