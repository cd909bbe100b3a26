// data.load: copies a CSV from a URI, or the dataset version the backend
// resolved (the hidden input "dataset"), into the run, checking it parses.
import { parseCsv } from './lib/csv.mjs';
import { readText, writeText } from './lib/io.mjs';
import { required, runTask, TaskFailure } from './lib/task.mjs';

runTask(async ({ config, inputs, outputs }) => {
  if (config.dataset && !inputs.dataset) {
    throw new TaskFailure(`Dataset version ${config.dataset} is gone`);
  }
  const source = inputs.dataset ?? config.uri;
  if (!source)
    throw new TaskFailure('config.uri or config.dataset is required');
  const from = config.dataset ?? config.uri;
  const text = await readText(source);
  const { columns, rows } = parseCsv(text);
  if (columns.length === 0) throw new TaskFailure(`${from} has no header`);
  await writeText(required(outputs, 'data', 'output'), text);
  console.log(
    `loaded ${rows.length} rows × ${columns.length} columns from ${from}`,
  );
});
