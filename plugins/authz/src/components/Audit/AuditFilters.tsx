import { Flex, Select, TextField } from '@backstage/ui';
import type { AuditFilter } from '../../api/types';
import { filterFieldBinder } from '../shared/filterFieldBinder';
import { hoursAgo } from '../shared/time';

export type AuditPeriod = '1h' | '24h' | '7d' | '30d' | 'all';
export const periodHours: Record<AuditPeriod, number | undefined> = {
  '1h': 1,
  '24h': 24,
  '7d': 24 * 7,
  '30d': 24 * 30,
  all: undefined,
};

/** The filters as typed; the page turns them into an AuditFilter. */
export type AuditFilterForm = {
  period: AuditPeriod;
  kind: '' | 'decision' | 'change';
  principal: string;
  result: '' | 'ALLOW' | 'DENY' | 'CONDITIONAL';
  permission: string;
  resource: string;
};

const periodOptions = [
  { id: '1h', label: 'Last hour' },
  { id: '24h', label: 'Last 24 hours' },
  { id: '7d', label: 'Last 7 days' },
  { id: '30d', label: 'Last 30 days' },
  { id: 'all', label: 'All time' },
];
const kindOptions = [
  { id: '', label: 'Decisions and changes' },
  { id: 'decision', label: 'Decisions' },
  { id: 'change', label: 'Changes' },
];
const resultOptions = [
  { id: '', label: 'Any' },
  { id: 'ALLOW', label: 'ALLOW' },
  { id: 'DENY', label: 'DENY' },
  { id: 'CONDITIONAL', label: 'CONDITIONAL' },
];

/** Period, kind, user, result, permission and resource. */
export function AuditFilters(props: {
  value: AuditFilterForm;
  onChange(value: AuditFilterForm): void;
}) {
  // The options only offer values of each field's type.
  const field = filterFieldBinder(props.value, (key, value) =>
    props.onChange({ ...props.value, [key]: value }),
  );
  return (
    <Flex gap="3" align="end" style={{ flexWrap: 'wrap' }}>
      <Select label="Period" options={periodOptions} {...field('period')} />
      <Select label="Kind" options={kindOptions} {...field('kind')} />
      <TextField
        label="User"
        placeholder="user:default/alice.kim"
        {...field('principal')}
      />
      <Select label="Result" options={resultOptions} {...field('result')} />
      <TextField
        label="Permission"
        placeholder="catalog.entity.read"
        {...field('permission')}
      />
      <TextField
        label="Resource"
        placeholder="component:default/portal"
        {...field('resource')}
      />
    </Flex>
  );
}

export const initialAuditFilter: AuditFilterForm = {
  period: '24h',
  kind: '',
  principal: '',
  result: '',
  permission: '',
  resource: '',
};

/** The query the server understands; the period starts now. */
export function toAuditFilter(
  form: AuditFilterForm,
  now = new Date(),
): AuditFilter {
  const hours = periodHours[form.period];
  const trimmed = (value: string) => value.trim() || undefined;
  return {
    from: hours ? hoursAgo(hours, now) : undefined,
    kind: form.kind || undefined,
    principal: trimmed(form.principal),
    result: form.result || undefined,
    permission: trimmed(form.permission),
    resource: trimmed(form.resource),
  };
}
