import { ReactNode } from 'react';
import { Flex } from '@backstage/ui';
import { SearchFilter } from './ListFilters';
import { NamespaceFilter } from './NamespaceFilter';
import type { ListFilter } from './useListFilter';

/**
 * Above a list: search and (for namespaced objects) the namespace filter
 * on the left, the list's actions (Create …) on the right. `noun` names
 * the search field.
 */
export function ListToolbar(props: {
  noun: string;
  list: ListFilter;
  namespaced?: boolean;
  children?: ReactNode;
}) {
  const { filter, setFilter, clusters } = props.list;
  return (
    <Flex justify="between" align="end" gap="3" style={{ flexWrap: 'wrap' }}>
      <Flex gap="3" align="end" style={{ flexWrap: 'wrap' }}>
        <SearchFilter
          noun={props.noun}
          placeholder="Name"
          value={filter.q}
          onChange={q => setFilter({ q })}
        />
        {props.namespaced === false ? null : (
          <NamespaceFilter
            clusters={clusters}
            value={filter.namespace}
            onChange={namespace => setFilter({ namespace })}
          />
        )}
      </Flex>
      {props.children ? <Flex gap="2">{props.children}</Flex> : null}
    </Flex>
  );
}
