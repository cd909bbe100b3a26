import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex } from '@backstage/ui';
import {
  AsyncView,
  DetailHeading,
  ListTable,
  Panel,
  TagList,
} from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { ConditionsTable } from '../shared/ConditionsTable';
import { EventsTable } from '../shared/EventsTable';
import { HostStateBadge } from '../shared/StateBadge';
import { useHarvesterLinks } from '../shared/useHarvesterLinks';
import { toObjectRows } from '../shared/usePagedObjects';
import { vmColumns } from '../VmsPage/vmColumns';
import { BlockDevicesTable } from './BlockDevicesTable';
import { HostActions } from './HostActions';
import { HostOverview } from './HostOverview';
import { ReadinessBadge } from './ReadinessBadge';
import { ReadinessTable } from './ReadinessTable';

/**
 * One host (`/hosts/:cluster/:name`): its facts and load, how it meets the
 * hardware requirements, its disks, the VMs on it, conditions and events,
 * with cordon and maintenance actions.
 */
export function HostDetailPage() {
  const { cluster = '', name = '' } = useParams();
  const api = useApi(harvesterApiRef);
  const links = useHarvesterLinks();
  const host = useAsyncRetry(
    () => api.getHost({ cluster, name }),
    [api, cluster, name],
  );
  const columns = useMemo(
    () => vmColumns(links, { showCluster: false }),
    [links],
  );

  return (
    <AsyncView result={host}>
      {value => (
        <Flex direction="column" gap="4">
          <DetailHeading
            back={{ href: links.hosts({ cluster }), label: 'Hosts' }}
            title={value.name}
            subtitle={`${value.cluster} · ${value.internalIp ?? 'no IP'}`}
            badges={
              <>
                <HostStateBadge state={value.state} />
                <ReadinessBadge readiness={value.readiness} />
                <TagList tags={value.roles} label="Roles" />
              </>
            }
            actions={<HostActions host={value} onChanged={host.retry} />}
          />
          <Panel title="Overview">
            <HostOverview host={value} />
          </Panel>
          <Panel
            title="Hardware readiness"
            subtitle="Harvester's requirements for test and production clusters"
          >
            <ReadinessTable checks={value.readiness.checks} />
          </Panel>
          <Panel title="Block devices">
            <BlockDevicesTable devices={value.blockDevices} />
          </Panel>
          <Panel title="Virtual machines">
            <ListTable
              columns={columns}
              rows={toObjectRows(value.vms)}
              empty="No VMs run on this host."
            />
          </Panel>
          <Panel title="Conditions">
            <ConditionsTable conditions={value.conditions} />
          </Panel>
          <Panel title="Events">
            <EventsTable events={value.events} empty="No recent events." />
          </Panel>
        </Flex>
      )}
    </AsyncView>
  );
}
