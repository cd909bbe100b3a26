import { ConfirmDialog } from './ConfirmDialog';

/** What useDialog gives for the row whose Delete was pressed. */
type RowDialog<T> = {
  subject?: T;
  close(): void;
  finish(): void;
};

/**
 * Confirms deleting the object a row's Delete button picked, saying what
 * is lost; nothing while no row is picked. `label` names the object in
 * the title and toast, e.g. "volume scratch".
 */
export function DeleteDialog<T>(props: {
  dialog: RowDialog<T>;
  label(subject: T): string;
  consequence(subject: T): string;
  onDelete(subject: T): Promise<unknown>;
}) {
  const { dialog } = props;
  const subject = dialog.subject;
  if (subject === undefined) return null;
  const label = props.label(subject);
  return (
    <ConfirmDialog
      title={`Delete ${label}`}
      question={props.consequence(subject)}
      confirmLabel="Delete"
      destructive
      done={`Deleted ${label}`}
      onConfirm={() => props.onDelete(subject)}
      onCancel={dialog.close}
      onDone={dialog.finish}
    />
  );
}
