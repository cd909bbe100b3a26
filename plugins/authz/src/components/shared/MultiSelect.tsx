import { Select } from '@backstage/ui';
import type { PickerOption } from './useOptions';

/**
 * A Select of several options whose value is a plain list of ids. Spread a
 * form field's validation into it like into any other field.
 */
export function MultiSelect(props: {
  label: string;
  options: PickerOption[];
  value: string[];
  onChange(ids: string[]): void;
  searchPlaceholder?: string;
  validationBehavior?: 'aria';
  validate?(): string | null;
}) {
  const { searchPlaceholder, onChange, ...select } = props;
  return (
    <Select
      {...select}
      selectionMode="multiple"
      search={
        searchPlaceholder ? { placeholder: searchPlaceholder } : undefined
      }
      onChange={keys => onChange(keys.map(String))}
    />
  );
}
