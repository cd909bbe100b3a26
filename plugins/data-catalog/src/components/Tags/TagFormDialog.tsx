import { useApi } from '@backstage/frontend-plugin-api';
import { Grid, Select, Switch, TextField } from '@backstage/ui';
import {
  PiiLevel,
  Tag,
  TagCategory,
  piiLevels,
  tagRequestSchema,
} from '@internal/plugin-data-catalog-common';
import {
  DialogFrame,
  asOptions,
  optional,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';

/**
 * Creates a tag in a category or edits one: its colour, the PII level it
 * marks and whether it marks restricted access (PII needs one).
 */
export function TagFormDialog(props: {
  category: TagCategory;
  tag?: Tag;
  onClose(): void;
  onSaved(): void;
}) {
  const api = useApi(dataCatalogApiRef);
  const { tag, category } = props;
  const form = useSchemaForm({
    schema: tagRequestSchema,
    initial: {
      name: tag?.name ?? '',
      description: tag?.description ?? '',
      color: tag?.color ?? '',
      piiLevel: tag?.piiLevel ?? ('none' as PiiLevel),
      restricted: tag?.restricted ?? false,
    },
    toRequest: values => ({
      categoryId: category.id,
      name: values.name.trim(),
      description: optional(values.description),
      color: optional(values.color),
      piiLevel: values.piiLevel,
      restricted: values.restricted,
    }),
  });
  const submit = useSubmit({
    form,
    send: request =>
      tag ? api.updateTag(tag.id, request) : api.createTag(request),
    done: tag ? 'Tag saved' : 'Tag created',
    onSaved: props.onSaved,
  });
  return (
    <DialogFrame
      title={tag ? `Edit tag ${tag.name}` : `New tag in ${category.name}`}
      error={submit.error}
      primary={{ label: tag ? 'Save' : 'Create', ...submit }}
      onCancel={props.onClose}
    >
      <Grid.Root columns="2" gap="3">
        <TextField
          label="Name"
          isRequired
          description="Lower case, digits, : _ -"
          {...form.field('name')}
        />
        <TextField
          label="Colour"
          placeholder="#1976d2"
          {...form.field('color')}
        />
      </Grid.Root>
      <TextField label="Description" {...form.field('description')} />
      <Select
        label="PII level"
        options={asOptions(piiLevels)}
        value={form.values.piiLevel}
        onChange={key => form.set('piiLevel', String(key) as PiiLevel)}
      />
      <Switch
        label="Restricted access"
        isSelected={form.values.restricted}
        onChange={on => form.set('restricted', on)}
      />
    </DialogFrame>
  );
}
