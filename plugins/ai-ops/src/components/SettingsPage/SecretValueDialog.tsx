import { useApi } from '@backstage/frontend-plugin-api';
import { PasswordField, TextField } from '@backstage/ui';
import {
  PutSecretRequest,
  putSecretRequestSchema,
  secretNameSchema,
  WorkspaceSecret,
} from '@internal/plugin-ai-ops-common';
import {
  DialogFrame,
  optional,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';

const newSecretSchema = putSecretRequestSchema.extend({
  name: secretNameSchema,
});

/**
 * Creates a secret, or replaces the value of one (`secret` given). The
 * value is write-only here: it is never shown back.
 */
export function SecretValueDialog(props: {
  workspace: string;
  secret?: WorkspaceSecret;
  onCancel(): void;
  onSaved(): void;
}) {
  const api = useApi(aiOpsApiRef);
  const { secret } = props;
  const form = useSchemaForm({
    schema: newSecretSchema,
    initial: {
      name: secret?.name ?? '',
      value: '',
      description: secret?.description ?? '',
    },
    toRequest: values => ({
      name: values.name.trim(),
      value: values.value,
      description: optional(values.description),
    }),
  });
  const submit = useSubmit({
    form,
    send: ({ name, ...request }: PutSecretRequest & { name: string }) =>
      api.putSecret(props.workspace, name, request),
    done: secret ? 'Secret value replaced' : 'Secret created',
    onSaved: props.onSaved,
  });
  return (
    <DialogFrame
      title={secret ? `Set the value of ${secret.name}` : 'New secret'}
      error={submit.error}
      primary={{ label: 'Save', ...submit }}
      onCancel={props.onCancel}
    >
      <TextField
        label="Name"
        isRequired
        isDisabled={Boolean(secret)}
        description="what a connection's secretRef names"
        {...form.field('name')}
      />
      <PasswordField label="Value" isRequired {...form.field('value')} />
      <TextField label="Description" {...form.field('description')} />
    </DialogFrame>
  );
}
