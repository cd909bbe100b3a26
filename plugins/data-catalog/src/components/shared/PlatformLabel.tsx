import { Flex, Text } from '@backstage/ui';

const known: Record<string, { name: string; short: string; color: string }> = {
  postgresql: { name: 'PostgreSQL', short: 'Pg', color: '#336791' },
  mysql: { name: 'MySQL', short: 'My', color: '#00758f' },
  mariadb: { name: 'MariaDB', short: 'Ma', color: '#c0765a' },
};

/** The platform's name behind a small coloured monogram. */
export function PlatformLabel(props: { platform: string }) {
  const platform = known[props.platform] ?? {
    name: props.platform,
    short: props.platform.slice(0, 2),
    color: '#757575',
  };
  return (
    <Flex align="center" gap="1">
      <span
        aria-hidden
        style={{
          display: 'inline-grid',
          placeItems: 'center',
          width: 22,
          height: 22,
          borderRadius: 6,
          background: platform.color,
          color: '#fff',
          fontSize: 11,
          fontWeight: 700,
        }}
      >
        {platform.short}
      </span>
      <Text variant="body-small">{platform.name}</Text>
    </Flex>
  );
}
