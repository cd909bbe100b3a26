import { Tag, TagGroup } from '@backstage/ui';
import { EmptyNote } from './EmptyNote';
import type { PickerOption } from './useOptions';

/**
 * Items as tags named by `label`, or the `empty` line when there are none.
 * With `onRemove` every tag gets its remove button, which passes the ids.
 */
export function TagList(props: {
  label: string;
  items: PickerOption[];
  empty?: string;
  onRemove?(ids: string[]): void;
}) {
  const { onRemove } = props;
  if (props.items.length === 0) {
    return props.empty ? <EmptyNote text={props.empty} /> : null;
  }
  return (
    <TagGroup
      aria-label={props.label}
      onRemove={onRemove && (keys => onRemove([...keys].map(String)))}
    >
      {props.items.map(item => (
        <Tag key={item.id} id={item.id}>
          {item.label}
        </Tag>
      ))}
    </TagGroup>
  );
}
