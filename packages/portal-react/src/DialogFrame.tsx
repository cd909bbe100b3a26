import { ReactNode } from 'react';
import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Flex,
} from '@backstage/ui';
import { ErrorNote } from './ErrorNote';

/** A button of a dialog's footer. */
export type DialogAction = {
  label: string;
  pending?: boolean;
  disabled?: boolean;
  destructive?: boolean;
  onPress(): void;
};

/**
 * Every dialog of the portal's pages: a title, the content in a column, the
 * server's refusal under it, then Cancel, any extra actions and the main
 * action (spinning while it is sent). Mounted only while open; Escape and
 * outside clicks cancel.
 */
export function DialogFrame(props: {
  title: string;
  width?: number;
  error?: string;
  primary?: DialogAction;
  secondary?: DialogAction;
  cancelLabel?: string;
  onCancel(): void;
  children: ReactNode;
}) {
  const actions = [props.secondary, props.primary].filter(
    (action): action is DialogAction => action !== undefined,
  );
  return (
    <Dialog
      isOpen
      width={props.width ?? 520}
      onOpenChange={isOpen => {
        if (!isOpen) props.onCancel();
      }}
    >
      <DialogHeader>{props.title}</DialogHeader>
      <DialogBody>
        <Flex direction="column" gap="3">
          {props.children}
          <ErrorNote message={props.error} />
        </Flex>
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onPress={props.onCancel}>
          {props.cancelLabel ?? 'Cancel'}
        </Button>
        {actions.map((action, index) => (
          <Button
            key={action.label}
            variant={index < actions.length - 1 ? 'secondary' : 'primary'}
            destructive={action.destructive}
            isPending={action.pending}
            isDisabled={action.disabled}
            onPress={action.onPress}
          >
            {action.label}
          </Button>
        ))}
      </DialogFooter>
    </Dialog>
  );
}
