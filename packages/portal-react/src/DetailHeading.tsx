import { ReactNode } from 'react';
import { Flex, Link, Text } from '@backstage/ui';

/**
 * The top of a detail page: a link back to its list, the title with any
 * badges beside it, a line under it, and the page's actions on the right.
 */
export function DetailHeading(props: {
  back: { href: string; label: string };
  title: string;
  subtitle?: ReactNode;
  badges?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Flex justify="between" align="start" gap="3" style={{ flexWrap: 'wrap' }}>
      <Flex direction="column" gap="1">
        <Link href={props.back.href} variant="body-small">
          {`← ${props.back.label}`}
        </Link>
        <Flex align="center" gap="2">
          <Text as="h1" variant="title-medium">
            {props.title}
          </Text>
          {props.badges}
        </Flex>
        {props.subtitle ? (
          <Text variant="body-small" color="secondary">
            {props.subtitle}
          </Text>
        ) : null}
      </Flex>
      {props.actions ? (
        <Flex gap="2" align="center" style={{ flexWrap: 'wrap' }}>
          {props.actions}
        </Flex>
      ) : null}
    </Flex>
  );
}
