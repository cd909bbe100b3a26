import { Text } from '@backstage/ui';

/** The quiet line that stands in for an empty list ("No members"). */
export function EmptyNote(props: { text: string }) {
  return (
    <Text variant="body-small" color="secondary">
      {props.text}
    </Text>
  );
}
