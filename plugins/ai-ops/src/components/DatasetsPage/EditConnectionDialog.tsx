import { useApi } from '@backstage/frontend-plugin-api';
import { TextField } from '@backstage/ui';
import {
  Connection,
  connectionConfigSchemas,
  updateConnectionRequestSchema,
} from '@internal/plugin-ai-ops-common';
import {
  DialogFrame,
  optional,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { parseJson } from './connectionSettings';

/**
 * A connection's title, description, owner, settings and secret name (its
 * name and type stay). Changed settings or secret are tested right away,
 * since the server marks the connection untested.
 */
export function EditConnectionDialog(props: {
  workspace: string;
  connection: Connection;
  onCancel(): void;
  onSaved(): void;
}) {
  const api = useApi(aiOpsApiRef);
  const { workspace, connection } = props;
  const config = JSON.stringify(connection.config);
  const form = useSchemaForm({
    schema: updateConnectionRequestSchema.extend({
      config: connectionConfigSchemas[connection.type].optional(),
    }),
    initial: {
      title: connection.title,
      description: connection.description ?? '',
      owner: connection.owner,
      config: JSON.stringify(connection.config, null, 1),
      secretRef: connection.secretRef ?? '',
    },
    toRequest: values => {
      const settings = parseJson(values.config);
      const secretRef = optional(values.secretRef) ?? null;
      return {
        title: values.title.trim(),
        description: optional(values.description) ?? null,
        owner: values.owner.trim(),
        // Only what changed: new settings or secret need a new test.
        ...(JSON.stringify(settings) !== config && { config: settings }),
        ...(secretRef !== (connection.secretRef ?? null) && { secretRef }),
      };
    },
  });
  const submit = useSubmit({
    form,
    send: async request => {
      const saved = await api.updateConnection(
        workspace,
        connection.id,
        request,
      );
      const reachChanged =
        request.config !== undefined || request.secretRef !== undefined;
      return reachChanged
        ? (await api.testConnection(workspace, connection.id)).connection
        : saved;
    },
    done: `Connection ${connection.name} saved`,
    onSaved: props.onSaved,
  });
  return (
    <DialogFrame
      title={`Edit ${connection.name}`}
      error={submit.error}
      primary={{ label: 'Save', ...submit }}
      onCancel={props.onCancel}
    >
      <TextField label="Title" isRequired {...form.field('title')} />
      <TextField label="Description" {...form.field('description')} />
      <TextField label="Owner" isRequired {...form.field('owner')} />
      <TextField
        label="Settings (JSON)"
        isRequired
        description={`${connection.type} settings; a change is tested on save`}
        {...form.field('config')}
      />
      <TextField
        label="Secret reference"
        description="the name of a secret under aiOps.secrets, never its value"
        {...form.field('secretRef')}
      />
    </DialogFrame>
  );
}
