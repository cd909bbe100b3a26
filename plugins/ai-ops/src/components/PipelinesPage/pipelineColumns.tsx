import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import {
  PIPELINE_DOMAIN_TITLES,
  PipelineSummary,
} from '@internal/plugin-ai-ops-common';
import { TagList, TimeCell } from '@internal/portal-react';
import type { useLinks } from '../workspace/useLinks';

/** The pipeline list's columns; the name links to the pipeline. */
export function pipelineColumns(
  links: ReturnType<typeof useLinks>,
): ColumnConfig<PipelineSummary>[] {
  return [
    {
      id: 'title',
      label: 'Pipeline',
      isRowHeader: true,
      cell: p => (
        <CellText
          title={p.title}
          description={p.name}
          href={links.pipeline(p.name)}
        />
      ),
    },
    {
      id: 'domain',
      label: 'Domain',
      cell: p => (
        <CellText title={PIPELINE_DOMAIN_TITLES[p.domain] ?? p.domain} />
      ),
    },
    {
      id: 'tags',
      label: 'Tags',
      cell: p => (
        <Cell>
          <TagList label={`Tags of ${p.name}`} tags={p.tags} />
        </Cell>
      ),
    },
    { id: 'owner', label: 'Owner', cell: p => <CellText title={p.owner} /> },
    {
      id: 'version',
      label: 'Version',
      cell: p => <CellText title={`v${p.currentVersion}`} />,
    },
    {
      id: 'updatedAt',
      label: 'Updated',
      cell: p => <TimeCell at={p.updatedAt} />,
    },
  ];
}
