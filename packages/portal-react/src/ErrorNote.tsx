import { Alert } from '@backstage/ui';

/**
 * The server's refusal where the change was started; nothing without one.
 * An alert, so assistive tech announces it as soon as it appears.
 */
export function ErrorNote(props: {
  message?: string;
  status?: 'danger' | 'warning';
}) {
  if (!props.message) return null;
  return (
    <Alert
      role="alert"
      status={props.status ?? 'danger'}
      icon
      title={props.message}
    />
  );
}
