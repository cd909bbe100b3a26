import { useApi } from '@backstage/frontend-plugin-api';
import { Text } from '@backstage/ui';
import {
  harvesterHostMaintainPermission,
  HostDetail,
} from '@internal/plugin-harvester-common';
import { plural } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { ConfirmButton } from '../shared/ConfirmButton';
import { useCan } from '../shared/permissions';

/**
 * Cordon or uncordon a host and put it into or out of maintenance, each
 * after a confirmation saying what happens to its VMs. Left out for users
 * the policy does not let maintain this host.
 */
export function HostActions(props: { host: HostDetail; onChanged(): void }) {
  const { host, onChanged } = props;
  const api = useApi(harvesterApiRef);
  const allowed = useCan(
    harvesterHostMaintainPermission,
    `${host.cluster}/${host.name}`,
  );
  if (!allowed) return null;

  const inMaintenance =
    host.state === 'Maintenance' || host.state === 'EnteringMaintenance';
  const cordoned = host.state === 'Cordoned';
  const running = plural(host.vms.length, 'VM');
  return (
    <>
      {inMaintenance ? null : (
        <ConfirmButton
          label={cordoned ? 'Uncordon' : 'Cordon'}
          title={`${cordoned ? 'Uncordon' : 'Cordon'} ${host.name}`}
          question={
            cordoned
              ? `${host.name} will accept new VMs again.`
              : `No new VMs will be scheduled on ${host.name}. The ${running} running there keep running.`
          }
          confirmLabel={cordoned ? 'Uncordon' : 'Cordon'}
          done={`${host.name} ${cordoned ? 'uncordoned' : 'cordoned'}`}
          onConfirm={() => api.setHostCordoned(host, !cordoned)}
          onDone={onChanged}
        />
      )}
      <ConfirmButton
        label={
          inMaintenance ? 'Disable maintenance mode' : 'Enable maintenance mode'
        }
        title={`${inMaintenance ? 'Disable' : 'Enable'} maintenance mode on ${
          host.name
        }`}
        destructive={!inMaintenance}
        question={
          inMaintenance ? (
            <Text as="p">{`${host.name} leaves maintenance mode and accepts VMs again.`}</Text>
          ) : (
            <>
              <Text as="p">
                {`The ${running} running on ${host.name} will be live-migrated to other hosts; VMs that cannot migrate are shut down.`}
              </Text>
              <Text as="p">
                No new VMs are scheduled on it until maintenance mode is
                disabled.
              </Text>
            </>
          )
        }
        confirmLabel={
          inMaintenance ? 'Disable maintenance mode' : 'Enable maintenance mode'
        }
        done={`${host.name}: maintenance mode ${
          inMaintenance ? 'disabled' : 'enabled'
        }`}
        onConfirm={() => api.setHostMaintenance(host, !inMaintenance)}
        onDone={onChanged}
      />
    </>
  );
}
