import { useApi } from '@backstage/frontend-plugin-api';
import { Grid, TextAreaField } from '@backstage/ui';
import {
  DataAssetDetail,
  updateDocRequestSchema,
} from '@internal/plugin-data-catalog-common';
import {
  DialogFrame,
  optional,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { FormTextFields, TextFieldSpec } from '../shared/FormTextFields';
import { docPatch } from './docPatch';
import { TagPicker, tagChanges } from './TagPicker';

const textFields = [
  'description',
  'usageGuide',
  'owner',
  'team',
  'domain',
  'sla',
  'refreshCycle',
  'retention',
  'origin',
] as const;
type DocField = (typeof textFields)[number];
type DocValues = Record<DocField, string> & { tags: string[] };

/** Stewardship: short texts shown two a row. */
const stewardshipFields: TextFieldSpec<DocField>[] = [
  { key: 'owner', label: 'Owner', placeholder: 'group:default/data-platform' },
  { key: 'team', label: 'Team' },
  { key: 'domain', label: 'Domain' },
  { key: 'sla', label: 'SLA', placeholder: 'fresh by 06:00 UTC' },
  { key: 'refreshCycle', label: 'Refresh cycle', placeholder: 'hourly' },
  { key: 'retention', label: 'Retention', placeholder: '7 years' },
  { key: 'origin', label: 'Origin' },
];

/**
 * Edits the table's documentation and stewardship, and its tags. Each
 * changed field is kept in the edit history by the server.
 */
export function DocEditDialog(props: {
  detail: DataAssetDetail;
  onClose(): void;
  onSaved(): void;
}) {
  const api = useApi(dataCatalogApiRef);
  const { detail } = props;
  const doc = detail.doc ?? {};
  const initialTags = detail.tags.map(tag => tag.name);
  const initial: DocValues = {
    ...(Object.fromEntries(
      textFields.map(name => [name, doc[name] ?? '']),
    ) as Record<DocField, string>),
    description: doc.description ?? detail.description ?? '',
    tags: initialTags,
  };
  const form = useSchemaForm({
    schema: updateDocRequestSchema,
    initial,
    toRequest: values =>
      Object.fromEntries(
        textFields.map(name => [name, optional(values[name])]),
      ),
  });
  const submit = useSubmit({
    form,
    send: async request => {
      await api.updateDocs(
        detail.entityRef,
        docPatch(textFields, request, initial),
      );
      const { add, remove } = tagChanges(initialTags, form.values.tags);
      if (add.length || remove.length) {
        await api.assignTags(detail.entityRef, { add, remove });
      }
    },
    done: 'Documentation saved',
    onSaved: props.onSaved,
  });

  return (
    <DialogFrame
      title={`Document ${detail.name}`}
      width={760}
      error={submit.error}
      primary={{ label: 'Save', ...submit }}
      onCancel={props.onClose}
    >
      <TextAreaField
        label="Description"
        rows={3}
        {...form.field('description')}
      />
      <TextAreaField
        label="Usage guide"
        description="Markdown: how to query it, caveats, examples"
        rows={8}
        {...form.field('usageGuide')}
      />
      <Grid.Root columns="2" gap="3">
        <FormTextFields form={form} fields={stewardshipFields} />
      </Grid.Root>
      <TagPicker
        value={form.values.tags}
        onChange={names => form.set('tags', names)}
      />
    </DialogFrame>
  );
}
