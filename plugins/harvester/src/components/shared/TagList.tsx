/** Tags or roles as small outlined pills in a labelled list. */
export function TagList(props: { tags: readonly string[]; label: string }) {
  if (props.tags.length === 0) return null;
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
      {props.tags.map(tag => (
        <li
          key={tag}
          style={{
            padding: '0 8px',
            border: '1px solid var(--bui-border-1)',
            borderRadius: 'var(--bui-radius-full)',
            fontSize: 12,
            lineHeight: '20px',
          }}
        >
          {tag}
        </li>
      ))}
    </ul>
  );
}
