import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DialogFrame } from './DialogFrame';

describe('DialogFrame', () => {
  it('shows the refusal and offers Cancel, the extra action, then the main one', async () => {
    const onCancel = jest.fn();
    const onSave = jest.fn();
    render(
      <DialogFrame
        title="Edit"
        error="quota too small"
        primary={{ label: 'Save', onPress: onSave }}
        secondary={{ label: 'Preview', onPress: jest.fn() }}
        onCancel={onCancel}
      >
        <p>Body</p>
      </DialogFrame>,
    );

    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Edit');
    expect(screen.getByRole('alert')).toHaveTextContent('quota too small');
    // The modal's own dismiss buttons are hidden and have no text.
    const labels = screen.getAllByRole('button').map(b => b.textContent);
    expect(labels.filter(Boolean)).toEqual(['Cancel', 'Preview', 'Save']);

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
