import { Alert } from '@backstage/ui';

/** The server's refusal where the change was started; nothing without one. */
export function ErrorNote(props: {
  message?: string;
  status?: 'danger' | 'warning';
}) {
  if (!props.message) return null;
  return <Alert status={props.status ?? 'danger'} icon title={props.message} />;
}
