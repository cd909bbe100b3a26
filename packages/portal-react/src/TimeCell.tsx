import { CellText } from '@backstage/ui';
import { formatTime, timeAgo } from './format';

/** A table cell with a moment as "3 hours ago", the exact time under it. */
export function TimeCell(props: { at: string | undefined }) {
  return (
    <CellText title={timeAgo(props.at)} description={formatTime(props.at)} />
  );
}
