import { useApi } from '@backstage/frontend-plugin-api';
import { Text, TextField } from '@backstage/ui';
import {
  VolumeSummary,
  volumeExpandSchema,
} from '@internal/plugin-harvester-common';
import { DialogFrame, useSchemaForm, useSubmit } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import { formatBytes } from '../shared/format';
import { bytesToQuantity, quantityToBytes } from '../shared/quantity';
import { refineSchema } from '../shared/refineSchema';

/** Grows a volume; a size at or below the current one is refused here already. */
export function ExpandVolumeDialog(props: {
  volume: VolumeSummary;
  onCancel(): void;
  onExpanded(): void;
}) {
  const { volume } = props;
  const api = useApi(harvesterApiRef);
  const current = formatBytes(volume.sizeBytes);
  const form = useSchemaForm({
    schema: refineSchema(volumeExpandSchema, ({ size }) =>
      (quantityToBytes(size) ?? 0) <= volume.sizeBytes
        ? {
            path: ['size'],
            message: `Must be larger than the current ${current}`,
          }
        : undefined,
    ),
    initial: { size: bytesToQuantity(volume.sizeBytes) },
    toRequest: values => ({ size: values.size.trim() }),
  });
  const submit = useSubmit({
    form,
    send: request => api.expandVolume(volume, request),
    done: `Volume ${volume.name} expanded`,
    onSaved: props.onExpanded,
  });
  return (
    <DialogFrame
      title={`Expand ${volume.name}`}
      error={submit.error}
      primary={{ label: 'Expand', ...submit }}
      onCancel={props.onCancel}
    >
      <Text as="p" variant="body-small">
        Now {current}. Volumes only grow: a smaller size is refused.
      </Text>
      <TextField
        label="New size"
        isRequired
        description="A quantity such as 50Gi"
        {...form.field('size')}
      />
    </DialogFrame>
  );
}
