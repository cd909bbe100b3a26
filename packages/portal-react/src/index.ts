/**
 * The building blocks the portal's plugin pages share: layout (panels,
 * headings, metrics), dialogs and forms checked against the common zod
 * schemas, request state, tables and display helpers.
 */
export { AsyncView, type AsyncResult } from './AsyncView';
export { DetailHeading } from './DetailHeading';
export { DialogFrame, type DialogAction } from './DialogFrame';
export { describeError } from './describeError';
export { EmptyText } from './EmptyText';
export { ErrorNote } from './ErrorNote';
export { FilterSelect, asOptions } from './FilterSelect';
export { DASH, formatTime, plural, scaleBytes, timeAgo } from './format';
export { ListTable, withIds } from './ListTable';
export { Metric } from './Metric';
export { queryString, type QueryParams } from './queryString';
export { Panel } from './Panel';
export { PillList, TagList, type Pill } from './PillList';
export { SectionTabs, type SectionTab } from './SectionTabs';
export { TimeCell } from './TimeCell';
export { ToneChip, type Tone } from './ToneChip';
export { UrlTabs } from './UrlTabs';
export { useDialog } from './useDialog';
export { useMutation } from './useMutation';
export { usePolling } from './usePolling';
export {
  optional,
  splitList,
  useSchemaForm,
  type FieldBinding,
  type RequestSchema,
} from './useSchemaForm';
export { useSubmit } from './useSubmit';
