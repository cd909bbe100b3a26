import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { DecisionJournal } from './DecisionJournal';

/** One journal per process, shared by the policy and whoever answers 403. */
export const processDecisionJournal = new DecisionJournal();

export const decisionJournalServiceRef = createServiceRef<DecisionJournal>({
  id: 'authz.decision-journal',
  scope: 'root',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {},
      factory: () => processDecisionJournal,
    }),
});
