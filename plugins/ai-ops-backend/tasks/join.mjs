// data.join: inner join of two CSVs on a key; the right side adds the
// columns the left does not have.
import { columnIndex, readCsv, writeCsv } from './lib/csv.mjs';
import { required, runTask } from './lib/task.mjs';

runTask(async ({ config, inputs, outputs }) => {
  const key = config.key ?? 'id';
  const left = await readCsv(required(inputs, 'left'));
  const right = await readCsv(required(inputs, 'right'));
  const leftKey = columnIndex(left.columns, key);
  const rightKey = columnIndex(right.columns, key);
  const extra = right.columns
    .map((name, index) => ({ name, index }))
    .filter(c => !left.columns.includes(c.name));
  const byKey = new Map();
  for (const row of right.rows) {
    const list = byKey.get(row[rightKey]) ?? [];
    list.push(row);
    byKey.set(row[rightKey], list);
  }
  const rows = left.rows.flatMap(row =>
    (byKey.get(row[leftKey]) ?? []).map(match => [
      ...row,
      ...extra.map(c => match[c.index]),
    ]),
  );
  await writeCsv(
    required(outputs, 'data', 'output'),
    [...left.columns, ...extra.map(c => c.name)],
    rows,
  );
  console.log(
    `joined ${left.rows.length} × ${right.rows.length} rows on ${key}: ${rows.length} rows`,
  );
});
