import { useAction } from './useAction';

/** The part of useFormValidation that saving needs. */
type ValidatedForm<TRequest> = { submit(): TRequest | undefined };

/**
 * The save step of a form dialog: validate, send, toast, then hand back to
 * the parent through `onSaved`. Nothing is sent while the form is invalid;
 * its field errors show instead.
 */
export function useSaveAction(onSaved: () => void) {
  const action = useAction();

  const save = async <TRequest>(
    form: ValidatedForm<TRequest>,
    send: (request: TRequest) => Promise<unknown>,
    /** The toast, or how to word it from the request. */
    successMessage: string | ((request: TRequest) => string),
  ) => {
    const request = form.submit();
    if (!request) return;
    const message =
      typeof successMessage === 'function'
        ? successMessage(request)
        : successMessage;
    if (await action.run(() => send(request), message)) onSaved();
  };

  return { ...action, save };
}
