import { ReactNode } from 'react';
import { Flex } from '@backstage/ui';

/**
 * A list taking the free width, with the selected item's detail panel
 * beside it. A `label` makes the list a named region to find it by.
 */
export function ListWithDetail(props: {
  label?: string;
  detail?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Flex gap="4" align="start">
      <div
        style={{ flexGrow: 1, minWidth: 0 }}
        role={props.label ? 'region' : undefined}
        aria-label={props.label}
      >
        {props.children}
      </div>
      {props.detail}
    </Flex>
  );
}
