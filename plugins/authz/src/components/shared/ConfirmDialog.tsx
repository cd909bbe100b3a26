import {
  Alert,
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Text,
} from '@backstage/ui';

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
    <Dialog isOpen={props.open} onOpenChange={open => !open && props.onClose()}>
      <DialogHeader>{props.title}</DialogHeader>
      <DialogBody>
        <Text as="p">{props.message}</Text>
        {props.error && (
          <Alert status="danger" icon title={props.error} mt="3" />
        )}
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onPress={props.onClose}>
          Cancel
        </Button>
        <Button destructive isPending={props.pending} onPress={props.onConfirm}>
          {props.confirmLabel}
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
