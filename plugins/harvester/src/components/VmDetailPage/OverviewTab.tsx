import { Flex, Grid, Link, Text } from '@backstage/ui';
import type { VmDetail } from '@internal/plugin-harvester-common';
import { formatTime, TagList } from '@internal/portal-react';
import { ConditionsTable } from '../shared/ConditionsTable';
import { formatBytes, formatCores, shortRef } from '../shared/format';
import { LabeledValue } from '../shared/LabeledValue';
import { useHarvesterLinks } from '../shared/useHarvesterLinks';

/** The VM's size, where it runs, who owns it, its tags and conditions. */
export function OverviewTab(props: { vm: VmDetail }) {
  const { vm } = props;
  const links = useHarvesterLinks();
  return (
    <Flex direction="column" gap="4">
      {vm.description ? <Text as="p">{vm.description}</Text> : null}
      <Grid.Root columns={{ initial: '2', md: '4' }} gap="3">
        <LabeledValue label="CPU">{formatCores(vm.cpuCores)}</LabeledValue>
        <LabeledValue label="Memory">
          {formatBytes(vm.memoryBytes)}
        </LabeledValue>
        <LabeledValue label="Storage">
          {formatBytes(vm.storageBytes)}
        </LabeledValue>
        <LabeledValue label="IP addresses">
          {vm.ipAddresses.join(', ')}
        </LabeledValue>
        <LabeledValue label="Host">
          {vm.host ? (
            <Link href={links.host({ cluster: vm.cluster, name: vm.host })}>
              {vm.host}
            </Link>
          ) : undefined}
        </LabeledValue>
        <LabeledValue label="Owner">
          {vm.owner ? shortRef(vm.owner) : undefined}
        </LabeledValue>
        <LabeledValue label="Run strategy">{vm.runStrategy}</LabeledValue>
        <LabeledValue label="Created">{formatTime(vm.createdAt)}</LabeledValue>
        <LabeledValue label="Template">{vm.templateVersion}</LabeledValue>
        <LabeledValue label="SSH keys">{vm.sshKeys.join(', ')}</LabeledValue>
      </Grid.Root>
      <LabeledValue label="Tags">
        {vm.tags.length ? <TagList tags={vm.tags} label="Tags" /> : undefined}
      </LabeledValue>
      {vm.message ? (
        <Text as="p" color="danger">
          {vm.message}
        </Text>
      ) : null}
      <ConditionsTable conditions={vm.conditions} />
    </Flex>
  );
}
