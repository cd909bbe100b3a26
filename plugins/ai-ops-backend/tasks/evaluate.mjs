// model.evaluate: scores a model on a dataset; when a metric is outside
// its thresholds it writes the metrics and exits 66 (a gate failure).
import { readCsv } from './lib/csv.mjs';
import { readJson, writeJson } from './lib/io.mjs';
import { metricsOf, predict, tableXy } from './lib/model.mjs';
import { EXIT_GATE, required, runTask, TaskFailure } from './lib/task.mjs';

runTask(async ({ config, inputs, outputs }) => {
  const model = await readJson(required(inputs, 'model'));
  if (model.format !== 'ai-ops-linear/1')
    throw new TaskFailure(`Unknown model format ${model.format}`);
  const table = await readCsv(required(inputs, 'data'));
  const { X, y } = tableXy(table, model.features, model.target, model.classes);
  const metrics = {
    split: 'evaluation',
    ...metricsOf(
      model.task,
      y,
      X.map(x => predict(model, x)),
    ),
  };
  const failures = [];
  for (const [name, { min, max }] of Object.entries(config.thresholds ?? {})) {
    const value = metrics[name];
    if (typeof value !== 'number') {
      throw new TaskFailure(
        `No metric "${name}" for ${model.task} (${Object.keys(metrics).join(
          ', ',
        )})`,
      );
    }
    if (min !== undefined && value < min)
      failures.push(`${name} ${value} < ${min}`);
    if (max !== undefined && value > max)
      failures.push(`${name} ${value} > ${max}`);
  }
  metrics.gate = { passed: failures.length === 0, failures };
  await writeJson(required(outputs, 'metrics', 'output'), metrics);
  console.log(`metrics: ${JSON.stringify(metrics)}`);
  if (failures.length)
    throw new TaskFailure(`Gate failed: ${failures.join('; ')}`, EXIT_GATE);
});
