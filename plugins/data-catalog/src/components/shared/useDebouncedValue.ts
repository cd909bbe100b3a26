import { useEffect, useState } from 'react';

/** `value`, once it has stopped changing for `delayMs` (typing in a box). */
export function useDebouncedValue<TValue>(value: TValue, delayMs = 250) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
