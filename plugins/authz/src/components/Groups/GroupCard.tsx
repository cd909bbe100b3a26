import {
  Card,
  CardBody,
  CardFooter,
  CardHeader,
  Flex,
  Text,
} from '@backstage/ui';
import type { AuthzGroup } from '@internal/plugin-authz-common';
import { PrincipalAvatarStack } from '../shared/PrincipalAvatarStack';
import { displayNameOf } from '../shared/refs';
import { countOf } from '../shared/countOf';

/** A group in the card grid; pressing it opens its details. */
export function GroupCard(props: { group: AuthzGroup; onOpen(): void }) {
  const { group } = props;
  return (
    <Card
      aria-label={displayNameOf(group)}
      onPress={props.onOpen}
      label={`Open group ${displayNameOf(group)}`}
    >
      <CardHeader>
        <Text as="h3" variant="title-x-small">
          {displayNameOf(group)}
        </Text>
        <Text variant="body-x-small" color="secondary">
          {group.ref}
        </Text>
      </CardHeader>
      <CardBody>
        <Text variant="body-small" color="secondary">
          {group.description || 'No description'}
        </Text>
      </CardBody>
      <CardFooter>
        <Flex justify="between" align="center">
          <PrincipalAvatarStack refs={group.memberRefs} />
          <Text variant="body-x-small" color="secondary">
            {countOf(group.memberCount, 'member')} ·{' '}
            {countOf(group.roleCount, 'role')}
          </Text>
        </Flex>
      </CardFooter>
    </Card>
  );
}
