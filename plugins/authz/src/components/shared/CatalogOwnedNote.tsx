import { Text } from '@backstage/ui';
import type { PrincipalSource } from '@internal/plugin-authz-common';

/**
 * Says why edit actions are missing: the catalog sync owns this principal,
 * and the backend refuses to change what it owns. Nothing for local ones.
 */
export function CatalogOwnedNote(props: {
  source: PrincipalSource;
  owns: string;
}) {
  if (props.source !== 'catalog') return null;
  return (
    <Text variant="body-x-small" color="secondary">
      From the catalog, which owns {props.owns}. Change it there.
    </Text>
  );
}
