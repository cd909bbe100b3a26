import { useApi } from '@backstage/frontend-plugin-api';
import { Switch, TextField } from '@backstage/ui';
import {
  TagCategory,
  tagCategoryRequestSchema,
} from '@internal/plugin-data-catalog-common';
import {
  DialogFrame,
  optional,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';

/** Creates a tag category or edits one. */
export function CategoryFormDialog(props: {
  category?: TagCategory;
  onClose(): void;
  onSaved(): void;
}) {
  const api = useApi(dataCatalogApiRef);
  const { category } = props;
  const form = useSchemaForm({
    schema: tagCategoryRequestSchema,
    initial: {
      name: category?.name ?? '',
      description: category?.description ?? '',
      exclusive: category?.exclusive ?? false,
    },
    toRequest: values => ({
      name: values.name.trim(),
      description: optional(values.description),
      exclusive: values.exclusive,
    }),
  });
  const submit = useSubmit({
    form,
    send: request =>
      category
        ? api.updateTagCategory(category.id, request)
        : api.createTagCategory(request),
    done: category ? 'Category saved' : 'Category created',
    onSaved: props.onSaved,
  });
  return (
    <DialogFrame
      title={category ? `Edit ${category.name}` : 'New tag category'}
      error={submit.error}
      primary={{ label: category ? 'Save' : 'Create', ...submit }}
      onCancel={props.onClose}
    >
      <TextField label="Name" isRequired {...form.field('name')} />
      <TextField label="Description" {...form.field('description')} />
      <Switch
        label="Exclusive: one tag of this category per table or column"
        isSelected={form.values.exclusive}
        onChange={on => form.set('exclusive', on)}
      />
    </DialogFrame>
  );
}
