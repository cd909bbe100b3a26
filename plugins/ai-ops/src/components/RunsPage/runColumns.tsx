import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import type { RunSummary } from '@internal/plugin-ai-ops-common';
import { TimeCell } from '@internal/portal-react';
import { formatCost, formatDuration } from '../shared/format';
import { RunProgressBar } from '../shared/RunProgressBar';
import { RunStateChip } from '../shared/RunStateChip';
import type { useLinks } from '../workspace/useLinks';

/** The columns of every run list; the run links to its detail page. */
export function runColumns(
  links: ReturnType<typeof useLinks>,
): ColumnConfig<RunSummary>[] {
  return [
    {
      id: 'run',
      label: 'Run',
      isRowHeader: true,
      cell: run => (
        <CellText
          title={`${run.pipelineName ?? run.pipelineId} #${run.runNumber}`}
          description={`v${run.pipelineVersion} · ${run.trigger} by ${run.initiator}`}
          href={links.run(run.id)}
        />
      ),
    },
    {
      id: 'state',
      label: 'State',
      cell: run => (
        <Cell>
          <RunStateChip state={run.state} title={run.errorMessage} />
        </Cell>
      ),
    },
    {
      id: 'progress',
      label: 'Progress',
      cell: run => (
        <Cell>
          <RunProgressBar run={run} />
        </Cell>
      ),
    },
    {
      id: 'createdAt',
      label: 'Started',
      cell: run => <TimeCell at={run.startedAt ?? run.createdAt} />,
    },
    {
      id: 'duration',
      label: 'Duration',
      cell: run => (
        <CellText title={formatDuration(run.startedAt, run.finishedAt)} />
      ),
    },
    {
      id: 'cost',
      label: 'Cost',
      cell: run => <CellText title={formatCost(run.cost)} />,
    },
  ];
}
