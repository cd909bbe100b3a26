import { Button, Flex } from '@backstage/ui';
import { harvesterVolumeManagePermission } from '@internal/plugin-harvester-common';
import { DisabledReason } from '../shared/DisabledReason';
import { useCan } from '../shared/permissions';
import type { VolumeRow } from './volumeColumns';

/**
 * Expand and Delete of one volume, for users who may manage it. A volume
 * a VM mounts cannot be deleted; the button says why.
 */
export function VolumeActions(props: {
  volume: VolumeRow;
  onExpand(): void;
  onDelete(): void;
}) {
  const { volume } = props;
  const canManage = useCan(harvesterVolumeManagePermission, volume.id);
  if (!canManage) return null;
  return (
    <Flex gap="2">
      <Button
        size="small"
        variant="secondary"
        aria-label={`Expand ${volume.name}`}
        onPress={props.onExpand}
      >
        Expand
      </Button>
      <DisabledReason
        reason={
          volume.attachedVm
            ? `Attached to ${volume.attachedVm}: detach it first`
            : undefined
        }
      >
        {described => (
          <Button
            {...described}
            size="small"
            variant="secondary"
            destructive
            aria-label={`Delete ${volume.name}`}
            isDisabled={Boolean(volume.attachedVm)}
            onPress={props.onDelete}
          >
            Delete
          </Button>
        )}
      </DisabledReason>
    </Flex>
  );
}
