import { Text } from '@backstage/ui';

/**
 * Says why edit actions are missing: the catalog sync owns this principal,
 * and the backend refuses to change what it owns.
 */
export function CatalogOwnedNote(props: { owns: string }) {
  return (
    <Text variant="body-x-small" color="secondary">
      From the catalog, which owns {props.owns}. Change it there.
    </Text>
  );
}
