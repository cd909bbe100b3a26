import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { Button, Flex } from '@backstage/ui';
import type { ConnectionTestResult } from '@internal/plugin-data-catalog-common';
import { ErrorNote, useMutation } from '@internal/portal-react';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';
import { ConnectionTestOutcome } from '../shared/ConnectionSteps';
import { connectionOf, SourceFormValues, sourceSchemas } from './sourceForm';

/**
 * "Test connection" for the connection typed so far: the server tries
 * each step and reports it, nothing is saved.
 */
export function ConnectionTester(props: { values: SourceFormValues }) {
  const api = useApi(dataCatalogApiRef);
  const mutation = useMutation();
  const [result, setResult] = useState<ConnectionTestResult>();
  const [problem, setProblem] = useState<string>();

  const test = async () => {
    setResult(undefined);
    const parsed = sourceSchemas.connection.safeParse(
      connectionOf(props.values),
    );
    if (!parsed.success) {
      setProblem(
        `Fill in the connection first: ${parsed.error.issues
          .map(issue => `${issue.path.join('.')} ${issue.message}`)
          .join('; ')}`,
      );
      return;
    }
    setProblem(undefined);
    const outcome = await mutation.run(() =>
      api.testConnection({
        platform: props.values.platform,
        connection: parsed.data,
      }),
    );
    setResult(outcome?.result);
  };

  return (
    <Flex direction="column" gap="2">
      <div>
        <Button variant="secondary" isPending={mutation.pending} onPress={test}>
          Test connection
        </Button>
      </div>
      <ErrorNote status="warning" message={problem ?? mutation.error} />
      {result ? <ConnectionTestOutcome result={result} /> : null}
    </Flex>
  );
}
