import { useApi } from '@backstage/frontend-plugin-api';
import { TextField } from '@backstage/ui';
import {
  DatasetVersion,
  registerDatasetVersionRequestSchema,
} from '@internal/plugin-ai-ops-common';
import {
  DialogFrame,
  optional,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';

/**
 * A new version read by the server from a URI (`file://` or `s3://`,
 * through the dataset's connection) or a path in the workspace's store.
 */
export function RegisterVersionDialog(props: {
  workspace: string;
  dataset: string;
  onCancel(): void;
  onRegistered(version: DatasetVersion): void;
}) {
  const api = useApi(aiOpsApiRef);
  const form = useSchemaForm({
    schema: registerDatasetVersionRequestSchema,
    initial: { uri: '', path: '' },
    toRequest: values => ({
      uri: optional(values.uri),
      path: optional(values.path),
    }),
  });
  const submit = useSubmit({
    form,
    send: request =>
      api.registerDatasetVersion(props.workspace, props.dataset, request),
    done: 'Version registered',
    onSaved: props.onRegistered,
  });
  return (
    <DialogFrame
      title="Register a version"
      error={submit.error}
      primary={{ label: 'Register', ...submit }}
      onCancel={props.onCancel}
    >
      <TextField
        label="URI"
        description="file://… or s3://bucket/key; ending in / reads every file under it"
        {...form.field('uri')}
      />
      <TextField
        label="Path"
        description="or a path in the workspace's object store"
        {...form.field('path')}
      />
    </DialogFrame>
  );
}
