import { AuditEntry } from '@internal/plugin-authz-common';
import { Response } from 'express';
import { AuditFilter, AuditStore } from '../../audit';

/** The most entries one export carries. */
export const maxExportEntries = 100_000;

const csvColumns = [
  'id',
  'kind',
  'time',
  'principal',
  'permission',
  'resourceType',
  'resourceRef',
  'result',
  'summary',
  'reasons',
  'revision',
  'latencyMs',
  'engine',
  'pluginId',
  'before',
  'after',
] as const;

type CsvColumn = (typeof csvColumns)[number];

/** Changes fill the decision columns: actor → principal, action → permission. */
function csvValues(entry: AuditEntry): Partial<Record<CsvColumn, unknown>> {
  const json = (value: unknown) =>
    value === undefined ? undefined : JSON.stringify(value);
  if (entry.kind === 'decision') {
    return { ...entry, reasons: json(entry.reasons) };
  }
  return {
    id: entry.id,
    kind: entry.kind,
    time: entry.time,
    principal: entry.actor,
    permission: entry.action,
    resourceType: entry.targetKind,
    resourceRef: entry.targetRef,
    result: entry.result,
    pluginId: entry.pluginId,
    before: json(entry.before),
    after: json(entry.after),
  };
}

/**
 * RFC 4180 quoting; a text cell that a spreadsheet would run as a formula
 * gets a leading apostrophe (OWASP CSV injection).
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(values: unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** How each download format frames its entries. */
const exportFormats = {
  csv: {
    contentType: 'text/csv; charset=utf-8',
    head: csvLine([...csvColumns]),
    entry: (entry: AuditEntry) => {
      const values = csvValues(entry);
      return csvLine(csvColumns.map(column => values[column]));
    },
    separator: '',
    tail: '',
  },
  json: {
    contentType: 'application/json; charset=utf-8',
    head: '[\n',
    entry: (entry: AuditEntry) => JSON.stringify(entry),
    separator: ',\n',
    tail: '\n]\n',
  },
};

/** Writes, waiting while the client is slow; false once it has gone. */
async function write(res: Response, text: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (!res.write(text)) {
    await new Promise<void>(resolve => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.on('drain', done);
      res.on('close', done);
    });
  }
  return !res.destroyed;
}

/**
 * Streams the matching entries, newest first, as a CSV or JSON download,
 * reading them in chunks so that a large export is never all in memory.
 */
export async function sendAuditExport(
  res: Response,
  store: AuditStore,
  filter: AuditFilter,
  format: 'csv' | 'json',
): Promise<void> {
  const { contentType, head, entry, separator, tail } = exportFormats[format];
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  res.status(200);
  res.setHeader('Content-Type', contentType);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="authz-audit-${stamp}.${format}"`,
  );
  if (!(await write(res, head))) return;
  let written = 0;
  for await (const chunk of store.iterate(filter, maxExportEntries)) {
    const text = chunk.map(entry).join(separator);
    if (!(await write(res, (written ? separator : '') + text))) return;
    written += chunk.length;
  }
  res.end(tail);
}
