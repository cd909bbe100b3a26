import { useApi } from '@backstage/frontend-plugin-api';
import { Text, TextField } from '@backstage/ui';
import {
  BackupType,
  vmBackupCreateSchema,
  VmDetail,
} from '@internal/plugin-harvester-common';
import { DialogFrame, useSchemaForm, useSubmit } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';

/** `web-1-snapshot-20250601-1200`: a default name that sorts by time. */
function defaultName(vm: string, type: BackupType, at = new Date()): string {
  const stamp = at
    .toISOString()
    .slice(0, 16)
    .replace(/[-:]/g, '')
    .replace('T', '-');
  return `${vm}-${type}-${stamp}`.slice(0, 63);
}

const explanations: Record<BackupType, string> = {
  snapshot: 'A snapshot is kept in the cluster, next to the VM’s volumes.',
  backup:
    'A backup is copied to the backup target (Advanced settings), so it survives the cluster.',
};

/** Takes a snapshot or a backup of the VM under a name. */
export function BackupDialog(props: {
  vm: VmDetail;
  type: BackupType;
  onCancel(): void;
  onTaken(): void;
}) {
  const { vm, type } = props;
  const api = useApi(harvesterApiRef);
  const form = useSchemaForm({
    schema: vmBackupCreateSchema,
    initial: { name: defaultName(vm.name, type) },
    toRequest: values => ({ name: values.name.trim(), type }),
  });
  const submit = useSubmit({
    form,
    send: request => api.createBackup(vm, request),
    done: `${type === 'backup' ? 'Backup' : 'Snapshot'} of ${vm.name} started`,
    onSaved: props.onTaken,
  });
  const title = type === 'backup' ? 'Take backup' : 'Take snapshot';
  return (
    <DialogFrame
      title={`${title} of ${vm.name}`}
      error={submit.error}
      primary={{ label: title, ...submit }}
      onCancel={props.onCancel}
    >
      <Text as="p" variant="body-small">
        {explanations[type]}
      </Text>
      <TextField label="Name" isRequired {...form.field('name')} />
    </DialogFrame>
  );
}
