import { ToggleButton, ToggleButtonGroup } from '@backstage/ui';

/** One of a few choices as toggle buttons, exactly one always selected. */
export function ChoiceToggle<TChoice extends string>(props: {
  label: string;
  choices: { id: TChoice; label: string }[];
  value: TChoice;
  onChange(choice: NoInfer<TChoice>): void;
}) {
  return (
    <ToggleButtonGroup
      aria-label={props.label}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[props.value]}
      onSelectionChange={keys => {
        const [next] = [...keys];
        if (next) props.onChange(next as TChoice);
      }}
    >
      {props.choices.map(choice => (
        <ToggleButton key={choice.id} id={choice.id}>
          {choice.label}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
