import { ReactNode } from 'react';
import { ButtonProps } from '@backstage/ui';
import { DialogButton } from './DialogButton';
import type { SavingDialogProps } from './FormDialog';
import { useOpenDialog } from './useOpenDialog';

/**
 * A "Create …" button and the dialog it opens; a save closes the dialog
 * and calls `onCreated` (the list reloads).
 */
export function CreateButton(props: {
  label: string;
  variant?: ButtonProps['variant'];
  isDisabled?: boolean;
  onCreated(): void;
  children(dialogProps: SavingDialogProps): ReactNode;
}) {
  const dialogs = useOpenDialog<'create'>(props.onCreated);
  return (
    <DialogButton
      dialogs={dialogs}
      dialog="create"
      label={props.label}
      variant={props.variant ?? 'primary'}
      isDisabled={props.isDisabled}
    >
      {props.children(dialogs.dialogProps)}
    </DialogButton>
  );
}
