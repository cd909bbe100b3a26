import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { UrlTabs } from './UrlTabs';

function Search() {
  return <output aria-label="search">{useLocation().search}</output>;
}

const tabs = [
  { id: 'volumes', label: 'Volumes', content: () => 'all volumes' },
  { id: 'snapshots', label: 'Snapshots', content: () => 'all snapshots' },
];

describe('UrlTabs', () => {
  it('opens the tab the URL names and keeps the choice in ?tab=', async () => {
    render(
      <MemoryRouter
        initialEntries={['/volumes?cluster=prod&tab=snapshots']}
        future={{ v7_startTransition: true, v7_relativeSplatPath: true }}
      >
        <UrlTabs label="Volume sections" tabs={tabs} />
        <Search />
      </MemoryRouter>,
    );
    expect(screen.getByRole('tabpanel')).toHaveTextContent('all snapshots');

    await userEvent.click(screen.getByRole('tab', { name: 'Volumes' }));
    expect(screen.getByRole('tabpanel')).toHaveTextContent('all volumes');
    // The first tab leaves the URL; other parameters stay.
    expect(screen.getByLabelText('search')).toHaveTextContent(
      /^\?cluster=prod$/,
    );

    await userEvent.click(screen.getByRole('tab', { name: 'Snapshots' }));
    expect(screen.getByLabelText('search')).toHaveTextContent(
      '?cluster=prod&tab=snapshots',
    );
  });
});
