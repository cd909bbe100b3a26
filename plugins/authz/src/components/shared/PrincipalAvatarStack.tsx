import { Avatar, Flex, Text } from '@backstage/ui';
import { entityName } from './refs';

/**
 * The first few members as initials avatars, overlapping, then "+N" for the
 * rest. Names come from refs (`user:default/alice.kim` → "alice kim").
 */
export function PrincipalAvatarStack(props: { refs: string[]; max?: number }) {
  const max = props.max ?? 5;
  const shown = props.refs.slice(0, max);
  const hidden = props.refs.length - shown.length;
  return (
    <Flex
      align="center"
      gap="0"
      role="group"
      aria-label={`${props.refs.length} members`}
    >
      {shown.map((ref, index) => (
        <Avatar
          key={ref}
          src=""
          size="small"
          name={entityName(ref).replace(/[._-]+/g, ' ')}
          style={{ marginLeft: index === 0 ? 0 : -6 }}
        />
      ))}
      {hidden > 0 && (
        <Text variant="body-small" color="secondary" style={{ marginLeft: 4 }}>
          +{hidden}
        </Text>
      )}
    </Flex>
  );
}
