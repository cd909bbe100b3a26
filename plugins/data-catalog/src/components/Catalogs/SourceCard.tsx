import { Card, CardBody, CardHeader, Flex, Link, Text } from '@backstage/ui';
import type { DataSource } from '@internal/plugin-data-catalog-common';
import { plural } from '@internal/portal-react';
import { PlatformLabel } from '../shared/PlatformLabel';
import { shortRef } from '../shared/refs';
import { SyncState } from '../shared/SyncState';
import { useCatalogLinks } from '../shared/useCatalogLinks';

/** A source as a card of the Catalogs grid. */
export function SourceCard(props: { source: DataSource }) {
  const { source } = props;
  const links = useCatalogLinks();
  return (
    <Card role="article" aria-label={source.title}>
      <CardHeader>
        <Flex justify="between" align="center">
          <Link href={links.source(source.id)} weight="bold">
            {source.title}
          </Link>
          <PlatformLabel platform={source.platform} />
        </Flex>
        <Text as="p" variant="body-x-small" color="secondary">
          {source.id} · {source.connection.host}
        </Text>
      </CardHeader>
      <CardBody>
        <Flex direction="column" gap="2">
          <Text variant="body-small">
            {plural(source.counts.tables, 'table')} ·{' '}
            {plural(source.counts.views, 'view')} ·{' '}
            {plural(source.counts.schemas, 'schema')}
          </Text>
          <Text variant="body-x-small" color="secondary">
            Owner {shortRef(source.owner)} ·{' '}
            {source.schedule ? `schedule ${source.schedule}` : 'manual sync'}
            {source.enabled ? '' : ' · disabled'}
          </Text>
          <SyncState run={source.lastSync} />
        </Flex>
      </CardBody>
    </Card>
  );
}
