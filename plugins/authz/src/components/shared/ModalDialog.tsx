import { ReactNode } from 'react';
import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
} from '@backstage/ui';

/**
 * The frame every dialog here shares: title, body, and a footer whose first
 * button closes it. Escape and a click outside close through `onClose` too,
 * so the parent stays the one place that decides what is open.
 */
export function ModalDialog(props: {
  title: ReactNode;
  /** Most dialogs are mounted only while open. */
  isOpen?: boolean;
  width?: number;
  closeLabel?: string;
  /** The buttons after the close button. */
  actions?: ReactNode;
  onClose(): void;
  children: ReactNode;
}) {
  return (
    <Dialog
      isOpen={props.isOpen ?? true}
      onOpenChange={open => !open && props.onClose()}
      width={props.width}
    >
      <DialogHeader>{props.title}</DialogHeader>
      <DialogBody>{props.children}</DialogBody>
      <DialogFooter>
        <Button variant="secondary" onPress={props.onClose}>
          {props.closeLabel ?? 'Cancel'}
        </Button>
        {props.actions}
      </DialogFooter>
    </Dialog>
  );
}
