import { useApi } from '@backstage/frontend-plugin-api';
import { TextField } from '@backstage/ui';
import {
  Dataset,
  updateDatasetRequestSchema,
} from '@internal/plugin-ai-ops-common';
import {
  DialogFrame,
  splitList,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';

/** A dataset's title, description, owner and tags (its name stays). */
export function EditDatasetDialog(props: {
  workspace: string;
  dataset: Dataset;
  onCancel(): void;
  onSaved(dataset: Dataset): void;
}) {
  const api = useApi(aiOpsApiRef);
  const { dataset } = props;
  const form = useSchemaForm({
    schema: updateDatasetRequestSchema,
    initial: {
      title: dataset.title,
      description: dataset.description ?? '',
      owner: dataset.owner,
      tags: dataset.tags.join(', '),
    },
    toRequest: values => ({
      title: values.title.trim(),
      description: values.description.trim() || null,
      owner: values.owner.trim(),
      tags: splitList(values.tags),
    }),
  });
  const submit = useSubmit({
    form,
    send: request => api.updateDataset(props.workspace, dataset.id, request),
    done: `Dataset ${dataset.name} saved`,
    onSaved: props.onSaved,
  });
  return (
    <DialogFrame
      title={`Edit ${dataset.name}`}
      error={submit.error}
      primary={{ label: 'Save', ...submit }}
      onCancel={props.onCancel}
    >
      <TextField label="Title" isRequired {...form.field('title')} />
      <TextField label="Description" {...form.field('description')} />
      <TextField
        label="Owner"
        isRequired
        description="a user or group ref, e.g. group:default/ml-platform"
        {...form.field('owner')}
      />
      <TextField
        label="Tags"
        description="comma-separated: lower-case letters, digits, : . _ -"
        {...form.field('tags')}
      />
    </DialogFrame>
  );
}
