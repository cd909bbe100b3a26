import { useApi } from '@backstage/frontend-plugin-api';
import { Grid, Text, TextField } from '@backstage/ui';
import {
  NamespaceSummary,
  namespaceQuotaSchema,
} from '@internal/plugin-harvester-common';
import {
  DialogFrame,
  optional,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';

const GiB = 1024 ** 3;

/** The quota fields as typed: memory and storage in GiB. */
type QuotaValues = {
  cpuCores: string;
  memory: string;
  storage: string;
  vmCount: string;
};

function shown(value: number | undefined, unit = 1): string {
  return value === undefined
    ? ''
    : String(Math.round((value / unit) * 100) / 100);
}

/** '' is no limit; anything else a number (NaN lets the schema say so). */
function number(text: string): number | undefined {
  const value = optional(text);
  return value === undefined ? undefined : Number(value);
}

function gibibytes(text: string): string | undefined {
  const value = optional(text);
  return value === undefined ? undefined : `${value}Gi`;
}

/**
 * Sets a namespace's limits; an empty field is no limit. The server
 * refuses limits below what the namespace already uses.
 */
export function EditQuotaDialog(props: {
  namespace: NamespaceSummary;
  onCancel(): void;
  onSaved(): void;
}) {
  const { namespace } = props;
  const api = useApi(harvesterApiRef);
  const { quota } = namespace;
  const form = useSchemaForm({
    schema: namespaceQuotaSchema,
    initial: {
      cpuCores: shown(quota?.cpuCores),
      memory: shown(quota?.memoryBytes, GiB),
      storage: shown(quota?.storageBytes, GiB),
      vmCount: shown(quota?.vmCount),
    } as QuotaValues,
    toRequest: values => ({
      cpuCores: number(values.cpuCores),
      memory: gibibytes(values.memory),
      storage: gibibytes(values.storage),
      vmCount: number(values.vmCount),
    }),
  });
  const submit = useSubmit({
    form,
    send: request => api.setNamespaceQuota(namespace, request),
    done: `Quota of ${namespace.name} saved`,
    onSaved: props.onSaved,
  });
  return (
    <DialogFrame
      title={`Quota of ${namespace.name}`}
      error={submit.error}
      primary={{ label: 'Save', ...submit }}
      onCancel={props.onCancel}
    >
      <Text as="p" variant="body-small">
        Leave a field empty for no limit.
      </Text>
      <Grid.Root columns="2" gap="3">
        <TextField
          label="CPU (cores)"
          inputMode="decimal"
          {...form.field('cpuCores')}
        />
        <TextField
          label="Memory (GiB)"
          inputMode="decimal"
          {...form.field('memory')}
        />
        <TextField
          label="Storage (GiB)"
          inputMode="decimal"
          {...form.field('storage')}
        />
        <TextField label="VMs" inputMode="numeric" {...form.field('vmCount')} />
      </Grid.Root>
    </DialogFrame>
  );
}
