import { ReactNode } from 'react';
import { Card, CardBody, CardHeader, Flex, Text } from '@backstage/ui';

/**
 * A card with a heading, an optional line under it and actions at its
 * right. The heading names the card as a region for tests and readers.
 */
export function Panel(props: {
  children: ReactNode;
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  const { title, subtitle, actions } = props;
  return (
    <Card aria-label={title} role="region">
      <CardHeader>
        <Flex justify="between" align="center" gap="2">
          <div>
            <Text as="h2" variant="title-x-small">
              {title}
            </Text>
            {subtitle ? (
              <Text as="p" variant="body-x-small" color="secondary">
                {subtitle}
              </Text>
            ) : null}
          </div>
          {actions ? (
            <Flex gap="2" align="center">
              {actions}
            </Flex>
          ) : null}
        </Flex>
      </CardHeader>
      <CardBody>{props.children}</CardBody>
    </Card>
  );
}
