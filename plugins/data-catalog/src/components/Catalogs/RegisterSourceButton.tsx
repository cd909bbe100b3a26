import { useApi } from '@backstage/frontend-plugin-api';
import { Button } from '@backstage/ui';
import { useDialog } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { SourceFormDialog } from './SourceFormDialog';
import { createRequestOf, emptySourceForm, sourceSchemas } from './sourceForm';

/**
 * "Register source" and its dialog. Always offered: registering needs the
 * manage permission without conditions, which only the server can tell;
 * a refusal shows in the dialog.
 */
export function RegisterSourceButton(props: { onRegistered(): void }) {
  const api = useApi(dataCatalogApiRef);
  const dialog = useDialog(props.onRegistered);
  return (
    <>
      <Button onPress={() => dialog.open(true)}>Register source</Button>
      {dialog.subject ? (
        <SourceFormDialog
          title="Register source"
          submitLabel="Register"
          initial={emptySourceForm}
          isNew
          schema={sourceSchemas.create}
          toRequest={createRequestOf}
          send={request => api.createSource(request)}
          done="Source registered"
          onClose={dialog.close}
          onSaved={dialog.finish}
        />
      ) : null}
    </>
  );
}
