import {
  Button,
  Card,
  CardBody,
  CardFooter,
  CardHeader,
  Flex,
  Text,
} from '@backstage/ui';
import type { AuthzRole } from '@internal/plugin-authz-common';
import { ActiveChip } from '../shared/StatusChip';
import { TagList } from '../shared/TagList';
import { countOf } from '../shared/countOf';

export type RoleCardActions = {
  onEdit(): void;
  onPolicies(): void;
  onHolders(): void;
  onDelete(): void;
};

/** A role: type, state, its policies as chips, and how many hold it. */
export function RoleCard(props: {
  role: AuthzRole;
  policyName(id: string): string;
  /** Absent when the user may not manage roles. */
  actions?: RoleCardActions;
}) {
  const { role, actions } = props;
  const system = role.type === 'system';
  const deleteHintId = `delete-hint-${role.id}`;
  return (
    <Card aria-label={role.name}>
      <CardHeader>
        <Flex justify="between" align="center">
          <Text as="h3" variant="title-x-small">
            {role.name}
          </Text>
          <ActiveChip active={role.active} />
        </Flex>
        <Text variant="body-x-small" color="secondary">
          {system ? 'System role' : 'Custom role'}
          {role.allUsers && ' · applies to all users'}
        </Text>
      </CardHeader>
      <CardBody>
        <Flex direction="column" gap="2">
          {role.description && (
            <Text variant="body-small">{role.description}</Text>
          )}
          <TagList
            label={`Policies of ${role.name}`}
            items={role.policyIds.map(id => ({
              id,
              label: props.policyName(id),
            }))}
            empty="No policies"
          />
          <Text variant="body-x-small" color="secondary">
            {countOf(role.userCount, 'user')} ·{' '}
            {countOf(role.groupCount, 'group')} ·{' '}
            {countOf(role.departmentCount, 'department')}
          </Text>
        </Flex>
      </CardBody>
      {actions && (
        <CardFooter>
          <Flex gap="2" align="center" style={{ flexWrap: 'wrap' }}>
            <Button size="small" variant="secondary" onPress={actions.onEdit}>
              Edit
            </Button>
            <Button
              size="small"
              variant="secondary"
              onPress={actions.onPolicies}
            >
              Policies
            </Button>
            <Button
              size="small"
              variant="secondary"
              onPress={actions.onHolders}
            >
              Holders
            </Button>
            <Button
              size="small"
              variant="secondary"
              destructive
              isDisabled={system}
              aria-describedby={system ? deleteHintId : undefined}
              onPress={actions.onDelete}
            >
              Delete
            </Button>
            {system && (
              <Text id={deleteHintId} variant="body-x-small" color="secondary">
                System roles cannot be deleted
              </Text>
            )}
          </Flex>
        </CardFooter>
      )}
    </Card>
  );
}
