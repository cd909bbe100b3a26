// RFC 4180 CSV: quoted fields, escaped quotes, CRLF or LF line ends.
import { readText, writeText } from './io.mjs';

export function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  const [columns = [], ...rows] = records.filter(
    r => !(r.length === 1 && r[0] === ''),
  );
  return { columns, rows };
}

const quote = value => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function formatCsv(columns, rows) {
  return `${[columns, ...rows].map(r => r.map(quote).join(',')).join('\n')}\n`;
}

export async function readCsv(uri) {
  return parseCsv(await readText(uri));
}

export async function writeCsv(uri, columns, rows) {
  await writeText(uri, formatCsv(columns, rows));
}

/** The index of a column, or an error naming the ones there are. */
export function columnIndex(columns, name) {
  const index = columns.indexOf(name);
  if (index < 0) {
    throw new Error(`No column "${name}" (columns: ${columns.join(', ')})`);
  }
  return index;
}

/** Whether a cell is a number (empty cells are missing, not numbers). */
export const isNumeric = value =>
  value !== '' && value !== undefined && Number.isFinite(Number(value));
