import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex, TextAreaField, TextField } from '@backstage/ui';
import { discussionRequestSchema } from '@internal/plugin-data-catalog-common';
import {
  ErrorNote,
  asOptions,
  FilterSelect,
  optional,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';

const blank = { title: '', body: '', column: '' };

/** Starts a discussion on the table or on one of its columns. */
export function NewDiscussionForm(props: {
  entityRef: string;
  columns: string[];
  onCreated(): void;
}) {
  const api = useApi(dataCatalogApiRef);
  const form = useSchemaForm({
    schema: discussionRequestSchema,
    initial: blank,
    toRequest: values => ({
      title: values.title.trim(),
      body: values.body.trim(),
      column: optional(values.column),
    }),
  });
  const submit = useSubmit({
    form,
    send: request => api.createDiscussion(props.entityRef, request),
    done: 'Discussion started',
    onSaved: () => {
      form.set('title', '');
      form.set('body', '');
      props.onCreated();
    },
  });

  return (
    <Flex direction="column" gap="2" role="form" aria-label="New discussion">
      <Flex gap="3" align="end">
        <TextField label="Title" {...form.field('title')} />
        <FilterSelect
          label="About"
          anyLabel="The whole table"
          options={asOptions(props.columns)}
          value={form.values.column || undefined}
          onChange={column => form.set('column', column ?? '')}
        />
      </Flex>
      <TextAreaField
        label="Question or remark"
        rows={3}
        {...form.field('body')}
      />
      <ErrorNote message={submit.error} />
      <div>
        <Button isPending={submit.pending} onPress={submit.onPress}>
          Start discussion
        </Button>
      </div>
    </Flex>
  );
}
