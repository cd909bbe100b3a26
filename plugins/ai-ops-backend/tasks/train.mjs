// model.train: linear (regression) or logistic (binary classification)
// regression by gradient descent; writes the model and training metrics.
import { readCsv } from './lib/csv.mjs';
import { writeJson } from './lib/io.mjs';
import {
  fitModel,
  metricsOf,
  numericColumns,
  predict,
  tableXy,
} from './lib/model.mjs';
import { required, runTask, TaskFailure } from './lib/task.mjs';

runTask(async ({ config, inputs, outputs }) => {
  const {
    task = 'regression',
    target = 'target',
    epochs = 300,
    learningRate = 0.1,
    l2 = 0,
  } = config;
  const table = await readCsv(required(inputs, 'train'));
  const features = config.features?.length
    ? config.features
    : numericColumns(table.columns, table.rows, [target]);
  if (features.length === 0)
    throw new TaskFailure('No numeric feature columns');
  let classes;
  if (task === 'classification') {
    const targetIndex = table.columns.indexOf(target);
    classes = [...new Set(table.rows.map(r => r[targetIndex]))].sort();
    if (classes.length !== 2) {
      throw new TaskFailure(
        `Classification needs 2 classes in ${target}, found ${classes.length}`,
      );
    }
  }
  const { X, y } = tableXy(table, features, target, classes);
  console.log(
    `training ${task} on ${X.length} rows × ${features.length} features for ${epochs} epochs`,
  );
  const fitted = fitModel(X, y, { task, epochs, learningRate, l2 });
  for (const h of fitted.history)
    console.log(`epoch ${h.epoch}: loss ${h.loss.toFixed(6)}`);
  const model = {
    format: 'ai-ops-linear/1',
    task,
    target,
    features,
    ...(classes ? { classes } : {}),
    means: fitted.means,
    stds: fitted.stds,
    weights: fitted.weights,
    bias: fitted.bias,
    trainedAt: new Date().toISOString(),
    rows: X.length,
  };
  await writeJson(required(outputs, 'model', 'output'), model);
  const metrics = {
    split: 'train',
    ...metricsOf(
      task,
      y,
      X.map(x => predict(model, x)),
    ),
    history: fitted.history,
  };
  if (outputs.metrics) await writeJson(outputs.metrics, metrics);
  console.log(
    `training metrics: ${JSON.stringify({ ...metrics, history: undefined })}`,
  );
});
