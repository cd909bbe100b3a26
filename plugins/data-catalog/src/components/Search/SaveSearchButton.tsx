import { useApi } from '@backstage/frontend-plugin-api';
import { Button, TextField } from '@backstage/ui';
import { saveSearchRequestSchema } from '@internal/plugin-data-catalog-common';
import {
  DialogFrame,
  useDialog,
  useSchemaForm,
  useSubmit,
} from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import type { SearchState } from './useSearchState';

function SaveSearchDialog(props: {
  search: SearchState;
  onClose(): void;
  onSaved(): void;
}) {
  const api = useApi(dataCatalogApiRef);
  const filters = Object.fromEntries(
    Object.entries(props.search.filters).filter(([, values]) => values.length),
  );
  const form = useSchemaForm({
    schema: saveSearchRequestSchema,
    initial: { name: props.search.q },
    toRequest: values => ({
      name: values.name.trim(),
      query: props.search.q,
      filters,
    }),
  });
  const submit = useSubmit({
    form,
    send: request => api.saveSearch(request),
    done: 'Search saved',
    onSaved: props.onSaved,
  });
  return (
    <DialogFrame
      title="Save this search"
      error={submit.error}
      primary={{ label: 'Save', ...submit }}
      onCancel={props.onClose}
    >
      <TextField label="Name" isRequired {...form.field('name')} />
    </DialogFrame>
  );
}

/** Keeps the current query and filters among the user's saved searches. */
export function SaveSearchButton(props: {
  search: SearchState;
  onSaved(): void;
}) {
  const dialog = useDialog(props.onSaved);
  return (
    <>
      <Button variant="secondary" onPress={() => dialog.open(true)}>
        Save this search
      </Button>
      {dialog.subject ? (
        <SaveSearchDialog
          search={props.search}
          onClose={dialog.close}
          onSaved={dialog.finish}
        />
      ) : null}
    </>
  );
}
