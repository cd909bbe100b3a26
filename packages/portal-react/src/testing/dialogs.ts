import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/** No pause between simulated events: forms with many fields stay fast. */
const user = userEvent.setup({ delay: null });

/** Presses the button named `name` and returns the dialog it opens. */
export async function openDialog(name: string | RegExp): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name }));
  return screen.findByRole('dialog');
}

/** Presses the dialog's button named `name` (its main action, Cancel...). */
export async function press(dialog: HTMLElement, name: string | RegExp) {
  await user.click(within(dialog).getByRole('button', { name }));
}

/** Replaces the text of the dialog's text box labelled `label`. */
export async function fill(
  dialog: HTMLElement,
  label: RegExp | string,
  text: string,
) {
  const box = within(dialog).getByRole('textbox', { name: label });
  await user.clear(box);
  if (text) {
    await user.click(box);
    await user.paste(text);
  }
}

/** Opens the select labelled `label` in `container` and picks `option`. */
export async function choose(
  container: HTMLElement,
  label: RegExp | string,
  option: RegExp | string,
) {
  await user.click(within(container).getByRole('button', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}
