// model.export: a deployable JSON bundle of the model, its metrics and
// the model's SHA-256.
import { createHash } from 'node:crypto';
import { readJson, readText, writeJson } from './lib/io.mjs';
import { required, runTask } from './lib/task.mjs';

runTask(async ({ config, inputs, outputs }) => {
  const modelText = await readText(required(inputs, 'model'));
  const bundle = {
    format: 'ai-ops-model-bundle/1',
    name: config.name ?? 'model',
    createdAt: new Date().toISOString(),
    sha256: createHash('sha256').update(modelText).digest('hex'),
    model: JSON.parse(modelText),
    ...(inputs.metrics ? { metrics: await readJson(inputs.metrics) } : {}),
  };
  await writeJson(required(outputs, 'bundle', 'output'), bundle);
  console.log(`exported ${bundle.name} (sha256 ${bundle.sha256})`);
});
