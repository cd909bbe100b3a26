import { CellText, ColumnConfig } from '@backstage/ui';
import { Panel, ListTable } from '@internal/portal-react';
import type { TagViolation } from '../../api/types';
import { shortRef } from '../shared/refs';
import { CatalogLinks, useCatalogLinks } from '../shared/useCatalogLinks';

type Row = TagViolation & { id: string };

const ruleLabels: Record<TagViolation['rule'], string> = {
  'pii-needs-owner': 'PII needs an owner',
  'pii-needs-restricted-tag': 'PII needs a restricted tag',
  'exclusive-category': 'Two tags of an exclusive category',
};

function violationColumns(links: CatalogLinks): ColumnConfig<Row>[] {
  return [
    {
      id: 'table',
      label: 'Table',
      isRowHeader: true,
      cell: v => (
        <CellText
          title={`${shortRef(v.entityRef)}${v.column ? `.${v.column}` : ''}`}
          href={links.table(v.entityRef, 'columns')}
        />
      ),
    },
    {
      id: 'rule',
      label: 'Rule',
      cell: v => <CellText title={ruleLabels[v.rule] ?? v.rule} />,
    },
    {
      id: 'message',
      label: 'What to fix',
      cell: v => <CellText title={v.message} />,
    },
  ];
}

/** Tables whose current tags break a governance rule. */
export function ViolationsPanel(props: { violations: TagViolation[] }) {
  const links = useCatalogLinks();
  const rows = props.violations.map((v, index) => ({
    ...v,
    id: String(index),
  }));
  return (
    <Panel
      title="Policy violations"
      subtitle="Found on the tables you may read"
    >
      <ListTable
        columns={violationColumns(links)}
        rows={rows}
        empty="Every tagged table follows the tag policies."
      />
    </Panel>
  );
}
