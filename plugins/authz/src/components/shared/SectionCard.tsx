import { ReactNode } from 'react';
import { Card, CardBody, CardHeader, Flex, Text } from '@backstage/ui';

/** A titled card; the title names it as a region for assistive tech. */
export function SectionCard(props: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card role="region" aria-label={props.title}>
      <CardHeader>
        <Flex justify="between" align="center">
          <Text as="h2" variant="title-x-small">
            {props.title}
          </Text>
          {props.actions && <Flex gap="2">{props.actions}</Flex>}
        </Flex>
      </CardHeader>
      <CardBody>{props.children}</CardBody>
    </Card>
  );
}
