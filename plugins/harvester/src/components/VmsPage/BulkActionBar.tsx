import { Button, Flex, Text } from '@backstage/ui';
import { plural } from '@internal/portal-react';
import type { VmBulkAction } from '../../api/types';
import { vmActionLabels } from './vmActionLabels';

const bulkActions: VmBulkAction[] = [
  'start',
  'stop',
  'restart',
  'pause',
  'unpause',
  'migrate',
  'delete',
];

/** Actions on the selected VMs; each asks for confirmation first. */
export function BulkActionBar(props: {
  count: number;
  onAction(action: VmBulkAction): void;
}) {
  return (
    <Flex gap="2" align="center" role="toolbar" aria-label="Selected VMs">
      <Text variant="body-small" color="secondary">
        {props.count
          ? `${plural(props.count, 'VM')} selected`
          : 'Select VMs to act on them'}
      </Text>
      {bulkActions.map(action => (
        <Button
          key={action}
          size="small"
          variant="secondary"
          destructive={action === 'delete'}
          isDisabled={props.count === 0}
          onPress={() => props.onAction(action)}
        >
          {vmActionLabels[action]}
        </Button>
      ))}
    </Flex>
  );
}
