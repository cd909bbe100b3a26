import { Card, CardBody, Flex, Grid, Text } from '@backstage/ui';
import type {
  ClusterConnection,
  ClusterSummary,
} from '@internal/plugin-harvester-common';
import { Tone, ToneChip } from '@internal/portal-react';

const connectionTones: Record<ClusterConnection, Tone> = {
  connected: 'success',
  connecting: 'info',
  error: 'danger',
};

/** One card per cluster: how the portal reaches it and what it runs. */
export function ClusterCards(props: { clusters: ClusterSummary[] }) {
  return (
    <Grid.Root columns={{ initial: '1', md: '3' }} gap="4">
      {props.clusters.map(cluster => (
        <Card
          key={cluster.name}
          role="group"
          aria-label={`Cluster ${cluster.title}`}
        >
          <CardBody>
            <Flex direction="column" gap="1">
              <Flex justify="between" align="center" gap="2">
                <Text as="h3" variant="title-x-small">
                  {cluster.title}
                </Text>
                <ToneChip
                  tone={connectionTones[cluster.connection]}
                  label={cluster.connection}
                />
              </Flex>
              <Text variant="body-small" color="secondary">
                {cluster.name} · Harvester{' '}
                {cluster.version ?? 'version unknown'}
              </Text>
              <Text variant="body-x-small" color="secondary">
                {cluster.authType === 'oidc'
                  ? 'Acts with your own sign-in (OIDC)'
                  : 'Acts with the portal’s service account'}
                {cluster.source === 'catalog'
                  ? ' · registered in the catalog'
                  : ''}
              </Text>
              {cluster.error ? (
                <Text variant="body-x-small" color="danger">
                  {cluster.error}
                </Text>
              ) : null}
            </Flex>
          </CardBody>
        </Card>
      ))}
    </Grid.Root>
  );
}
