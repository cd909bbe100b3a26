import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Select } from '@backstage/ui';
import { dataCatalogApiRef } from '../../api/DataCatalogApi';

/** Picks tags by name from the governed tag list, grouped by category. */
export function TagPicker(props: {
  value: string[];
  onChange(names: string[]): void;
}) {
  const api = useApi(dataCatalogApiRef);
  const tags = useAsync(() => api.listTags(), [api]);
  const categories = new Map<string, { id: string; label: string }[]>();
  for (const tag of tags.value ?? []) {
    const options = categories.get(tag.category) ?? [];
    options.push({
      id: tag.name,
      label:
        tag.piiLevel !== 'none'
          ? `${tag.name} (PII ${tag.piiLevel})`
          : tag.name,
    });
    categories.set(tag.category, options);
  }
  return (
    <Select
      label="Tags"
      selectionMode="multiple"
      description="PII tags need a restricted tag on the table, and an owner"
      options={[...categories].map(([title, options]) => ({ title, options }))}
      value={props.value}
      onChange={keys => props.onChange(keys.map(String))}
    />
  );
}

/** The assignment that turns `before` into `after` (names). */
export function tagChanges(before: string[], after: string[]) {
  return {
    add: after.filter(name => !before.includes(name)),
    remove: before.filter(name => !after.includes(name)),
  };
}
