import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Link, Text } from '@backstage/ui';
import { AsyncView, formatTime } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { ConnectionSteps } from '../shared/ConnectionSteps';
import { SyncState } from '../shared/SyncState';
import { useCatalogLinks } from '../shared/useCatalogLinks';

/** Where this table's data comes from and how its source's last sync went. */
export function SyncTab(props: { sourceId: string; lastSyncedAt?: string }) {
  const api = useApi(dataCatalogApiRef);
  const links = useCatalogLinks();
  const source = useAsync(
    () => api.getSource(props.sourceId),
    [api, props.sourceId],
  );
  return (
    <AsyncView result={source}>
      {value => (
        <Flex direction="column" gap="3">
          <Text as="p">
            From <Link href={links.source(value.id)}>{value.title}</Link> (
            {value.platform},{' '}
            {value.schedule
              ? `synced on ${value.schedule}`
              : 'synced on demand'}
            ). This table was last seen in a sync on{' '}
            {formatTime(props.lastSyncedAt)}.
          </Text>
          <SyncState run={value.lastSync} />
          <ConnectionSteps
            label="Sync steps"
            steps={value.lastSync?.steps ?? []}
          />
        </Flex>
      )}
    </AsyncView>
  );
}
