import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/** Presses the button named `name` and returns the dialog it opens. */
export async function openDialog(name: string): Promise<HTMLElement> {
  await userEvent.click(await screen.findByRole('button', { name }));
  return screen.findByRole('dialog');
}

/** Replaces the text of the dialog's text box labelled `label`. */
export async function fill(dialog: HTMLElement, label: RegExp, text: string) {
  const box = within(dialog).getByRole('textbox', { name: label });
  await userEvent.clear(box);
  await userEvent.click(box);
  await userEvent.paste(text);
}
