import { Button } from '@backstage/ui';
import { ConfirmDialog } from './ConfirmDialog';
import type { DetailDeletion } from './useDetail';

/**
 * A detail panel's Delete button and the confirmation it opens, which
 * shows the server's refusal itself.
 */
export function DeleteButton(props: {
  detail: DetailDeletion;
  confirm: { title: string; message: string; label: string };
  send(): Promise<void>;
  successMessage: string;
}) {
  const { detail, confirm } = props;
  return (
    <>
      <Button
        variant="secondary"
        destructive
        onPress={() => detail.openDialog('delete')}
      >
        Delete
      </Button>
      <ConfirmDialog
        open={detail.dialog === 'delete'}
        title={confirm.title}
        message={confirm.message}
        confirmLabel={confirm.label}
        pending={detail.action.pending}
        error={detail.action.error}
        onConfirm={() => detail.remove(props.send, props.successMessage)}
        onClose={detail.closeDialog}
      />
    </>
  );
}
