import type { VmBulkAction } from '../../api/types';

/** Button labels of the VM actions, in the order the UI offers them. */
export const vmActionLabels: Record<VmBulkAction, string> = {
  start: 'Start',
  stop: 'Stop',
  restart: 'Restart',
  pause: 'Pause',
  unpause: 'Unpause',
  migrate: 'Migrate',
  'abort-migration': 'Abort migration',
  delete: 'Delete',
};

/** What an action does, said before the user confirms it. */
export const vmActionEffects: Record<VmBulkAction, string> = {
  start: 'They are powered on.',
  stop: 'They are shut down; their volumes stay.',
  restart: 'They are restarted; their guests reboot.',
  pause: 'They are frozen in memory until unpaused.',
  unpause: 'They continue where they were paused.',
  migrate:
    'They are live-migrated to other hosts the scheduler picks; they keep running.',
  'abort-migration': 'Their running migrations are cancelled.',
  delete: 'They are deleted. This cannot be undone.',
};
