import { useApi } from '@backstage/frontend-plugin-api';
import { TextAreaField, TextField } from '@backstage/ui';
import {
  DataColumn,
  updateDocRequestSchema,
} from '@internal/plugin-data-catalog-common';
import {
  DialogFrame,
  optional,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { DocHistoryList } from './DocHistoryList';
import { docPatch } from './docPatch';
import { TagPicker, tagChanges } from './TagPicker';

const columnFields = ['description', 'unit', 'example'] as const;

/**
 * Documents one column and sets its tags. The tags go last: a tag-policy
 * refusal (400) lists every violation in the dialog, docs already saved.
 */
export function ColumnEditDialog(props: {
  entityRef: string;
  column: DataColumn;
  onClose(): void;
  onSaved(): void;
}) {
  const api = useApi(dataCatalogApiRef);
  const { column } = props;
  const initialTags = column.tags.map(tag => tag.name);
  const initial = {
    description: column.doc?.description ?? '',
    unit: column.doc?.unit ?? '',
    example: column.doc?.example ?? '',
  };
  const form = useSchemaForm({
    schema: updateDocRequestSchema,
    initial: { ...initial, tags: initialTags },
    toRequest: values => ({
      description: optional(values.description),
      unit: optional(values.unit),
      example: optional(values.example),
    }),
  });
  const submit = useSubmit({
    form,
    send: async doc => {
      await api.updateDocs(props.entityRef, {
        ...docPatch(columnFields, doc, initial),
        column: column.name,
      });
      const { add, remove } = tagChanges(initialTags, form.values.tags);
      if (add.length || remove.length) {
        await api.assignTags(props.entityRef, {
          column: column.name,
          add,
          remove,
        });
      }
    },
    done: `Column ${column.name} saved`,
    onSaved: props.onSaved,
  });

  return (
    <DialogFrame
      title={`Edit column ${column.name}`}
      error={submit.error}
      primary={{ label: 'Save', ...submit }}
      onCancel={props.onClose}
    >
      <TextAreaField label="Description" {...form.field('description')} />
      <TextField
        label="Unit"
        placeholder="EUR, ms, %"
        {...form.field('unit')}
      />
      <TextField label="Example" {...form.field('example')} />
      <TagPicker
        value={form.values.tags}
        onChange={names => form.set('tags', names)}
      />
      <details>
        <summary>Edit history of {column.name}</summary>
        <DocHistoryList entityRef={props.entityRef} column={column.name} />
      </details>
    </DialogFrame>
  );
}
