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

/**
 * Every dialog of the catalog: a title, the content in a column, the
 * server's refusal under it, then Cancel and the main action (spinning while
 * it is sent). Mounted only while open; Escape and outside clicks cancel.
 */
export function DialogFrame(props: {
  title: string;
  width?: number;
  error?: string;
  primary?: {
    label: string;
    pending?: boolean;
    disabled?: boolean;
    destructive?: boolean;
    onPress(): void;
  };
  cancelLabel?: string;
  onCancel(): void;
  children: ReactNode;
}) {
  const { primary } = props;
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
        {primary ? (
          <Button
            destructive={primary.destructive}
            isPending={primary.pending}
            isDisabled={primary.disabled}
            onPress={primary.onPress}
          >
            {primary.label}
          </Button>
        ) : null}
      </DialogFooter>
    </Dialog>
  );
}
