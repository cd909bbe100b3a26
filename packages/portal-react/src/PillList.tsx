import { ReactNode } from 'react';

/** One pill: `content` is what it reads, `title` a longer hint on hover. */
export type Pill = { key: string; title?: string; content: ReactNode };

/**
 * Small outlined pills in a list named `label`, so readers and tests find
 * the list by its name; nothing when there are none.
 */
export function PillList(props: { label: string; pills: readonly Pill[] }) {
  if (props.pills.length === 0) return null;
  return (
    <ul
      aria-label={props.label}
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 4,
        margin: 0,
        padding: 0,
        listStyle: 'none',
      }}
    >
      {props.pills.map(pill => (
        <li
          key={pill.key}
          title={pill.title}
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
          {pill.content}
        </li>
      ))}
    </ul>
  );
}

/** Tags or roles (plain strings) as pills in a list named `label`. */
export function TagList(props: { tags: readonly string[]; label: string }) {
  return (
    <PillList
      label={props.label}
      pills={props.tags.map(tag => ({ key: tag, content: tag }))}
    />
  );
}
