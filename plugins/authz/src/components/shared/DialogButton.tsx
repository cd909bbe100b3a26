import { ReactNode } from 'react';
import { Button, ButtonProps } from '@backstage/ui';

/**
 * A button that opens one of a screen's dialogs (see useOpenDialog), and
 * that dialog, mounted while open. Dialogs render in a portal, so where
 * they sit in the tree does not change the page.
 */
export function DialogButton<TDialog extends string>(props: {
  dialogs: { dialog?: string; openDialog(dialog: NoInfer<TDialog>): void };
  dialog: TDialog;
  label: string;
  variant?: ButtonProps['variant'];
  isDisabled?: boolean;
  children: ReactNode;
}) {
  const { dialogs } = props;
  return (
    <>
      <Button
        variant={props.variant ?? 'secondary'}
        isDisabled={props.isDisabled}
        onPress={() => dialogs.openDialog(props.dialog)}
      >
        {props.label}
      </Button>
      {dialogs.dialog === props.dialog && props.children}
    </>
  );
}
