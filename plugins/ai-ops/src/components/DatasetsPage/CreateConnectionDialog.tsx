import { useApi } from '@backstage/frontend-plugin-api';
import { Select, TextField } from '@backstage/ui';
import {
  CONNECTION_TYPES,
  ConnectionType,
  createConnectionRequestSchema,
} from '@internal/plugin-ai-ops-common';
import {
  DialogFrame,
  optional,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { EXAMPLES, parseJson } from './connectionSettings';

/**
 * A connection: its type's settings as JSON (checked per type, never a
 * password) and the name of the secret under `aiOps.secrets` it uses.
 */
export function CreateConnectionDialog(props: {
  workspace: string;
  onCancel(): void;
  onCreated(): void;
}) {
  const api = useApi(aiOpsApiRef);
  const form = useSchemaForm({
    schema: createConnectionRequestSchema,
    initial: {
      name: '',
      title: '',
      type: 'file' as ConnectionType,
      config: EXAMPLES.file,
      secretRef: '',
    },
    toRequest: values => ({
      name: values.name.trim(),
      title: optional(values.title),
      type: values.type,
      config: parseJson(values.config),
      secretRef: optional(values.secretRef),
    }),
  });
  const submit = useSubmit({
    form,
    send: request => api.createConnection(props.workspace, request),
    done: 'Connection created',
    onSaved: props.onCreated,
  });
  return (
    <DialogFrame
      title="New connection"
      error={submit.error}
      primary={{ label: 'Create', ...submit }}
      onCancel={props.onCancel}
    >
      <TextField label="Name" isRequired {...form.field('name')} />
      <TextField label="Title" {...form.field('title')} />
      <Select
        label="Type"
        options={CONNECTION_TYPES.map(t => ({ id: t, label: t }))}
        value={form.values.type}
        onChange={key => {
          const type = key as ConnectionType;
          form.set('type', type);
          form.set('config', EXAMPLES[type]);
        }}
      />
      <TextField label="Settings (JSON)" isRequired {...form.field('config')} />
      <TextField
        label="Secret reference"
        description="the name of a secret under aiOps.secrets, never its value"
        {...form.field('secretRef')}
      />
    </DialogFrame>
  );
}
