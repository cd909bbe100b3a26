import { ReactNode } from 'react';
import { Button, Flex, Select } from '@backstage/ui';
import type { PickerOption } from './useOptions';

/**
 * Pick one option and add it: the row under a list of attached things. The
 * parent holds the pick, so it can clear it after any change it makes.
 */
export function PickToAdd(props: {
  /** Controls before the picker, such as what kind of thing to pick. */
  leading?: ReactNode;
  label: string;
  placeholder: string;
  searchPlaceholder?: string;
  options: PickerOption[];
  isDisabled?: boolean;
  picked: string | null;
  onPick(id: string | null): void;
  buttonLabel: string;
  pending?: boolean;
  onAdd(id: string): void;
}) {
  const { picked } = props;
  return (
    <Flex gap="2" align="end">
      {props.leading}
      <Select
        label={props.label}
        placeholder={props.placeholder}
        search={
          props.searchPlaceholder
            ? { placeholder: props.searchPlaceholder }
            : undefined
        }
        options={props.options}
        value={picked}
        onChange={key => props.onPick(key === null ? null : String(key))}
        isDisabled={props.isDisabled}
      />
      <Button
        variant="secondary"
        isDisabled={!picked}
        isPending={props.pending}
        onPress={() => picked && props.onAdd(picked)}
      >
        {props.buttonLabel}
      </Button>
    </Flex>
  );
}
