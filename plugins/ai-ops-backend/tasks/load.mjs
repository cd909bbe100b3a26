// data.load: copies a CSV from a URI into the run, checking it parses.
import { parseCsv } from './lib/csv.mjs';
import { readText, writeText } from './lib/io.mjs';
import { required, runTask, TaskFailure } from './lib/task.mjs';

runTask(async ({ config, outputs }) => {
  if (!config.uri) throw new TaskFailure('config.uri is required');
  const text = await readText(config.uri);
  const { columns, rows } = parseCsv(text);
  if (columns.length === 0)
    throw new TaskFailure(`${config.uri} has no header`);
  await writeText(required(outputs, 'data', 'output'), text);
  console.log(
    `loaded ${rows.length} rows × ${columns.length} columns from ${config.uri}`,
  );
});
