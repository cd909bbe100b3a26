import { useState } from 'react';
import { Button, ButtonProps, Text } from '@backstage/ui';
import { DialogFrame, useMutation } from '@internal/portal-react';

/**
 * A button that asks before a destructive change, sends it from the
 * confirmation and keeps the dialog open with the server's refusal.
 */
export function ConfirmButton(props: {
  label: string;
  question: string;
  confirmLabel: string;
  done: string;
  size?: ButtonProps['size'];
  onConfirm(): Promise<unknown>;
  onDone(): void;
}) {
  const [open, setOpen] = useState(false);
  const mutation = useMutation();
  const confirm = async () => {
    if (await mutation.run(props.onConfirm, props.done)) {
      setOpen(false);
      props.onDone();
    }
  };
  return (
    <>
      <Button
        variant="secondary"
        size={props.size}
        destructive
        onPress={() => {
          mutation.reset();
          setOpen(true);
        }}
      >
        {props.label}
      </Button>
      {open ? (
        <DialogFrame
          title={props.label}
          error={mutation.error}
          primary={{
            label: props.confirmLabel,
            destructive: true,
            pending: mutation.pending,
            onPress: confirm,
          }}
          onCancel={() => setOpen(false)}
        >
          <Text as="p">{props.question}</Text>
        </DialogFrame>
      ) : null}
    </>
  );
}
