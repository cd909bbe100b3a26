import { lazy } from 'react';

/** AI-Ops' sections: the header's tabs, each a path below the root. */
export const sections = [
  {
    path: '',
    label: 'Home',
    Page: lazy(() =>
      import('../HomePage/HomePage').then(m => ({ default: m.HomePage })),
    ),
  },
  {
    path: 'pipelines',
    label: 'Pipelines',
    Page: lazy(() =>
      import('../PipelinesPage/PipelinesSection').then(m => ({
        default: m.PipelinesSection,
      })),
    ),
  },
  {
    path: 'runs',
    label: 'Runs',
    Page: lazy(() =>
      import('../RunsPage/RunsSection').then(m => ({
        default: m.RunsSection,
      })),
    ),
  },
  {
    path: 'datasets',
    label: 'Data',
    Page: lazy(() =>
      import('../DatasetsPage/DatasetsSection').then(m => ({
        default: m.DatasetsSection,
      })),
    ),
  },
  {
    path: 'schedules',
    label: 'Schedules',
    Page: lazy(() =>
      import('../SchedulesPage/SchedulesPage').then(m => ({
        default: m.SchedulesPage,
      })),
    ),
  },
  {
    path: 'settings',
    label: 'Settings',
    Page: lazy(() =>
      import('../SettingsPage/SettingsPage').then(m => ({
        default: m.SettingsPage,
      })),
    ),
  },
] as const;
