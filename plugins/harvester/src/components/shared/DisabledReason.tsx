import { CSSProperties, ReactElement, useId } from 'react';

/** What the disabled control inside must take to be described. */
export type DescribedProps = {
  'aria-describedby'?: string;
  style?: CSSProperties;
};

/**
 * Says why the control inside is disabled: as its accessible description
 * and as a tooltip on hover. A disabled button takes no pointer events, so
 * the wrapper holds the tooltip and the button lets the pointer through.
 */
export function DisabledReason(props: {
  reason?: string;
  children(described: DescribedProps): ReactElement;
}) {
  const id = useId();
  if (!props.reason) return props.children({});
  return (
    <span title={props.reason} style={{ display: 'inline-flex' }}>
      {props.children({
        'aria-describedby': id,
        style: { pointerEvents: 'none' },
      })}
      {/* Hidden, yet still the button's description. */}
      <span id={id} hidden>
        {props.reason}
      </span>
    </span>
  );
}
