// timeseries.window: rows of the last `lags` values (lag_1 is the latest)
// and the value `horizon` steps ahead as `target`.
import { columnIndex, isNumeric, readCsv, writeCsv } from './lib/csv.mjs';
import { required, runTask, TaskFailure } from './lib/task.mjs';

runTask(async ({ config, inputs, outputs }) => {
  const { valueColumn = 'value', lags = 6, horizon = 1 } = config;
  const table = await readCsv(required(inputs, 'data'));
  const valueIndex = columnIndex(table.columns, valueColumn);
  const timeIndex = table.columns.indexOf('timestamp');
  const values = table.rows.map((row, i) => {
    if (!isNumeric(row[valueIndex])) {
      throw new TaskFailure(
        `Row ${i + 1}: ${valueColumn} is "${row[valueIndex]}"`,
      );
    }
    return Number(row[valueIndex]);
  });
  const lagColumns = Array.from({ length: lags }, (_, k) => `lag_${k + 1}`);
  const rows = [];
  for (let t = lags; t + horizon - 1 < values.length; t++) {
    const target = t + horizon - 1;
    rows.push([
      ...(timeIndex >= 0 ? [table.rows[target][timeIndex]] : []),
      ...lagColumns.map((_, k) => values[t - 1 - k]),
      values[target],
    ]);
  }
  if (rows.length === 0)
    throw new TaskFailure(
      `${values.length} values are too few for ${lags} lags`,
    );
  const columns = [
    ...(timeIndex >= 0 ? ['timestamp'] : []),
    ...lagColumns,
    'target',
  ];
  await writeCsv(required(outputs, 'data', 'output'), columns, rows);
  console.log(`${rows.length} windows of ${lags} lags, horizon ${horizon}`);
});
