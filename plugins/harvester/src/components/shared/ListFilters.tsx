import { SearchField } from '@backstage/ui';
import { asOptions, FilterSelect } from '@internal/portal-react';

/** A list's free-text search, named "Search <noun>". */
export function SearchFilter(props: {
  noun: string;
  placeholder: string;
  value?: string;
  onChange(q: string): void;
}) {
  return (
    <SearchField
      label={`Search ${props.noun}`}
      placeholder={props.placeholder}
      value={props.value ?? ''}
      onChange={props.onChange}
    />
  );
}

/** A list's state filter: all states, or one of `states`. */
export function StateFilter(props: {
  states: readonly string[];
  value?: string;
  onChange(state: string | undefined): void;
}) {
  return (
    <FilterSelect
      label="State"
      anyLabel="All states"
      options={asOptions(props.states)}
      value={props.value}
      onChange={props.onChange}
    />
  );
}
