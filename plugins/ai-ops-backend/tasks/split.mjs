// data.split: a training and a test set, shuffled with a seed or in order.
import { readCsv, writeCsv } from './lib/csv.mjs';
import { seededRandom } from './lib/random.mjs';
import { required, runTask, TaskFailure } from './lib/task.mjs';

runTask(async ({ config, inputs, outputs }) => {
  const { testRatio = 0.2, shuffle = true, seed = 42 } = config;
  const { columns, rows } = await readCsv(required(inputs, 'data'));
  if (rows.length < 2)
    throw new TaskFailure(`Cannot split ${rows.length} row(s)`);
  const ordered = shuffle ? seededRandom(seed).shuffle([...rows]) : rows;
  const testCount = Math.min(
    rows.length - 1,
    Math.max(1, Math.round(rows.length * testRatio)),
  );
  const train = ordered.slice(0, rows.length - testCount);
  const test = ordered.slice(rows.length - testCount);
  await writeCsv(required(outputs, 'train', 'output'), columns, train);
  await writeCsv(required(outputs, 'test', 'output'), columns, test);
  console.log(`train ${train.length} rows, test ${test.length} rows`);
});
