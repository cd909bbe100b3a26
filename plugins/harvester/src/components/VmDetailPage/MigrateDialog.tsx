import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Select, Text } from '@backstage/ui';
import type { VmDetail } from '@internal/plugin-harvester-common';
import { DialogFrame, useMutation } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';

/** The "any host" choice; a Select cannot hold an empty key. */
const SCHEDULER = '__scheduler__';

/**
 * Live-migrates a running VM to a host the user picks among the cluster's
 * schedulable ones (active, not the VM's own, not a witness: witnesses run
 * only etcd), or to one the scheduler picks.
 */
export function MigrateDialog(props: {
  vm: VmDetail;
  onCancel(): void;
  onMigrating(): void;
}) {
  const { vm } = props;
  const api = useApi(harvesterApiRef);
  const mutation = useMutation();
  const [target, setTarget] = useState(SCHEDULER);
  const hosts = useAsync(async () => {
    const page = await api.listHosts({
      cluster: [vm.cluster],
      state: ['Active'],
      limit: 500,
    });
    return page.items.filter(
      host => host.name !== vm.host && !host.roles.includes('witness'),
    );
  }, [api, vm.cluster, vm.host]);

  const migrate = async () => {
    const targetHost = target === SCHEDULER ? undefined : target;
    const done = await mutation.run(
      () => api.runVmAction(vm, 'migrate', { targetHost }),
      `Migrating ${vm.name}`,
    );
    if (done) props.onMigrating();
  };

  return (
    <DialogFrame
      title={`Migrate ${vm.name}`}
      error={mutation.error}
      primary={{
        label: 'Migrate',
        pending: mutation.pending,
        onPress: migrate,
      }}
      onCancel={props.onCancel}
    >
      <Text as="p">
        {`${vm.name} keeps running while it moves from ${
          vm.host ?? 'its host'
        } to the target host.`}
      </Text>
      <Select
        label="Target host"
        options={[
          { id: SCHEDULER, label: 'Any host (the scheduler picks)' },
          ...(hosts.value ?? []).map(host => ({
            id: host.name,
            label: `${host.name} (${host.vmCount} VMs)`,
          })),
        ]}
        value={target}
        onChange={key => setTarget(String(key))}
      />
      {hosts.value?.length === 0 ? (
        <Text as="p" variant="body-small" color="warning">
          No other schedulable host in {vm.cluster}.
        </Text>
      ) : null}
    </DialogFrame>
  );
}
