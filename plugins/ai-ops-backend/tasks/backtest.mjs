// timeseries.backtest: rolling-origin backtest of a linear forecaster,
// compared with the naive forecast (the latest value, lag_1).
import { readCsv } from './lib/csv.mjs';
import { writeJson } from './lib/io.mjs';
import {
  fitModel,
  numericColumns,
  predict,
  regressionMetrics,
  tableXy,
} from './lib/model.mjs';
import { required, runTask, TaskFailure } from './lib/task.mjs';

runTask(async ({ config, inputs, outputs }) => {
  const { target = 'target', folds = 4, epochs = 300 } = config;
  const table = await readCsv(required(inputs, 'data'));
  const features = numericColumns(table.columns, table.rows, [target]);
  const { X, y } = tableXy(table, features, target);
  const size = Math.floor(y.length / (folds + 1));
  if (size < 2)
    throw new TaskFailure(`${y.length} rows are too few for ${folds} folds`);
  const naiveIndex = features.indexOf('lag_1');
  const results = [];
  for (let k = 1; k <= folds; k++) {
    const end = k * size;
    const fitted = fitModel(X.slice(0, end), y.slice(0, end), {
      task: 'regression',
      epochs,
      learningRate: 0.1,
    });
    const model = { ...fitted, task: 'regression' };
    const testX = X.slice(end, end + size);
    const testY = y.slice(end, end + size);
    const naive = testX.map((x, i) =>
      naiveIndex >= 0 ? x[naiveIndex] : y[end - 1 + i],
    );
    const fold = {
      fold: k,
      trainRows: end,
      testRows: testY.length,
      model: regressionMetrics(
        testY,
        testX.map(x => predict(model, x)),
      ),
      naive: regressionMetrics(testY, naive),
    };
    results.push(fold);
    console.log(`fold ${k}: MAE ${fold.model.mae} (naive ${fold.naive.mae})`);
  }
  const avg = pick =>
    Math.round(
      (results.reduce((a, f) => a + pick(f), 0) / results.length) * 1e6,
    ) / 1e6;
  const mae = avg(f => f.model.mae);
  const naiveMae = avg(f => f.naive.mae);
  await writeJson(required(outputs, 'metrics', 'output'), {
    folds: results,
    mae,
    rmse: avg(f => f.model.rmse),
    naiveMae,
    skill: Math.round((1 - mae / naiveMae) * 1e6) / 1e6,
  });
});
