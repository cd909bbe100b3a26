import { Link } from '@backstage/core-components';
import { Flex, Text } from '@backstage/ui';
import { useInstalledPlatformAreas } from '../platform';

/** Links to each plugin family, marking the ones not installed yet. */
export const PlatformAreasCard = () => {
  const areas = useInstalledPlatformAreas();
  return (
    <Flex direction="column" gap="3" data-testid="platform-areas">
      {areas.map(area => (
        <Flex key={area.pageExtensionId} direction="column" gap="1">
          {area.path !== undefined ? (
            <Link to={area.path}>{area.title}</Link>
          ) : (
            <Text color="secondary">{area.title} (not installed yet)</Text>
          )}
          <Text variant="body-small" color="secondary">
            {area.description}
          </Text>
        </Flex>
      ))}
    </Flex>
  );
};
