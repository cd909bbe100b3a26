import { CellText, ColumnConfig } from '@backstage/ui';
import {
  Monitoring,
  stringifyHarvesterRef,
} from '@internal/plugin-harvester-common';
import { ListTable, Panel } from '@internal/portal-react';
import { HarvesterLinks, useHarvesterLinks } from '../shared/useHarvesterLinks';

type VmUsage = Monitoring['vms'][number];
type VmRow = VmUsage & { id: string; value: number };

const TOP = 10;

function columns(
  links: HarvesterLinks,
  valueLabel: string,
  format: (value: number) => string,
): ColumnConfig<VmRow>[] {
  return [
    {
      id: 'name',
      label: 'VM',
      isRowHeader: true,
      cell: vm => (
        <CellText
          title={vm.name}
          description={`${vm.cluster}/${vm.namespace}`}
          href={links.vm(vm)}
        />
      ),
    },
    {
      id: 'value',
      label: valueLabel,
      cell: vm => <CellText title={format(vm.value)} />,
    },
  ];
}

/** The `TOP` VMs using the most of one resource; VMs without a figure are left out. */
export function TopVmsPanel(props: {
  title: string;
  valueLabel: string;
  vms: VmUsage[];
  value(vm: VmUsage): number | undefined;
  format(value: number): string;
}) {
  const links = useHarvesterLinks();
  const rows = props.vms
    .map(vm => ({
      ...vm,
      id: stringifyHarvesterRef(vm),
      value: props.value(vm),
    }))
    .filter((vm): vm is VmRow => vm.value !== undefined)
    .sort((a, b) => b.value - a.value)
    .slice(0, TOP);
  return (
    <Panel title={props.title}>
      <ListTable
        columns={columns(links, props.valueLabel, props.format)}
        rows={rows}
        empty="No usage reported."
      />
    </Panel>
  );
}
