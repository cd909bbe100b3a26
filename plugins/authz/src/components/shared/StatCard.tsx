import { ReactNode } from 'react';
import { Card, CardBody, Flex, Text } from '@backstage/ui';

/** One number with its label; the label also names the card for tests. */
export function StatCard(props: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
}) {
  return (
    <Card role="group" aria-label={props.label}>
      <CardBody>
        <Flex direction="column" gap="1">
          <Text variant="body-small" color="secondary">
            {props.label}
          </Text>
          <Text variant="title-medium" weight="bold">
            {props.value}
          </Text>
          {props.detail && (
            <Text variant="body-x-small" color="secondary">
              {props.detail}
            </Text>
          )}
        </Flex>
      </CardBody>
    </Card>
  );
}
