import { Text } from '@backstage/ui';

/** Stands in for an empty list or a missing value. */
export function EmptyText(props: { children: string }) {
  return (
    <Text as="p" variant="body-small" color="secondary">
      {props.children}
    </Text>
  );
}
