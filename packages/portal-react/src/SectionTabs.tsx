import { ReactNode } from 'react';
import { UrlTabs } from './UrlTabs';

/** One section of a detail page, drawn from what the page loaded. */
export type SectionTab<TContext> = {
  id: string;
  label: string;
  render(context: TContext): ReactNode;
};

/**
 * A detail page's sections as UrlTabs, each drawn from the page's
 * `context`, so the list of sections can be a constant beside the page.
 */
export function SectionTabs<TContext>(props: {
  label: string;
  tabs: readonly SectionTab<TContext>[];
  context: TContext;
}) {
  return (
    <UrlTabs
      label={props.label}
      tabs={props.tabs.map(t => ({
        id: t.id,
        label: t.label,
        content: () => t.render(props.context),
      }))}
    />
  );
}
