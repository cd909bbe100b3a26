import type { AssetTag } from '@internal/plugin-data-catalog-common';
import LockIcon from '@material-ui/icons/Lock';

/**
 * An asset's tags as pills, each with its colour dot; PII tags carry a lock
 * so sensitive columns stand out in long lists.
 */
export function TagChips(props: { tags: AssetTag[]; label?: string }) {
  if (props.tags.length === 0) return null;
  return (
    <ul
      aria-label={props.label ?? 'Tags'}
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 4,
        margin: 0,
        padding: 0,
        listStyle: 'none',
      }}
    >
      {props.tags.map(tag => (
        <li
          key={tag.id}
          title={`${tag.category}: ${tag.name}`}
          style={{
            display: 'inline-flex',
            alignItems: 'center',
            gap: 4,
            padding: '0 8px',
            border: '1px solid var(--bui-border-1)',
            borderRadius: 'var(--bui-radius-full)',
            fontSize: 12,
            lineHeight: '20px',
          }}
        >
          <span
            aria-hidden
            style={{
              width: 8,
              height: 8,
              borderRadius: '50%',
              background: tag.color ?? 'var(--bui-fg-secondary)',
            }}
          />
          {tag.name}
          {tag.piiLevel && tag.piiLevel !== 'none' ? (
            <LockIcon
              titleAccess={`PII ${tag.piiLevel}`}
              style={{ fontSize: 12 }}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
