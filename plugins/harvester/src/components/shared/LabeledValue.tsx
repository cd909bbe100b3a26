import { ReactNode } from 'react';
import { Text } from '@backstage/ui';

/**
 * A small caption over a value, for facts laid out in a grid: a term and
 * its definition, so readers and tests find a value by its caption.
 */
export function LabeledValue(props: { label: string; children: ReactNode }) {
  const empty =
    props.children === undefined ||
    props.children === null ||
    props.children === '';
  return (
    <dl style={{ margin: 0 }}>
      <dt>
        <Text variant="body-x-small" color="secondary">
          {props.label}
        </Text>
      </dt>
      <dd style={{ margin: 0 }} aria-label={props.label}>
        <Text as="div" variant="body-small">
          {empty ? '—' : props.children}
        </Text>
      </dd>
    </dl>
  );
}
