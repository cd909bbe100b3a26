export { DecisionJournal, type JournalEntry } from './DecisionJournal';
export {
  decisionJournalServiceRef,
  processDecisionJournal,
} from './decisionJournalServiceRef';
