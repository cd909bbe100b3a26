import { useState } from 'react';

/**
 * What a dialog is open for (undefined: closed). Dialogs mount only while
 * open; `close` cancels, `finish` closes after a change and lets the owner
 * reload what the dialog changed.
 */
export function useDialog<T = true>(onFinished: () => void = () => {}) {
  const [subject, setSubject] = useState<T>();
  return {
    subject,
    open: (value: T) => setSubject(() => value),
    close: () => setSubject(undefined),
    finish: () => {
      setSubject(undefined);
      onFinished();
    },
  };
}
