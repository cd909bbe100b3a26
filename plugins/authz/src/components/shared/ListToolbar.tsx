import { ReactNode } from 'react';
import { Flex, SearchField } from '@backstage/ui';

/** Above a list: search and filters on the left, actions on the right. */
export function ListToolbar(props: {
  search: { label: string; value: string; onChange(value: string): void };
  filters?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Flex justify="between" align="end" gap="3">
      <Flex gap="3" align="end">
        <SearchField {...props.search} />
        {props.filters}
      </Flex>
      {props.actions}
    </Flex>
  );
}
