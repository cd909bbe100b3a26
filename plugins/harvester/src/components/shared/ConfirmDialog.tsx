import { ReactNode } from 'react';
import { Text } from '@backstage/ui';
import { DialogFrame, useMutation } from '@internal/portal-react';

/**
 * Asks before a change to an object picked elsewhere (a row's button),
 * says what will happen, sends it and stays open with the server's
 * refusal (a 409 saying what is in the way). Mount it only while open.
 */
export function ConfirmDialog(props: {
  title: string;
  question: ReactNode;
  confirmLabel: string;
  done: string;
  destructive?: boolean;
  onConfirm(): Promise<unknown>;
  onCancel(): void;
  onDone(): void;
}) {
  const mutation = useMutation();
  const confirm = async () => {
    if (await mutation.run(props.onConfirm, props.done)) props.onDone();
  };
  return (
    <DialogFrame
      title={props.title}
      error={mutation.error}
      primary={{
        label: props.confirmLabel,
        destructive: props.destructive,
        pending: mutation.pending,
        onPress: confirm,
      }}
      onCancel={props.onCancel}
    >
      {typeof props.question === 'string' ? (
        <Text as="p">{props.question}</Text>
      ) : (
        props.question
      )}
    </DialogFrame>
  );
}
