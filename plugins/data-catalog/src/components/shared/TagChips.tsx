import type { AssetTag } from '@internal/plugin-data-catalog-common';
import LockIcon from '@material-ui/icons/Lock';
import { PillList } from '@internal/portal-react';

/**
 * An asset's tags as pills, each with its colour dot; PII tags carry a lock
 * so sensitive columns stand out in long lists.
 */
export function TagChips(props: { tags: AssetTag[]; label?: string }) {
  return (
    <PillList
      label={props.label ?? 'Tags'}
      pills={props.tags.map(tag => ({
        key: tag.id,
        title: `${tag.category}: ${tag.name}`,
        content: (
          <>
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
          </>
        ),
      }))}
    />
  );
}
