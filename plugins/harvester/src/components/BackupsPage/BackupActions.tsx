import { Button, Flex } from '@backstage/ui';
import {
  harvesterVmBackupPermission,
  stringifyHarvesterRef,
} from '@internal/plugin-harvester-common';
import { DisabledReason } from '../shared/DisabledReason';
import { useCan } from '../shared/permissions';
import type { BackupRow } from './backupColumns';

/**
 * Restore and Delete of one backup or snapshot, for users who may back up
 * its VM. Only a ready one can be restored; the button says so.
 */
export function BackupActions(props: {
  backup: BackupRow;
  onRestore(): void;
  onDelete(): void;
}) {
  const { backup } = props;
  const vmRef = stringifyHarvesterRef({ ...backup, name: backup.sourceVm });
  const canBackup = useCan(harvesterVmBackupPermission, vmRef);
  if (!canBackup) return null;
  return (
    <Flex gap="2">
      <DisabledReason
        reason={
          backup.readyToUse ? undefined : `${backup.name} is not ready yet`
        }
      >
        {described => (
          <Button
            {...described}
            size="small"
            variant="secondary"
            aria-label={`Restore ${backup.name}`}
            isDisabled={!backup.readyToUse}
            onPress={props.onRestore}
          >
            Restore
          </Button>
        )}
      </DisabledReason>
      <Button
        size="small"
        variant="secondary"
        destructive
        aria-label={`Delete ${backup.name}`}
        onPress={props.onDelete}
      >
        Delete
      </Button>
    </Flex>
  );
}
