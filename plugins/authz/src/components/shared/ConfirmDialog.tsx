import { Alert, Button, Text } from '@backstage/ui';
import { ModalDialog } from './ModalDialog';

/** Asks before a destructive change; shows the server's refusal if any. */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  pending?: boolean;
  error?: string;
  onConfirm(): void;
  onClose(): void;
}) {
  return (
    <ModalDialog
      isOpen={props.open}
      title={props.title}
      onClose={props.onClose}
      actions={
        <Button destructive isPending={props.pending} onPress={props.onConfirm}>
          {props.confirmLabel}
        </Button>
      }
    >
      <Text as="p">{props.message}</Text>
      {props.error && <Alert status="danger" icon title={props.error} mt="3" />}
    </ModalDialog>
  );
}
