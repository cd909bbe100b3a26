import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Checkbox, Flex, Text, TextField } from '@backstage/ui';
import {
  API_KEY_MAX_EXPIRY_DAYS,
  API_KEY_SCOPES,
  ApiKeyScope,
  CreatedApiKey,
  createApiKeyRequestSchema,
} from '@internal/plugin-ai-ops-common';
import {
  DialogFrame,
  ErrorNote,
  optional,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';

/**
 * A new API key: name, scopes, optional expiry. Once created, the full key
 * is shown this one time, with a copy button and a warning.
 */
export function CreateApiKeyDialog(props: {
  workspace: string;
  onCancel(): void;
  onCreated(): void;
}) {
  const api = useApi(aiOpsApiRef);
  const [created, setCreated] = useState<CreatedApiKey>();
  const form = useSchemaForm({
    schema: createApiKeyRequestSchema,
    initial: {
      name: '',
      scopes: ['runs:create', 'runs:read'] as ApiKeyScope[],
      expiresInDays: '90',
    },
    toRequest: values => {
      const days = optional(values.expiresInDays);
      return {
        name: values.name.trim(),
        scopes: values.scopes,
        ...(days && { expiresInDays: Number(days) }),
      };
    },
  });
  const submit = useSubmit({
    form,
    send: request => api.createApiKey(props.workspace, request),
    done: 'API key created',
    onSaved: setCreated,
  });

  if (created) {
    return <ShowKeyOnce created={created} onDone={props.onCreated} />;
  }
  const toggle = (scope: ApiKeyScope, on: boolean) =>
    form.set(
      'scopes',
      on
        ? [...form.values.scopes, scope]
        : form.values.scopes.filter(s => s !== scope),
    );
  return (
    <DialogFrame
      title="New API key"
      error={submit.error}
      primary={{ label: 'Create', ...submit }}
      onCancel={props.onCancel}
    >
      <TextField label="Name" isRequired {...form.field('name')} />
      <Flex direction="column" gap="1" role="group" aria-label="Scopes">
        <Text variant="body-small">Scopes</Text>
        {API_KEY_SCOPES.map(scope => (
          <Checkbox
            key={scope}
            isSelected={form.values.scopes.includes(scope)}
            onChange={on => toggle(scope, on)}
          >
            {scope}
          </Checkbox>
        ))}
        <ErrorNote message={form.errors.scopes} />
      </Flex>
      <TextField
        label="Expires in (days)"
        description={`1 to ${API_KEY_MAX_EXPIRY_DAYS}; blank: never`}
        {...form.field('expiresInDays')}
      />
    </DialogFrame>
  );
}

function ShowKeyOnce(props: { created: CreatedApiKey; onDone(): void }) {
  const [copied, setCopied] = useState(false);
  return (
    <DialogFrame
      title={`API key ${props.created.name}`}
      cancelLabel="Done"
      onCancel={props.onDone}
    >
      <ErrorNote
        status="warning"
        message="Copy the key now: it is shown only this once and cannot be read again."
      />
      <Text as="p" variant="body-small" style={{ wordBreak: 'break-all' }}>
        <code aria-label="New API key">{props.created.key}</code>
      </Text>
      <Flex>
        <Button
          variant="secondary"
          onPress={async () => {
            await window.navigator.clipboard.writeText(props.created.key);
            setCopied(true);
          }}
        >
          {copied ? 'Copied' : 'Copy key'}
        </Button>
      </Flex>
    </DialogFrame>
  );
}
