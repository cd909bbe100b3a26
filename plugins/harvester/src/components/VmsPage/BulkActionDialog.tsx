import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Checkbox, Flex, Text } from '@backstage/ui';
import {
  BulkActionResult,
  stringifyHarvesterRef,
  VmSummary,
} from '@internal/plugin-harvester-common';
import {
  DialogFrame,
  plural,
  ToneChip,
  useMutation,
} from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import type { VmBulkAction } from '../../api/types';
import { VmStateBadge } from '../shared/StateBadge';
import { vmActionEffects, vmActionLabels } from './vmActionLabels';

const listStyle = { margin: 0, paddingLeft: 0, listStyle: 'none' } as const;

/**
 * Confirms an action on the selected VMs, listing every VM it touches (and
 * for delete, whether their volumes go too: kept unless ticked), then shows
 * what happened to each VM: one may fail while the others succeed.
 */
export function BulkActionDialog(props: {
  action: VmBulkAction;
  vms: VmSummary[];
  onCancel(): void;
  onDone(): void;
}) {
  const { action, vms } = props;
  const api = useApi(harvesterApiRef);
  const mutation = useMutation();
  const [removeVolumes, setRemoveVolumes] = useState(false);
  const [outcome, setOutcome] = useState<BulkActionResult>();
  const label = vmActionLabels[action];

  const confirm = async () => {
    const done = await mutation.run(() =>
      api.runBulkVmAction({
        action,
        vms: vms.map(vm => stringifyHarvesterRef(vm)),
        removeVolumes: action === 'delete' ? removeVolumes : undefined,
      }),
    );
    if (done) setOutcome(done.result);
  };

  if (outcome) {
    const failed = outcome.results.filter(r => !r.ok).length;
    return (
      <DialogFrame
        title={`${label}: results`}
        cancelLabel="Done"
        onCancel={props.onDone}
      >
        <Text as="p">
          {failed === 0
            ? `${label} done for ${plural(outcome.results.length, 'VM')}.`
            : `${plural(failed, 'VM')} of ${outcome.results.length} failed.`}
        </Text>
        <ul aria-label="Results" style={listStyle}>
          {outcome.results.map(result => (
            <li key={result.vm}>
              <Flex gap="2" align="center">
                <ToneChip
                  tone={result.ok ? 'success' : 'danger'}
                  label={result.ok ? 'done' : 'failed'}
                />
                <Text variant="body-small">
                  {result.vm}: {result.message}
                </Text>
              </Flex>
            </li>
          ))}
        </ul>
      </DialogFrame>
    );
  }

  return (
    <DialogFrame
      title={`${label} ${plural(vms.length, 'VM')}`}
      error={mutation.error}
      primary={{
        label: `${label} ${plural(vms.length, 'VM')}`,
        destructive: action === 'delete' || action === 'stop',
        pending: mutation.pending,
        onPress: confirm,
      }}
      onCancel={props.onCancel}
    >
      <Text as="p">{vmActionEffects[action]}</Text>
      <ul
        aria-label={`VMs to ${label.toLocaleLowerCase('en-US')}`}
        style={listStyle}
      >
        {vms.map(vm => (
          <li key={stringifyHarvesterRef(vm)}>
            <Flex gap="2" align="center">
              <Text variant="body-small">{stringifyHarvesterRef(vm)}</Text>
              <VmStateBadge state={vm.state} />
            </Flex>
          </li>
        ))}
      </ul>
      {action === 'delete' ? (
        <>
          <Checkbox isSelected={removeVolumes} onChange={setRemoveVolumes}>
            Also delete their volumes
          </Checkbox>
          <Text as="p" variant="body-small" color="secondary">
            {removeVolumes
              ? 'The VMs’ volumes are deleted with them.'
              : 'The VMs’ volumes are kept and stay listed under Volumes.'}
          </Text>
        </>
      ) : null}
    </DialogFrame>
  );
}
