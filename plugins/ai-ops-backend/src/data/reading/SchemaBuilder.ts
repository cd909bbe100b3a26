import { ColumnSchema, ColumnType } from '@internal/plugin-ai-ops-common';
import { DataRecord } from './readRecords';
import { isMissing, mergeTypes, typeOfValue } from './valueTypes';

type ColumnState = { type: ColumnType; present: number };

/**
 * Infers a schema from every record it is shown: columns in the order they
 * first appear, each with the type all its values fit and whether any
 * record lacks a value.
 */
export class SchemaBuilder {
  private readonly columns = new Map<string, ColumnState>();
  private rows = 0;

  constructor(private readonly fromText: boolean) {}

  observe(record: DataRecord) {
    this.rows += 1;
    for (const [name, value] of Object.entries(record)) {
      const column = this.columns.get(name) ?? { type: 'null', present: 0 };
      if (!isMissing(value)) {
        column.type = mergeTypes(column.type, typeOfValue(value, this.fromText));
        column.present += 1;
      }
      this.columns.set(name, column);
    }
  }

  /** The type of one column so far. */
  typeOf(name: string): ColumnType {
    return this.columns.get(name)?.type ?? 'null';
  }

  get rowCount(): number {
    return this.rows;
  }

  schema(): ColumnSchema[] {
    return [...this.columns].map(([name, column]) => ({
      name,
      type: column.type,
      nullable: column.present < this.rows,
    }));
  }
}
