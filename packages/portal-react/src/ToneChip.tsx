import { ReactNode } from 'react';

export type Tone = 'success' | 'warning' | 'danger' | 'info' | 'neutral';

const palette: Record<Tone, { bg: string; fg: string }> = {
  success: {
    bg: 'var(--bui-positive-bg-subdued)',
    fg: 'var(--bui-positive-fg)',
  },
  warning: { bg: 'var(--bui-warning-bg-subdued)', fg: 'var(--bui-warning-fg)' },
  danger: {
    bg: 'var(--bui-negative-bg-subdued)',
    fg: 'var(--bui-negative-fg)',
  },
  info: {
    bg: 'var(--bui-announcement-bg-subdued)',
    fg: 'var(--bui-announcement-fg)',
  },
  neutral: { bg: 'var(--bui-bg-neutral-2)', fg: 'var(--bui-fg-secondary)' },
};

/**
 * A small coloured pill with a text label (colour is never the only cue).
 * `data-tone` lets tests and styles see the tone.
 */
export function ToneChip(props: {
  tone: Tone;
  label: string;
  icon?: ReactNode;
  title?: string;
}) {
  const { bg, fg } = palette[props.tone];
  return (
    <span
      data-tone={props.tone}
      title={props.title}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 4,
        padding: '1px 8px',
        borderRadius: 'var(--bui-radius-full)',
        background: bg,
        color: fg,
        fontSize: 12,
        lineHeight: '20px',
        whiteSpace: 'nowrap',
      }}
    >
      {props.icon}
      {props.label}
    </span>
  );
}
