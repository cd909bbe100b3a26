import { LinearProgress } from '@material-ui/core';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex, Text } from '@backstage/ui';
import type { DataAssetDetail } from '@internal/plugin-data-catalog-common';
import {
  EmptyText,
  ErrorNote,
  formatTime,
  timeAgo,
  Panel,
  ToneChip,
  useMutation,
} from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { QualityBar } from '../shared/QualityBar';
import { ColumnStatsChart } from './ColumnStatsChart';

const checkNames: Record<string, string> = {
  'null-ratio': 'Null values',
  uniqueness: 'Uniqueness',
  freshness: 'Freshness',
  'docs-coverage': 'Documentation coverage',
  'schema-stability': 'Schema stability',
};

function lastProfiled(detail: DataAssetDetail): string | undefined {
  return detail.columns
    .map(column => column.stats?.computedAt)
    .filter((at): at is string => !!at)
    .sort()
    .pop();
}

/**
 * The quality checks behind the score, the column profile, and "Profile
 * now" for editors (it samples the table, which can take a while).
 */
export function QualityTab(props: {
  detail: DataAssetDetail;
  onChanged(): void;
}) {
  const { detail } = props;
  const api = useApi(dataCatalogApiRef);
  const mutation = useMutation();
  const { quality } = detail.trust;
  const profiledAt = lastProfiled(detail);

  const profile = async () => {
    if (
      await mutation.run(
        () => api.profileTable(detail.entityRef),
        'Profile updated',
      )
    ) {
      props.onChanged();
    }
  };

  return (
    <Flex direction="column" gap="4">
      <Panel
        title="Quality score"
        subtitle={
          profiledAt
            ? `Profiled ${timeAgo(profiledAt)} (${formatTime(profiledAt)})`
            : 'Never profiled'
        }
        actions={
          detail.access.update ? (
            <Button isPending={mutation.pending} onPress={profile}>
              Profile now
            </Button>
          ) : null
        }
      >
        <Flex direction="column" gap="3">
          <QualityBar
            score={quality.score}
            width={240}
            label="Overall quality"
          />
          {mutation.pending ? (
            <div>
              <LinearProgress aria-label="Profiling" />
              <Text variant="body-x-small" color="secondary">
                Sampling the table and recomputing its checks…
              </Text>
            </div>
          ) : null}
          <ErrorNote message={mutation.error} />
          {quality.checks.length === 0 ? (
            <EmptyText>No checks have run yet.</EmptyText>
          ) : (
            <ul aria-label="Quality checks" style={{ margin: 0, padding: 0 }}>
              {quality.checks.map(check => (
                <li
                  key={check.check}
                  aria-label={checkNames[check.check] ?? check.check}
                  style={{ listStyle: 'none', marginBottom: 12 }}
                >
                  <Flex align="center" gap="3">
                    <Text weight="bold" style={{ width: 200 }}>
                      {checkNames[check.check] ?? check.check}
                    </Text>
                    <QualityBar
                      score={check.score}
                      width={160}
                      label={`${checkNames[check.check] ?? check.check} score`}
                    />
                    <ToneChip
                      tone={check.passed ? 'success' : 'warning'}
                      label={check.passed ? 'passed' : 'needs attention'}
                    />
                  </Flex>
                  <Text as="p" variant="body-x-small" color="secondary">
                    {check.detail} · measured {timeAgo(check.measuredAt)}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </Flex>
      </Panel>
      <Panel title="Column profile">
        <ColumnStatsChart columns={detail.columns} />
      </Panel>
    </Flex>
  );
}
