import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Select, TextField } from '@backstage/ui';
import {
  createPipelineRequestSchema,
  PIPELINE_DOMAIN_TITLES,
  PIPELINE_DOMAINS,
  PipelineDetail,
  PipelineDomain,
} from '@internal/plugin-ai-ops-common';
import {
  DialogFrame,
  optional,
  splitList,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';

/**
 * A new pipeline started from one of its domain's templates; the server
 * stores the template's graph as version 1.
 */
export function CreatePipelineDialog(props: {
  workspace: string;
  onCancel(): void;
  onCreated(pipeline: PipelineDetail): void;
}) {
  const api = useApi(aiOpsApiRef);
  const form = useSchemaForm({
    schema: createPipelineRequestSchema,
    initial: {
      name: '',
      title: '',
      description: '',
      domain: 'time-series' as PipelineDomain,
      template: '',
      tags: '',
    },
    toRequest: values => ({
      name: values.name.trim(),
      title: values.title.trim(),
      description: optional(values.description),
      domain: values.domain,
      template: optional(values.template),
      tags: splitList(values.tags),
    }),
  });
  const templates = useAsync(
    () => api.listTemplates(form.values.domain),
    [api, form.values.domain],
  );
  const submit = useSubmit({
    form,
    send: request => api.createPipeline(props.workspace, request),
    done: 'Pipeline created',
    onSaved: props.onCreated,
  });

  return (
    <DialogFrame
      title="New pipeline"
      error={submit.error}
      primary={{ label: 'Create', ...submit }}
      onCancel={props.onCancel}
    >
      <TextField
        label="Name"
        isRequired
        {...form.field('name')}
        description="lower-case letters, digits and dashes"
      />
      <TextField label="Title" isRequired {...form.field('title')} />
      <TextField label="Description" {...form.field('description')} />
      <Select
        label="Domain"
        options={PIPELINE_DOMAINS.map(d => ({
          id: d,
          label: PIPELINE_DOMAIN_TITLES[d],
        }))}
        value={form.values.domain}
        onChange={key => {
          form.set('domain', key as PipelineDomain);
          form.set('template', '');
        }}
      />
      <Select
        label="Template"
        placeholder="The domain's default"
        options={(templates.value?.items ?? []).map(t => ({
          id: t.id,
          label: t.title,
        }))}
        value={form.values.template || null}
        onChange={key => form.set('template', key ? String(key) : '')}
      />
      <TextField
        label="Tags"
        {...form.field('tags')}
        description="comma-separated"
      />
    </DialogFrame>
  );
}
