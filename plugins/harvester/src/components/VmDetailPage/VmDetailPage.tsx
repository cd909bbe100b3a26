import { useNavigate, useParams } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Text } from '@backstage/ui';
import { Progress } from '@backstage/core-components';
import type { VmDetail } from '@internal/plugin-harvester-common';
import {
  AsyncView,
  DetailHeading,
  SectionTabs,
  SectionTab,
} from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { EventsTable } from '../shared/EventsTable';
import { VmStateBadge } from '../shared/StateBadge';
import { useHarvesterLinks } from '../shared/useHarvesterLinks';
import { BackupsTab } from './BackupsTab';
import { DisksTab } from './DisksTab';
import { InterfacesTab } from './InterfacesTab';
import { MigrationsTab } from './MigrationsTab';
import { OverviewTab } from './OverviewTab';
import { useSettling } from './useSettling';
import { VmActions } from './VmActions';

type TabContext = { vm: VmDetail; reload(): void };

const tabs: SectionTab<TabContext>[] = [
  {
    id: 'overview',
    label: 'Overview',
    render: c => <OverviewTab vm={c.vm} />,
  },
  {
    id: 'volumes',
    label: 'Volumes',
    render: c => <DisksTab disks={c.vm.disks} />,
  },
  {
    id: 'networks',
    label: 'Networks',
    render: c => <InterfacesTab interfaces={c.vm.interfaces} />,
  },
  {
    id: 'migrations',
    label: 'Migrations',
    render: c => <MigrationsTab migrations={c.vm.migrations} />,
  },
  {
    id: 'backups',
    label: 'Snapshots & Backups',
    render: c => <BackupsTab vm={c.vm} onChanged={c.reload} />,
  },
  {
    id: 'events',
    label: 'Events',
    render: c => <EventsTable events={c.vm.events} empty="No recent events." />,
  },
];

/**
 * One VM (`/vms/:cluster/:namespace/:name`): state and actions in the
 * header, then tabs (kept in `?tab=`). After an action the page follows
 * the VM until its state settles.
 */
export function VmDetailPage() {
  const { cluster = '', namespace = '', name = '' } = useParams();
  const api = useApi(harvesterApiRef);
  const links = useHarvesterLinks();
  const navigate = useNavigate();
  const vm = useAsyncRetry(
    () => api.getVm({ cluster, namespace, name }),
    [api, cluster, namespace, name],
  );
  const settle = useSettling(vm.value, vm.retry);
  return (
    <AsyncView result={vm}>
      {value => (
        <Flex direction="column" gap="4">
          <DetailHeading
            back={{ href: links.vms({ cluster }), label: 'Virtual Machines' }}
            title={value.name}
            subtitle={`${value.cluster} / ${value.namespace}`}
            badges={
              <VmStateBadge state={value.state} message={value.message} />
            }
            actions={
              <VmActions
                vm={value}
                busy={settle.settling}
                onActed={() => {
                  settle.start();
                  vm.retry();
                }}
                onChanged={vm.retry}
                onDeleted={() => navigate(links.vms({ cluster }))}
              />
            }
          />
          {settle.settling ? (
            <div role="status" aria-label={`Waiting for ${value.name}`}>
              <Progress />
              <Text variant="body-small" color="secondary">
                {`Waiting for ${value.name} to settle (now ${value.state})…`}
              </Text>
            </div>
          ) : null}
          <SectionTabs
            label="VM sections"
            tabs={tabs}
            context={{ vm: value, reload: vm.retry }}
          />
        </Flex>
      )}
    </AsyncView>
  );
}
