import { ReactNode } from 'react';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { describeError } from './describeError';
import { ErrorNote } from './ErrorNote';

/** What useAsync / useAsyncRetry give. */
export type AsyncResult<TValue> = {
  loading: boolean;
  error?: Error;
  value?: TValue;
};

/**
 * A request's outcome: a progress bar until the first answer, the server's
 * error, or the content. A reload keeps the content (with a progress bar,
 * or a warning when the refresh failed), so the page does not jump.
 */
export function AsyncView<TValue>(props: {
  result: AsyncResult<TValue>;
  children: (value: TValue) => ReactNode;
}) {
  const { loading, error, value } = props.result;
  if (value === undefined) {
    if (error) return <ResponseErrorPanel error={error} />;
    return loading ? <Progress /> : null;
  }
  return (
    <>
      {loading ? <Progress /> : null}
      {error ? (
        <ErrorNote
          status="warning"
          message={`Refresh failed: ${describeError(error)}`}
        />
      ) : null}
      {props.children(value)}
    </>
  );
}
