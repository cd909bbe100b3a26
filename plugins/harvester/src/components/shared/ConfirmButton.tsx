import { ReactNode, useState } from 'react';
import { Button, ButtonProps } from '@backstage/ui';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * A button that asks before a change, saying what will happen (the
 * ConfirmDialog), for changes to the object a page is about.
 */
export function ConfirmButton(props: {
  label: string;
  /** The dialog's title; default the label. */
  title?: string;
  question: ReactNode;
  confirmLabel: string;
  done: string;
  destructive?: boolean;
  size?: ButtonProps['size'];
  isDisabled?: boolean;
  onConfirm(): Promise<unknown>;
  onDone(): void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="secondary"
        size={props.size}
        destructive={props.destructive}
        isDisabled={props.isDisabled}
        onPress={() => setOpen(true)}
      >
        {props.label}
      </Button>
      {open ? (
        <ConfirmDialog
          title={props.title ?? props.label}
          question={props.question}
          confirmLabel={props.confirmLabel}
          done={props.done}
          destructive={props.destructive}
          onConfirm={props.onConfirm}
          onCancel={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            props.onDone();
          }}
        />
      ) : null}
    </>
  );
}
