import { useState } from 'react';
import { ButtonIcon, Flex, Text } from '@backstage/ui';
import ArrowDownwardIcon from '@material-ui/icons/ArrowDownward';
import ArrowUpwardIcon from '@material-ui/icons/ArrowUpward';
import ChevronRightIcon from '@material-ui/icons/ChevronRight';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import type { AuthzDepartment } from '@internal/plugin-authz-common';
import { displayNameOf } from '../shared/refs';
import { childrenOf } from './departmentTree';

export type TreeActions = {
  selectedRef?: string;
  onSelect(ref: string): void;
  /** Absent when the user may not reorder; catalog departments never move. */
  onReorder?(ref: string, direction: -1 | 1): void;
};

type LevelProps = {
  items: AuthzDepartment[];
  expanded: Set<string>;
  onToggle(ref: string): void;
  actions: TreeActions;
};

function TreeNode(
  props: LevelProps & {
    department: AuthzDepartment;
    index: number;
    siblings: number;
  },
) {
  const { department, actions, expanded } = props;
  const name = displayNameOf(department);
  const isOpen = expanded.has(department.ref);
  const hasChildren = childrenOf(props.items, department.ref).length > 0;
  const selected = actions.selectedRef === department.ref;

  return (
    <li
      role="treeitem"
      aria-label={name}
      aria-selected={selected}
      aria-expanded={hasChildren ? isOpen : undefined}
      style={{ listStyle: 'none' }}
    >
      <Flex
        align="center"
        gap="1"
        style={{
          borderRadius: 'var(--bui-radius-2)',
          background: selected ? 'var(--bui-bg-neutral-2)' : undefined,
        }}
      >
        {hasChildren ? (
          <ButtonIcon
            aria-label={`${isOpen ? 'Collapse' : 'Expand'} ${name}`}
            variant="tertiary"
            size="small"
            icon={
              isOpen ? (
                <ExpandMoreIcon fontSize="small" />
              ) : (
                <ChevronRightIcon fontSize="small" />
              )
            }
            onPress={() => props.onToggle(department.ref)}
          />
        ) : (
          <span style={{ width: 32 }} />
        )}
        <button
          type="button"
          onClick={() => actions.onSelect(department.ref)}
          style={{
            all: 'unset',
            cursor: 'pointer',
            flexGrow: 1,
            padding: '6px 4px',
          }}
        >
          <Text weight={selected ? 'bold' : 'regular'}>{name}</Text>{' '}
          <Text variant="body-x-small" color="secondary">
            {department.memberCount} members
          </Text>
        </button>
        {actions.onReorder && department.source === 'local' && (
          <>
            <ButtonIcon
              aria-label={`Move ${name} up`}
              variant="tertiary"
              size="small"
              isDisabled={props.index === 0}
              icon={<ArrowUpwardIcon fontSize="small" />}
              onPress={() => actions.onReorder?.(department.ref, -1)}
            />
            <ButtonIcon
              aria-label={`Move ${name} down`}
              variant="tertiary"
              size="small"
              isDisabled={props.index === props.siblings - 1}
              icon={<ArrowDownwardIcon fontSize="small" />}
              onPress={() => actions.onReorder?.(department.ref, 1)}
            />
          </>
        )}
      </Flex>
      {hasChildren && isOpen && (
        <TreeLevel
          parentRef={department.ref}
          items={props.items}
          expanded={expanded}
          onToggle={props.onToggle}
          actions={actions}
        />
      )}
    </li>
  );
}

/** The children of `parentRef`: the roots (a `tree`) or a node's (a `group`). */
function TreeLevel(props: LevelProps & { parentRef?: string }) {
  const root = props.parentRef === undefined;
  const nodes = childrenOf(props.items, props.parentRef);
  return (
    <ul
      role={root ? 'tree' : 'group'}
      aria-label={root ? 'Departments' : undefined}
      style={{ margin: 0, padding: root ? 0 : '0 0 0 20px' }}
    >
      {nodes.map((department, index) => (
        <TreeNode
          key={department.ref}
          department={department}
          index={index}
          siblings={nodes.length}
          items={props.items}
          expanded={props.expanded}
          onToggle={props.onToggle}
          actions={props.actions}
        />
      ))}
    </ul>
  );
}

/**
 * The department tree, built from the flat list (parentRef + position):
 * expand/collapse, select, and up/down among siblings. The roots start
 * expanded so the first level below them is visible.
 */
export function DepartmentTree(props: {
  items: AuthzDepartment[];
  actions: TreeActions;
}) {
  const [expanded, setExpanded] = useState(
    () => new Set(childrenOf(props.items, undefined).map(root => root.ref)),
  );
  const toggle = (ref: string) =>
    setExpanded(current => {
      const next = new Set(current);
      if (!next.delete(ref)) next.add(ref);
      return next;
    });
  return (
    <TreeLevel
      items={props.items}
      expanded={expanded}
      onToggle={toggle}
      actions={props.actions}
    />
  );
}
