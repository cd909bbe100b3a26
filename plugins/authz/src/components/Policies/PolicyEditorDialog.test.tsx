import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeAuthzApi } from '../../__testUtils__/FakeAuthzApi';
import { renderWithApi } from '../../__testUtils__/renderWithApi';
import { PolicyEditorDialog } from './PolicyEditorDialog';

const editor = () => screen.getByRole('textbox', { name: 'Policy document' });
const setDocument = (value: unknown) =>
  fireEvent.change(editor(), {
    target: {
      value: typeof value === 'string' ? value : JSON.stringify(value),
    },
  });

describe('PolicyEditorDialog', () => {
  it('lists the problems of a bad document by JSON path and will not save it', async () => {
    renderWithApi(
      <PolicyEditorDialog onClose={jest.fn()} onSaved={jest.fn()} />,
    );
    expect(
      await screen.findByText('Valid policy document'),
    ).toBeInTheDocument();

    setDocument({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Maybe', Action: 'catalog.entity.read', Resource: '*' },
      ],
    });

    const problems = screen.getByRole('list', { name: 'Problems' });
    expect(
      within(problems).getByText('Statement[0].Effect'),
    ).toBeInTheDocument();
    expect(editor()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Create' })).toBeDisabled();
  });

  it('says when the text is not JSON at all', async () => {
    renderWithApi(
      <PolicyEditorDialog onClose={jest.fn()} onSaved={jest.fn()} />,
    );
    setDocument('{ "Version": ');
    expect(await screen.findByText(/not valid JSON/)).toBeInTheDocument();
  });

  it('saves a new version of an edited policy', async () => {
    const api = new FakeAuthzApi();
    const update = jest.spyOn(api, 'updatePolicy');
    const onSaved = jest.fn();
    renderWithApi(
      <PolicyEditorDialog
        policy={api.policies[1]}
        onClose={jest.fn()}
        onSaved={onSaved}
      />,
      api,
    );
    const document = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Deny',
          Effect: 'Deny',
          Action: 'catalog.entity.delete',
          Resource: '*',
        },
      ],
    };
    setDocument(document);
    await userEvent.click(
      screen.getByRole('button', { name: 'Save new version' }),
    );

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(update).toHaveBeenCalledWith('policy-read', {
      name: 'catalog-read',
      active: true,
      document,
    });
  });
});
