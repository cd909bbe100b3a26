// audio.features: RMS energy, zero-crossing rate, dominant frequency and
// spectral centroid (a plain DFT) of clips stored as samples s0…sN.
import { columnIndex, readCsv, writeCsv } from './lib/csv.mjs';
import { required, runTask, TaskFailure } from './lib/task.mjs';

function features(samples, sampleRate) {
  const n = samples.length;
  const rms = Math.sqrt(samples.reduce((a, s) => a + s * s, 0) / n);
  let crossings = 0;
  for (let i = 1; i < n; i++)
    if (samples[i - 1] < 0 !== samples[i] < 0) crossings++;
  let peak = 0;
  let peakBin = 0;
  let weighted = 0;
  let total = 0;
  for (let k = 1; k < n / 2; k++) {
    let re = 0;
    let im = 0;
    for (let t = 0; t < n; t++) {
      re += samples[t] * Math.cos((2 * Math.PI * k * t) / n);
      im -= samples[t] * Math.sin((2 * Math.PI * k * t) / n);
    }
    const magnitude = Math.hypot(re, im);
    const frequency = (k * sampleRate) / n;
    if (magnitude > peak) [peak, peakBin] = [magnitude, k];
    weighted += frequency * magnitude;
    total += magnitude;
  }
  const r = v => Math.round(v * 1e4) / 1e4;
  return [
    r(rms),
    r(crossings / n),
    r((peakBin * sampleRate) / n),
    r(total ? weighted / total : 0),
  ];
}

runTask(async ({ config, inputs, outputs }) => {
  const { sampleRate = 8000, keep = ['label'] } = config;
  const table = await readCsv(required(inputs, 'data'));
  const sampleIndexes = table.columns.flatMap((c, i) =>
    /^s\d+$/.test(c) ? [i] : [],
  );
  if (sampleIndexes.length < 8)
    throw new TaskFailure(
      `Only ${sampleIndexes.length} sample columns (s0…sN)`,
    );
  const keepIndexes = keep.map(name => columnIndex(table.columns, name));
  const rows = table.rows.map(row => [
    ...keepIndexes.map(i => row[i]),
    ...features(
      sampleIndexes.map(i => Number(row[i])),
      sampleRate,
    ),
  ]);
  const columns = [
    ...keep,
    'rms',
    'zeroCrossingRate',
    'dominantFrequency',
    'spectralCentroid',
  ];
  await writeCsv(required(outputs, 'data', 'output'), columns, rows);
  console.log(
    `features of ${rows.length} clips of ${sampleIndexes.length} samples`,
  );
});
