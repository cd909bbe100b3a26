import { Checkbox, Radio, RadioGroup, Text, TextField } from '@backstage/ui';
import { useApi } from '@backstage/frontend-plugin-api';
import { vmRestoreSchema, VmBackup } from '@internal/plugin-harvester-common';
import {
  DialogFrame,
  ErrorNote,
  optional,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';

type RestoreValues = {
  mode: 'new' | 'replace';
  newVmName: string;
  deletePreviousVolumes: boolean;
};

/**
 * Restores a backup or snapshot into a new VM (named here) or over the VM
 * it was taken of. Replacing needs that VM stopped, and its current
 * volumes are kept unless the user asks to delete them.
 */
export function RestoreBackupDialog(props: {
  backup: VmBackup;
  onCancel(): void;
  onRestored(): void;
}) {
  const { backup } = props;
  const api = useApi(harvesterApiRef);
  const form = useSchemaForm({
    schema: vmRestoreSchema,
    initial: {
      mode: 'new',
      newVmName: '',
      deletePreviousVolumes: false,
    } as RestoreValues,
    toRequest: values =>
      values.mode === 'new'
        ? { mode: 'new', newVmName: optional(values.newVmName) }
        : {
            mode: 'replace',
            deletePreviousVolumes: values.deletePreviousVolumes,
          },
  });
  const submit = useSubmit({
    form,
    send: request => api.restoreBackup(backup, request),
    done: `Restore of ${backup.name} started`,
    onSaved: props.onRestored,
  });
  return (
    <DialogFrame
      title={`Restore ${backup.name}`}
      error={submit.error}
      primary={{ label: 'Restore', ...submit }}
      onCancel={props.onCancel}
    >
      <Text as="p" variant="body-small">
        {backup.type === 'backup' ? 'Backup' : 'Snapshot'} of {backup.sourceVm}{' '}
        in {backup.cluster}/{backup.namespace}.
      </Text>
      <RadioGroup
        label="Restore into"
        value={form.values.mode}
        onChange={mode => form.set('mode', mode as RestoreValues['mode'])}
      >
        <Radio value="new">A new VM</Radio>
        <Radio value="replace">{`The existing VM ${backup.sourceVm}`}</Radio>
      </RadioGroup>
      {form.values.mode === 'new' ? (
        <TextField
          label="New VM name"
          isRequired
          {...form.field('newVmName')}
        />
      ) : (
        <>
          <ErrorNote
            status="warning"
            message={`${backup.sourceVm} must be stopped: its disks are replaced by the ${backup.type}'s.`}
          />
          <Checkbox
            isSelected={form.values.deletePreviousVolumes}
            onChange={selected => form.set('deletePreviousVolumes', selected)}
          >
            Delete the VM's current volumes (otherwise they are kept)
          </Checkbox>
        </>
      )}
    </DialogFrame>
  );
}
