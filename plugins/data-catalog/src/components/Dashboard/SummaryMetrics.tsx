import { Grid } from '@backstage/ui';
import type { DashboardSummary } from '@internal/plugin-data-catalog-common';
import { Metric } from '@internal/portal-react';
import { formatCount } from '../shared/format';

/** The catalog's size and health in eight numbers. */
export function SummaryMetrics(props: { summary: DashboardSummary }) {
  const s = props.summary;
  return (
    <Grid.Root columns={{ initial: '2', md: '4' }} gap="3">
      <Metric
        label="Sources"
        value={formatCount(s.sources)}
        hint={`${formatCount(s.databases)} databases`}
      />
      <Metric label="Tables" value={formatCount(s.tables)} />
      <Metric label="Views" value={formatCount(s.views)} />
      <Metric label="Columns" value={formatCount(s.columns)} />
      <Metric
        label="Documented"
        value={`${Math.round(s.documentedPercent)}%`}
        hint="tables with a description"
      />
      <Metric
        label="PII columns"
        value={formatCount(s.piiColumns)}
        hint="tagged with a PII level"
      />
      <Metric
        label="Glossary terms"
        value={formatCount(s.glossaryTerms)}
        hint="approved"
      />
      <Metric
        label="Average quality"
        value={
          s.averageQuality === undefined ? '—' : Math.round(s.averageQuality)
        }
        hint="of scored tables, out of 100"
      />
    </Grid.Root>
  );
}
