// data.publish: writes its input as the file the backend registers as the
// next version of config.dataset once this task has succeeded.
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { required, runTask, TaskFailure } from './lib/task.mjs';

const pathOf = uri => (uri.startsWith('file:') ? fileURLToPath(uri) : uri);

runTask(async ({ config, inputs, outputs }) => {
  if (!config.dataset) throw new TaskFailure('config.dataset is required');
  const from = pathOf(required(inputs, 'data'));
  const to = pathOf(required(outputs, 'data', 'output'));
  const { size } = await stat(from);
  if (size === 0)
    throw new TaskFailure('The input is empty: nothing to publish');
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, to);
  console.log(
    `wrote ${size} bytes as the next version of dataset ${config.dataset}${
      config.description ? `: ${config.description}` : ''
    }`,
  );
});
