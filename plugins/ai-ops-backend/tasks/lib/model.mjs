// Linear and logistic regression by full-batch gradient descent on
// standardized features, and the metrics to judge them by.
import { columnIndex, isNumeric } from './csv.mjs';

const sigmoid = z => 1 / (1 + Math.exp(-z));

/** Numeric columns of a table but the excluded ones. */
export function numericColumns(columns, rows, exclude = []) {
  return columns.filter(
    (name, index) =>
      !exclude.includes(name) &&
      rows.length > 0 &&
      rows.every(row => row[index] === '' || isNumeric(row[index])) &&
      rows.some(row => isNumeric(row[index])),
  );
}

/** Feature matrix and target vector of a table for a model's columns. */
export function tableXy(table, features, target, classes) {
  const featureIndexes = features.map(f => columnIndex(table.columns, f));
  const targetIndex = columnIndex(table.columns, target);
  const X = table.rows.map(row =>
    featureIndexes.map(i => (isNumeric(row[i]) ? Number(row[i]) : NaN)),
  );
  const y = table.rows.map(row => {
    const value = row[targetIndex];
    if (classes) {
      const label = classes.indexOf(value);
      if (label < 0) throw new Error(`Unknown class "${value}" in ${target}`);
      return label;
    }
    if (!isNumeric(value)) throw new Error(`Target ${target} is "${value}"`);
    return Number(value);
  });
  return { X, y };
}

export function fitModel(X, y, options) {
  const { task, epochs, learningRate, l2 = 0 } = options;
  const n = X.length;
  const d = X[0]?.length ?? 0;
  if (n === 0) throw new Error('No rows to train on');
  const means = Array.from({ length: d }, (_, j) => mean(X.map(r => r[j])));
  const stds = Array.from({ length: d }, (_, j) => {
    const m = means[j];
    const s = Math.sqrt(
      mean(X.map(r => (Number.isNaN(r[j]) ? 0 : (r[j] - m) ** 2))),
    );
    return s > 1e-12 ? s : 1;
  });
  const Z = X.map(r =>
    r.map((v, j) => (Number.isNaN(v) ? 0 : (v - means[j]) / stds[j])),
  );
  const weights = new Array(d).fill(0);
  const positive = mean(y);
  let bias =
    task === 'classification'
      ? Math.log(Math.max(positive, 1e-6) / Math.max(1 - positive, 1e-6))
      : positive;
  const history = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Array(d).fill(0);
    let gradBias = 0;
    let loss = 0;
    for (let i = 0; i < n; i++) {
      let z = bias;
      for (let j = 0; j < d; j++) z += weights[j] * Z[i][j];
      const p = task === 'classification' ? sigmoid(z) : z;
      const error = p - y[i];
      loss +=
        task === 'classification'
          ? -(
              y[i] * Math.log(Math.max(p, 1e-12)) +
              (1 - y[i]) * Math.log(Math.max(1 - p, 1e-12))
            )
          : error * error;
      for (let j = 0; j < d; j++) grad[j] += error * Z[i][j];
      gradBias += error;
    }
    for (let j = 0; j < d; j++) {
      weights[j] -= learningRate * (grad[j] / n + l2 * weights[j]);
    }
    bias -= learningRate * (gradBias / n);
    if (
      epoch === epochs - 1 ||
      epoch % Math.max(1, Math.floor(epochs / 10)) === 0
    ) {
      history.push({ epoch: epoch + 1, loss: loss / n });
    }
  }
  return { means, stds, weights, bias, history };
}

/** The model's prediction: a value, or the probability of class 1. */
export function predict(model, x) {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++) {
    const v = Number.isNaN(x[j]) ? 0 : (x[j] - model.means[j]) / model.stds[j];
    z += model.weights[j] * v;
  }
  return model.task === 'classification' ? sigmoid(z) : z;
}

export function mean(values) {
  const finite = values.filter(v => !Number.isNaN(v));
  return finite.length ? finite.reduce((a, b) => a + b, 0) / finite.length : 0;
}

const round = v => Math.round(v * 1e6) / 1e6;

export function regressionMetrics(y, predictions) {
  const n = y.length;
  const m = mean(y);
  let se = 0;
  let ae = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    se += (predictions[i] - y[i]) ** 2;
    ae += Math.abs(predictions[i] - y[i]);
    total += (y[i] - m) ** 2;
  }
  return {
    rows: n,
    rmse: round(Math.sqrt(se / n)),
    mae: round(ae / n),
    r2: round(total > 0 ? 1 - se / total : 0),
  };
}

export function classificationMetrics(y, probabilities) {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  let logLoss = 0;
  y.forEach((label, i) => {
    const p = Math.min(Math.max(probabilities[i], 1e-12), 1 - 1e-12);
    logLoss -= label * Math.log(p) + (1 - label) * Math.log(1 - p);
    const predicted = p >= 0.5 ? 1 : 0;
    if (predicted === 1 && label === 1) tp++;
    else if (predicted === 1) fp++;
    else if (label === 0) tn++;
    else fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    rows: y.length,
    accuracy: round((tp + tn) / y.length),
    precision: round(precision),
    recall: round(recall),
    f1: round(
      precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    ),
    logLoss: round(logLoss / y.length),
    confusion: { tp, fp, tn, fn },
  };
}

export function metricsOf(task, y, predictions) {
  return task === 'classification'
    ? classificationMetrics(y, predictions)
    : regressionMetrics(y, predictions);
}
