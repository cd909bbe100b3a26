import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Checkbox, Text, TextField } from '@backstage/ui';
import type { VmDetail } from '@internal/plugin-harvester-common';
import { DialogFrame, useMutation } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';

/**
 * Deletes the VM after the user types its name. The server's delete plan
 * says which volumes go with it and which stay; they stay unless asked.
 */
export function DeleteVmDialog(props: {
  vm: VmDetail;
  onCancel(): void;
  onDeleted(): void;
}) {
  const { vm } = props;
  const api = useApi(harvesterApiRef);
  const mutation = useMutation();
  const [removeVolumes, setRemoveVolumes] = useState(false);
  const [typed, setTyped] = useState('');
  const plan = useAsync(
    () => api.getVmDeletePlan(vm, { removeVolumes }),
    [api, vm, removeVolumes],
  );

  const remove = async () => {
    const done = await mutation.run(
      () => api.deleteVm(vm, { removeVolumes, confirm: typed }),
      // The result says which volumes went and which stayed.
      result => `${vm.name} deleted; ${result.message}`,
    );
    if (done) props.onDeleted();
  };

  const deleted = plan.value?.volumesDeleted ?? [];
  const kept = plan.value?.volumesKept ?? [];
  return (
    <DialogFrame
      title={`Delete ${vm.name}`}
      error={mutation.error}
      primary={{
        label: 'Delete',
        destructive: true,
        pending: mutation.pending,
        disabled: typed !== vm.name,
        onPress: remove,
      }}
      onCancel={props.onCancel}
    >
      <Text as="p">
        {`${vm.cluster}/${vm.namespace}/${vm.name} is deleted. This cannot be undone.`}
      </Text>
      <Checkbox isSelected={removeVolumes} onChange={setRemoveVolumes}>
        Also delete its volumes
      </Checkbox>
      <ul aria-label="What happens to its volumes" style={{ margin: 0 }}>
        {deleted.map(volume => (
          <li key={volume}>{`${volume}: deleted`}</li>
        ))}
        {kept.map(volume => (
          <li key={volume}>{`${volume}: kept`}</li>
        ))}
        {plan.value && deleted.length + kept.length === 0 ? (
          <li>It has no volumes.</li>
        ) : null}
      </ul>
      <TextField
        label={`Type ${vm.name} to confirm`}
        value={typed}
        onChange={setTyped}
      />
    </DialogFrame>
  );
}
