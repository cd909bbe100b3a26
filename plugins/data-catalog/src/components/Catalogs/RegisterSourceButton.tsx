import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button } from '@backstage/ui';
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
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onPress={() => setOpen(true)}>Register source</Button>
      {open ? (
        <SourceFormDialog
          title="Register source"
          submitLabel="Register"
          initial={emptySourceForm}
          isNew
          schema={sourceSchemas.create}
          toRequest={createRequestOf}
          send={request => api.createSource(request)}
          done="Source registered"
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            props.onRegistered();
          }}
        />
      ) : null}
    </>
  );
}
