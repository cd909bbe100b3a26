import { ToggleButton, ToggleButtonGroup } from '@backstage/ui';

/** Pick one of a few ways to show something (cards or a list). */
export function ViewToggle<TView extends string>(props: {
  label: string;
  views: Record<TView, string>;
  value: TView;
  onChange(view: TView): void;
}) {
  return (
    <ToggleButtonGroup
      selectedKeys={new Set([props.value])}
      selectionMode="single"
      aria-label={props.label}
      disallowEmptySelection
      onSelectionChange={selected => {
        const view = [...selected][0];
        if (view !== undefined) props.onChange(String(view) as TView);
      }}
    >
      {(Object.keys(props.views) as TView[]).map(view => (
        <ToggleButton key={view} id={view}>
          {props.views[view]}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
