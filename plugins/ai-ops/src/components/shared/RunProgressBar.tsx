import type { RunSummary } from '@internal/plugin-ai-ops-common';
import { Bar } from './Bar';

/** Tasks finished of the run's total, red once one failed. */
export function RunProgressBar(props: { run: RunSummary }) {
  const { progress, state } = props.run;
  const done =
    progress.succeeded + progress.failed + progress.skipped + progress.canceled;
  let tone: 'bad' | 'ok' | 'info' = 'info';
  if (progress.failed > 0) tone = 'bad';
  else if (state === 'SUCCEEDED') tone = 'ok';
  return (
    <Bar
      compact
      label={`Run #${props.run.runNumber} progress`}
      value={done}
      max={progress.total}
      text={`${done} / ${progress.total} tasks`}
      tone={tone}
    />
  );
}
