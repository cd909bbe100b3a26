import { Select } from '@backstage/ui';

/** The "no filter" choice; a Select cannot hold an empty key. */
const ANY = '__any__';

/**
 * A filter picked from a list, with an "any" entry first that clears it.
 * `value` and `onChange` speak undefined for "no filter".
 */
export function FilterSelect(props: {
  label: string;
  anyLabel: string;
  options: { id: string; label: string }[];
  value?: string;
  onChange(value: string | undefined): void;
}) {
  return (
    <Select
      label={props.label}
      options={[{ id: ANY, label: props.anyLabel }, ...props.options]}
      value={props.value || ANY}
      onChange={key =>
        props.onChange(key === ANY || key === null ? undefined : String(key))
      }
    />
  );
}

/** Plain strings (states, kinds, names) as Select options. */
export function asOptions(values: readonly string[] = []) {
  return values.map(value => ({ id: value, label: value }));
}
