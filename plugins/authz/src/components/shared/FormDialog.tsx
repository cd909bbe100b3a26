import { ReactNode } from 'react';
import { Alert, Button, Flex } from '@backstage/ui';
import { ModalDialog } from './ModalDialog';

/** What a dialog that saves needs from its opener. */
export type SavingDialogProps = {
  onClose(): void;
  /** After a save went through; the opener closes the dialog and reloads. */
  onSaved(): void;
};

/**
 * A form in a dialog: the fields in a column, the server's refusal under
 * them, then Cancel and the submit button, which spins while the change is
 * sent. Without `submit` it is a dialog that saves as you go.
 */
export function FormDialog(props: {
  title: ReactNode;
  width: number;
  /** The change this dialog runs (see useAction). */
  action: { pending: boolean; error?: string };
  submit?: { label: string; isDisabled?: boolean; onPress(): void };
  closeLabel?: string;
  /** Under the error: what the last submit produced. */
  result?: ReactNode;
  onClose(): void;
  children: ReactNode;
}) {
  const { action, submit } = props;
  return (
    <ModalDialog
      title={props.title}
      width={props.width}
      closeLabel={props.closeLabel}
      onClose={props.onClose}
      actions={
        submit && (
          <Button
            isPending={action.pending}
            isDisabled={submit.isDisabled}
            onPress={submit.onPress}
          >
            {submit.label}
          </Button>
        )
      }
    >
      <Flex direction="column" gap="3">
        {props.children}
        {action.error && <Alert status="danger" icon title={action.error} />}
        {props.result}
      </Flex>
    </ModalDialog>
  );
}
