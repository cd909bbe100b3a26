import { useMutation } from './useMutation';

/**
 * The save step of a form: validate (field errors show and nothing is
 * sent when invalid), send, toast, then `onSaved` with what the server
 * returned. Spread it into DialogFrame's `primary` and pass its `error`.
 */
export function useSubmit<TRequest, TResult>(options: {
  form: { submit(): TRequest | undefined };
  send(request: TRequest): Promise<TResult>;
  done: string;
  onSaved(result: TResult): void;
}) {
  const mutation = useMutation();
  const onPress = async () => {
    const request = options.form.submit();
    if (request === undefined) return;
    const saved = await mutation.run(() => options.send(request), options.done);
    if (saved) options.onSaved(saved.result);
  };
  return { onPress, pending: mutation.pending, error: mutation.error };
}
