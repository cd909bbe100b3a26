import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button } from '@backstage/ui';
import type { ConnectionTestResult } from '@internal/plugin-data-catalog-common';
import { DialogFrame, useMutation } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { ConnectionTestOutcome } from '../shared/ConnectionSteps';

/** Tests a saved source's connection and shows each step's outcome. */
export function TestSourceButton(props: { sourceId: string }) {
  const api = useApi(dataCatalogApiRef);
  const mutation = useMutation();
  const [result, setResult] = useState<ConnectionTestResult>();

  const test = async () => {
    setResult(undefined);
    const outcome = await mutation.run(() => api.testSource(props.sourceId));
    if (outcome) setResult(outcome.result);
  };

  const open = mutation.pending || result !== undefined || !!mutation.error;
  return (
    <>
      <Button variant="secondary" isPending={mutation.pending} onPress={test}>
        Test connection
      </Button>
      {open && !mutation.pending ? (
        <DialogFrame
          title="Connection test"
          error={mutation.error}
          cancelLabel="Close"
          onCancel={() => {
            setResult(undefined);
            mutation.reset();
          }}
        >
          {result ? <ConnectionTestOutcome result={result} /> : null}
        </DialogFrame>
      ) : null}
    </>
  );
}
