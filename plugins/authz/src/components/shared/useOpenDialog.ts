import { useState } from 'react';
import type { SavingDialogProps } from './FormDialog';

/**
 * Which of a screen's dialogs is open (dialogs are mounted only while
 * open), and the props a dialog that saves gets: closing it, and closing
 * it after a save, then `onSaved` (typically a reload).
 */
export function useOpenDialog<TDialog extends string>(onSaved?: () => void) {
  const [dialog, openDialog] = useState<TDialog>();
  const closeDialog = () => openDialog(undefined);
  const dialogProps: SavingDialogProps = {
    onClose: closeDialog,
    onSaved: () => {
      closeDialog();
      onSaved?.();
    },
  };
  return { dialog, openDialog, closeDialog, dialogProps };
}
