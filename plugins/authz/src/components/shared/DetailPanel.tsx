import { ReactNode } from 'react';
import {
  ButtonIcon,
  Card,
  CardBody,
  CardHeader,
  Flex,
  Text,
} from '@backstage/ui';
import CloseIcon from '@material-ui/icons/Close';

/**
 * The side panel next to a list: details of the selected row. A landmark
 * (`complementary`) named by `label`, so it can be found by role.
 */
export function DetailPanel(props: {
  label: string;
  title: string;
  subtitle?: string;
  onClose(): void;
  children: ReactNode;
}) {
  return (
    <aside aria-label={props.label} style={{ width: 380, flexShrink: 0 }}>
      <Card>
        <CardHeader>
          <Flex justify="between" align="start">
            <Flex direction="column" gap="1">
              <Text as="h2" variant="title-small">
                {props.title}
              </Text>
              {props.subtitle && (
                <Text variant="body-small" color="secondary">
                  {props.subtitle}
                </Text>
              )}
            </Flex>
            <ButtonIcon
              aria-label={`Close ${props.label}`}
              variant="tertiary"
              icon={<CloseIcon fontSize="small" />}
              onPress={props.onClose}
            />
          </Flex>
        </CardHeader>
        <CardBody>
          <Flex direction="column" gap="4">
            {props.children}
          </Flex>
        </CardBody>
      </Card>
    </aside>
  );
}

/** A labelled block inside a detail panel. */
export function DetailSection(props: { title: string; children: ReactNode }) {
  return (
    <section aria-label={props.title}>
      <Text as="h3" variant="body-small" weight="bold" color="secondary">
        {props.title}
      </Text>
      <div style={{ marginTop: 6 }}>{props.children}</div>
    </section>
  );
}
