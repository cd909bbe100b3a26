import { DependencyList } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useAction } from './useAction';
import { useOpenDialog } from './useOpenDialog';

/** What the list gives the detail panel of its selected item. */
export type DetailPanelCallbacks = {
  onClose(): void;
  /** After any change here, so the list can reload. */
  onChanged(): void;
};

/**
 * What every detail panel does around its item: load it, track which of its
 * dialogs is open, reload after a change (telling the list too), and delete
 * it (then tell the list and close the panel).
 */
export function useDetail<TItem, TDialog extends string = never>(
  panel: DetailPanelCallbacks,
  load: () => Promise<TItem>,
  deps: DependencyList,
) {
  const state = useAsyncRetry(load, deps);
  const reload = () => {
    state.retry();
    panel.onChanged();
  };
  const dialogs = useOpenDialog<TDialog | 'delete'>(reload);
  const action = useAction();

  /** After a change made in the panel itself (not in one of its dialogs). */
  const changed = () => {
    dialogs.closeDialog();
    reload();
  };
  /** Runs a change to the item; reloads when it went through. */
  const change = async (
    send: () => Promise<unknown>,
    successMessage: string,
  ) => {
    const ok = await action.run(send, successMessage);
    if (ok) changed();
    return ok;
  };
  const remove = async (send: () => Promise<void>, successMessage: string) => {
    if (!(await action.run(send, successMessage))) return;
    panel.onChanged();
    panel.onClose();
  };

  return {
    ...dialogs,
    state,
    action,
    /** The last error for the panel; the delete confirmation shows its own. */
    error: dialogs.dialog === 'delete' ? undefined : action.error,
    changed,
    change,
    remove,
  };
}

/** What a panel's Delete button needs of useDetail. */
export type DetailDeletion = {
  dialog?: string;
  openDialog(dialog: 'delete'): void;
  closeDialog(): void;
  action: { pending: boolean; error?: string };
  remove(send: () => Promise<void>, successMessage: string): Promise<void>;
};
