import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Grid, Link } from '@backstage/ui';
import type { HostState, VmState } from '@internal/plugin-harvester-common';
import { AsyncView, Panel, usePolling, Metric } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { EventsTable } from '../shared/EventsTable';
import { formatBytes } from '../shared/format';
import { hostStateTones, vmStateTones } from '../shared/StateBadge';
import { useClusterFilter } from '../shared/useClusterFilter';
import { useHarvesterLinks } from '../shared/useHarvesterLinks';
import { Capacity } from './Capacity';
import { ClusterCards } from './ClusterCards';
import { StateChart } from './StateChart';

/** How often the dashboard refreshes itself. */
const REFRESH_MS = 15_000;

/**
 * The clusters at a glance, refreshed every 15 s: connection and version,
 * hosts and VMs by state, capacity in use, storage counts and the latest
 * events, warnings highlighted.
 */
export function DashboardPage() {
  const api = useApi(harvesterApiRef);
  const links = useHarvesterLinks();
  const { cluster, clusters } = useClusterFilter();
  const dashboard = useAsyncRetry(
    () => api.getDashboard({ cluster: clusters }),
    // `clusters` is derived from `cluster`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, cluster],
  );
  usePolling(true, dashboard.retry, REFRESH_MS);

  return (
    <AsyncView result={dashboard}>
      {value => (
        <Flex direction="column" gap="4">
          <ClusterCards clusters={value.clusters} />
          <Grid.Root columns={{ initial: '2', md: '4' }} gap="4">
            <Metric label="Hosts" value={value.hosts.total} />
            <Metric label="Virtual machines" value={value.vms.total} />
            <Metric
              label="Volumes"
              value={value.volumes.total}
              hint={`${formatBytes(value.volumes.sizeBytes)} provisioned`}
            />
            <Metric label="Images" value={value.images.total} />
          </Grid.Root>
          <Grid.Root columns={{ initial: '1', md: '3' }} gap="4">
            <Panel
              title="Hosts by state"
              actions={<Link href={links.hosts({ cluster })}>All hosts</Link>}
            >
              <StateChart
                label="Host states"
                byState={value.hosts.byState}
                toneOf={state =>
                  hostStateTones[state as HostState] ?? 'neutral'
                }
              />
            </Panel>
            <Panel
              title="Virtual machines by state"
              actions={<Link href={links.vms({ cluster })}>All VMs</Link>}
            >
              <StateChart
                label="VM states"
                byState={value.vms.byState}
                toneOf={state => vmStateTones[state as VmState] ?? 'neutral'}
              />
            </Panel>
            <Panel
              title="Capacity"
              subtitle="Used, and allocated or provisioned, of what the hosts offer"
            >
              <Capacity usage={value.capacity} />
            </Panel>
          </Grid.Root>
          <Panel title="Recent events">
            <EventsTable
              events={value.events}
              showCluster={!cluster}
              empty="No recent events."
            />
          </Panel>
        </Flex>
      )}
    </AsyncView>
  );
}
