import { ReactNode } from 'react';

/**
 * A control the user may not use, disabled by its owner, with the reason
 * as a tooltip: on a wrapper, since disabled controls take no hover.
 */
export function Guarded(props: { reason?: string; children: ReactNode }) {
  if (!props.reason) return <>{props.children}</>;
  return (
    <span title={props.reason} style={{ display: 'inline-flex' }}>
      {props.children}
    </span>
  );
}
