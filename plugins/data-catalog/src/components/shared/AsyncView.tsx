import { ReactNode } from 'react';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';

/** What useAsync / useAsyncRetry give. */
export type AsyncResult<TValue> = {
  loading: boolean;
  error?: Error;
  value?: TValue;
};

/**
 * Shows a request's outcome: a progress bar while the first answer is on
 * its way, the server's error, or the content. A reload keeps the content
 * visible with a progress bar above it, so the page does not jump.
 */
export function AsyncView<TValue>(props: {
  result: AsyncResult<TValue>;
  children: (value: TValue) => ReactNode;
}) {
  const { loading, error, value } = props.result;
  if (error) return <ResponseErrorPanel error={error} />;
  const content = value === undefined ? null : props.children(value);
  return (
    <>
      {loading ? <Progress /> : null}
      {content}
    </>
  );
}
