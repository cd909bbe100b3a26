import { CSSProperties } from 'react';

/** Monospace block look, shared by previews and the policy editor. */
export const codeStyle: CSSProperties = {
  margin: 0,
  padding: 12,
  fontSize: 12,
  fontFamily: 'var(--bui-font-monospace, monospace)',
  background: 'var(--bui-bg-neutral-2)',
  color: 'var(--bui-fg-primary)',
  border: '1px solid var(--bui-border-1)',
  borderRadius: 'var(--bui-radius-2)',
};

/** Raw JSON, pretty-printed and scrollable. */
export function JsonPreview(props: { value: unknown; label: string }) {
  return (
    <pre
      aria-label={props.label}
      style={{
        ...codeStyle,
        maxHeight: 420,
        overflow: 'auto',
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
      }}
    >
      {JSON.stringify(props.value, null, 2)}
    </pre>
  );
}
