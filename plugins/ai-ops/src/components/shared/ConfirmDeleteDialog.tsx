import { ReactNode } from 'react';
import { DialogFrame, useMutation } from '@internal/portal-react';

/**
 * Asks before deleting `what`, says what goes with it (children), and
 * shows the server's refusal (a 409 naming what still needs it) in place.
 */
export function ConfirmDeleteDialog(props: {
  what: string;
  children: ReactNode;
  remove(): Promise<unknown>;
  onCancel(): void;
  onDeleted(): void;
}) {
  const mutation = useMutation();
  return (
    <DialogFrame
      title={`Delete ${props.what}?`}
      error={mutation.error}
      primary={{
        label: 'Delete',
        destructive: true,
        pending: mutation.pending,
        onPress: async () => {
          if (await mutation.run(props.remove, `Deleted ${props.what}`)) {
            props.onDeleted();
          }
        },
      }}
      onCancel={props.onCancel}
    >
      {props.children}
    </DialogFrame>
  );
}
