import { ReactNode } from 'react';
import { Card, CardBody, Text } from '@backstage/ui';

/** One headline figure: label above, value large, a hint under it. */
export function Metric(props: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
}) {
  return (
    <Card role="group" aria-label={props.label}>
      <CardBody>
        <Text as="p" variant="body-small" color="secondary">
          {props.label}
        </Text>
        <Text as="p" variant="title-medium" weight="bold">
          {props.value}
        </Text>
        {props.hint ? (
          <Text as="p" variant="body-x-small" color="secondary">
            {props.hint}
          </Text>
        ) : null}
      </CardBody>
    </Card>
  );
}
