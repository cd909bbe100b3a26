import { useApi } from '@backstage/frontend-plugin-api';
import { TextField } from '@backstage/ui';
import {
  clonePipelineRequestSchema,
  PipelineDetail,
} from '@internal/plugin-ai-ops-common';
import {
  DialogFrame,
  optional,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';

/** A copy of the pipeline's current graph as version 1 of a new one. */
export function ClonePipelineDialog(props: {
  workspace: string;
  pipeline: PipelineDetail;
  onCancel(): void;
  onCloned(pipeline: PipelineDetail): void;
}) {
  const api = useApi(aiOpsApiRef);
  const form = useSchemaForm({
    schema: clonePipelineRequestSchema,
    initial: {
      name: `${props.pipeline.name}-copy`,
      title: `${props.pipeline.title} (copy)`,
    },
    toRequest: values => ({
      name: values.name.trim(),
      title: optional(values.title),
    }),
  });
  const submit = useSubmit({
    form,
    send: request =>
      api.clonePipeline(props.workspace, props.pipeline.name, request),
    done: 'Pipeline cloned',
    onSaved: props.onCloned,
  });
  return (
    <DialogFrame
      title={`Clone ${props.pipeline.title}`}
      error={submit.error}
      primary={{ label: 'Clone', ...submit }}
      onCancel={props.onCancel}
    >
      <TextField label="Name" isRequired {...form.field('name')} />
      <TextField label="Title" {...form.field('title')} />
    </DialogFrame>
  );
}
