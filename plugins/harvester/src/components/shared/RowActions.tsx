import { Button, Cell, ColumnConfig, Flex, TableItem } from '@backstage/ui';
import { DisabledReason } from './DisabledReason';
import { ResourcePermission, useCan } from './permissions';

/** One button of a table row. */
export type RowAction = {
  label: string;
  /** The button's accessible name, which names the row's object: "Delete web-1". */
  name: string;
  /** Why it cannot be pressed now; said beside the disabled button. */
  disabledReason?: string;
  destructive?: boolean;
  onPress(): void;
};

/** The Delete of a row; `subject` names the object. */
export function deleteAction(
  subject: string,
  onPress: () => void,
  disabledReason?: string,
): RowAction {
  return {
    label: 'Delete',
    name: `Delete ${subject}`,
    destructive: true,
    disabledReason,
    onPress,
  };
}

/**
 * A row's buttons, for users who may do `permission` to the row's object
 * (`resourceRef`); nothing for everyone else. The server checks again.
 */
export function RowActions(props: {
  permission: ResourcePermission;
  resourceRef: string;
  actions: RowAction[];
}) {
  const allowed = useCan(props.permission, props.resourceRef);
  if (!allowed) return null;
  return (
    <Flex gap="2">
      {props.actions.map(action => (
        <DisabledReason key={action.label} reason={action.disabledReason}>
          {described => (
            <Button
              {...described}
              size="small"
              variant="secondary"
              destructive={action.destructive}
              aria-label={action.name}
              isDisabled={Boolean(action.disabledReason)}
              onPress={action.onPress}
            >
              {action.label}
            </Button>
          )}
        </DisabledReason>
      ))}
    </Flex>
  );
}

/**
 * The last column: each row's RowActions. The permission is asked about
 * `resourceRef` of the row, by default its ref (the row id).
 */
export function actionsColumn<T extends TableItem>(options: {
  permission: ResourcePermission;
  resourceRef?(row: T): string;
  actions(row: T): RowAction[];
}): ColumnConfig<T> {
  return {
    id: 'actions',
    label: 'Actions',
    cell: row => (
      <Cell>
        <RowActions
          permission={options.permission}
          resourceRef={options.resourceRef?.(row) ?? String(row.id)}
          actions={options.actions(row)}
        />
      </Cell>
    ),
  };
}
