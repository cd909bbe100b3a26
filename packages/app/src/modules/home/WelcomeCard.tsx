import { useAsync } from 'react-use';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { UserEntity } from '@backstage/catalog-model';
import { EntityRefLinks, catalogApiRef } from '@backstage/plugin-catalog-react';
import { Avatar, Flex, Text } from '@backstage/ui';

/**
 * Greets the signed-in user. The name and e-mail come from their catalog
 * User entity, since sign-in providers such as guest carry no profile.
 */
export const WelcomeCard = () => {
  const identityApi = useApi(identityApiRef);
  const catalogApi = useApi(catalogApiRef);
  const { value, loading, error } = useAsync(async () => {
    const identity = await identityApi.getBackstageIdentity();
    const [profile, user] = await Promise.all([
      identityApi.getProfileInfo(),
      catalogApi.getEntityByRef(identity.userEntityRef),
    ]);
    return { identity, profile, user: user as UserEntity | undefined };
  }, [identityApi, catalogApi]);

  if (loading) return <Progress />;
  if (error || !value) return <ResponseErrorPanel error={error!} />;

  const { identity, profile, user } = value;
  const name =
    user?.spec.profile?.displayName ??
    profile.displayName ??
    identity.userEntityRef;
  const email = user?.spec.profile?.email ?? profile.email;
  return (
    <Flex direction="column" gap="3">
      <Flex align="center" gap="3">
        <Avatar
          src={user?.spec.profile?.picture ?? profile.picture ?? ''}
          name={name}
        />
        <Flex direction="column" gap="1">
          <Text variant="title-small" data-testid="signed-in-user">
            Welcome, {name}
          </Text>
          {email && <Text color="secondary">{email}</Text>}
        </Flex>
      </Flex>
      <Text>
        Signed in as{' '}
        <EntityRefLinks
          entityRefs={[identity.userEntityRef]}
          defaultKind="user"
        />
        {' · '}
        <Text as="span" color="secondary">
          {identity.userEntityRef}
        </Text>
      </Text>
      <Text>
        Ownership:{' '}
        <EntityRefLinks
          entityRefs={identity.ownershipEntityRefs}
          defaultKind="group"
        />
      </Text>
    </Flex>
  );
};
