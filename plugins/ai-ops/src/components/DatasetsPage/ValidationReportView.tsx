import { Flex, Grid, Text } from '@backstage/ui';
import type {
  ValidationReport,
  ValidationStatus,
} from '@internal/plugin-ai-ops-common';
import { Panel, Tone, ToneChip, formatTime } from '@internal/portal-react';
import { Bar } from '../shared/Bar';
import { formatPercent } from '../shared/format';

export const VALIDATION_TONES: Record<ValidationStatus, Tone> = {
  pass: 'success',
  warn: 'warning',
  fail: 'danger',
};

/**
 * One validation report: each check's outcome, the missing values per
 * column as bars, and each categorical column's distribution as bars.
 */
export function ValidationReportView(props: { report: ValidationReport }) {
  const { report } = props;
  const categorical = report.columns.filter(c => c.top?.length);
  return (
    <Flex direction="column" gap="4">
      <Flex align="center" gap="2">
        <ToneChip
          tone={VALIDATION_TONES[report.status]}
          label={report.status}
        />
        <Text variant="body-small" color="secondary">
          {`${report.rowCount.toLocaleString('en-US')} rows · ${
            report.duplicateRows
          } duplicate rows${
            report.baselineVersion
              ? ` · against v${report.baselineVersion}`
              : ''
          } · ${formatTime(report.createdAt)}`}
        </Text>
      </Flex>
      <ul
        aria-label="Checks"
        style={{ margin: 0, padding: 0, listStyle: 'none' }}
      >
        {report.checks.map((check, index) => (
          <li key={index} style={{ marginBottom: 4 }}>
            <Flex align="center" gap="2">
              <ToneChip
                tone={VALIDATION_TONES[check.status]}
                label={check.status}
              />
              <Text variant="body-small">
                {`${check.check}${check.column ? ` · ${check.column}` : ''}: ${
                  check.message
                }`}
              </Text>
            </Flex>
          </li>
        ))}
      </ul>
      <Grid.Root columns={{ initial: '1', md: '2' }} gap="4">
        <Panel title="Missing values">
          <Flex direction="column" gap="2">
            {report.columns.map(column => (
              <Bar
                key={column.name}
                label={column.name}
                value={column.missingRatio}
                max={1}
                text={`${column.missing} missing · ${formatPercent(
                  column.missingRatio,
                )}`}
                tone={column.missingRatio > 0 ? 'warn' : 'ok'}
              />
            ))}
          </Flex>
        </Panel>
        <Panel title="Ranges">
          <Flex direction="column" gap="1">
            {report.columns
              .filter(c => c.min !== undefined)
              .map(c => (
                <Text key={c.name} variant="body-small">
                  {`${c.name}: ${c.min} … ${c.max} (mean ${c.mean?.toFixed(
                    3,
                  )}, std ${c.std?.toFixed(3)})`}
                </Text>
              ))}
          </Flex>
        </Panel>
        {categorical.map(column => (
          <Panel key={column.name} title={`Distribution of ${column.name}`}>
            <Flex direction="column" gap="2">
              {column.top!.map(value => (
                <Bar
                  key={value.value}
                  label={`${column.name} = ${value.value}`}
                  value={value.ratio}
                  max={1}
                  text={`${value.count} · ${formatPercent(value.ratio)}`}
                  tone="info"
                />
              ))}
            </Flex>
          </Panel>
        ))}
      </Grid.Root>
    </Flex>
  );
}
