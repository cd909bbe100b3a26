// data.validate: missing values, duplicate rows, numeric ranges and
// distributions of a CSV; exits 65 (a data-validation failure, not
// retried) when a check fails, after writing the report.
import { isNumeric, readCsv, writeCsv } from './lib/csv.mjs';
import { writeJson } from './lib/io.mjs';
import {
  EXIT_DATA_VALIDATION,
  required,
  runTask,
  TaskFailure,
} from './lib/task.mjs';

const round = v => Math.round(v * 1e6) / 1e6;

function profile(name, values) {
  const present = values.filter(v => v !== '');
  const missing = values.length - present.length;
  const base = {
    column: name,
    missing,
    missingRatio: round(values.length ? missing / values.length : 0),
  };
  if (present.length && present.every(isNumeric)) {
    const numbers = present.map(Number);
    const mean = numbers.reduce((a, b) => a + b, 0) / numbers.length;
    const variance =
      numbers.reduce((a, b) => a + (b - mean) ** 2, 0) / numbers.length;
    return {
      ...base,
      type: 'numeric',
      min: Math.min(...numbers),
      max: Math.max(...numbers),
      mean: round(mean),
      std: round(Math.sqrt(variance)),
    };
  }
  const counts = new Map();
  for (const v of present) counts.set(v, (counts.get(v) ?? 0) + 1);
  const top = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 5);
  return {
    ...base,
    type: 'categorical',
    distinct: counts.size,
    top: top.map(([value, count]) => ({
      value,
      count,
      ratio: round(count / present.length),
    })),
  };
}

function checksOf(config, columns, rows, profiles, duplicates) {
  const {
    maxMissingRatio = 0.05,
    maxDuplicateRatio = 0.01,
    requiredColumns = [],
    ranges = {},
  } = config;
  const checks = [];
  const add = (check, column, passed, message) =>
    checks.push({
      check,
      ...(column ? { column } : {}),
      status: passed ? 'pass' : 'fail',
      message,
    });
  for (const column of requiredColumns) {
    add(
      'required-column',
      column,
      columns.includes(column),
      columns.includes(column) ? 'present' : 'missing',
    );
  }
  for (const p of profiles) {
    add(
      'missing',
      p.column,
      p.missingRatio <= maxMissingRatio,
      `${p.missing} missing (${p.missingRatio} ≤ ${maxMissingRatio}?)`,
    );
  }
  const duplicateRatio = rows.length ? duplicates / rows.length : 0;
  add(
    'duplicates',
    undefined,
    duplicateRatio <= maxDuplicateRatio,
    `${duplicates} duplicate rows (${round(
      duplicateRatio,
    )} ≤ ${maxDuplicateRatio}?)`,
  );
  for (const [column, { min, max }] of Object.entries(ranges)) {
    const p = profiles.find(x => x.column === column);
    if (!p || p.type !== 'numeric') {
      add('range', column, false, p ? 'not numeric' : 'no such column');
      continue;
    }
    const ok =
      (min === undefined || p.min >= min) &&
      (max === undefined || p.max <= max);
    add(
      'range',
      column,
      ok,
      `values in [${p.min}, ${p.max}], expected [${min ?? '-∞'}, ${
        max ?? '∞'
      }]`,
    );
  }
  return checks;
}

runTask(async ({ config, inputs, outputs }) => {
  const { columns, rows } = await readCsv(required(inputs, 'data'));
  if (columns.length === 0)
    throw new TaskFailure('The dataset has no header', EXIT_DATA_VALIDATION);
  const profiles = columns.map((name, i) =>
    profile(
      name,
      rows.map(r => r[i] ?? ''),
    ),
  );
  const seen = new Set();
  let duplicates = 0;
  for (const row of rows) {
    const key = JSON.stringify(row);
    if (seen.has(key)) duplicates++;
    else seen.add(key);
  }
  const checks = checksOf(config, columns, rows, profiles, duplicates);
  const failed = checks.filter(c => c.status === 'fail');
  const report = {
    status: failed.length ? 'fail' : 'pass',
    rows: rows.length,
    columns: profiles,
    duplicates,
    checks,
  };
  if (outputs.report) await writeJson(outputs.report, report);
  for (const c of checks)
    console.log(
      `${c.status.toUpperCase()} ${c.check}${c.column ? ` ${c.column}` : ''}: ${
        c.message
      }`,
    );
  if (failed.length) {
    throw new TaskFailure(
      `${failed.length} check(s) failed`,
      EXIT_DATA_VALIDATION,
    );
  }
  if (outputs.data) await writeCsv(outputs.data, columns, rows);
});
