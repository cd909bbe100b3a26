import { ReactNode } from 'react';
import { Text } from '@backstage/ui';

/** A small caption over a value, for facts laid out in a grid. */
export function LabeledValue(props: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text as="p" variant="body-x-small" color="secondary">
        {props.label}
      </Text>
      <Text as="div" variant="body-small">
        {props.children ?? '—'}
      </Text>
    </div>
  );
}
