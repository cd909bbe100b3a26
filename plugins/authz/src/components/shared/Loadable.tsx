import { ReactNode } from 'react';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';

export type LoadState<TValue> = {
  loading: boolean;
  error?: Error;
  value?: TValue;
};

/**
 * Progress until the first value, the error panel on failure, then the
 * content. A reload keeps the old content on screen under a progress bar.
 */
export function Loadable<TValue>(props: {
  state: LoadState<TValue>;
  children: (value: TValue) => ReactNode;
}) {
  const { loading, error, value } = props.state;
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (value === undefined) {
    return loading ? <Progress /> : null;
  }
  return (
    <>
      {loading && <Progress />}
      {props.children(value)}
    </>
  );
}
