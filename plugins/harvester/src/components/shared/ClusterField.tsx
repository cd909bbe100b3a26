import { Select } from '@backstage/ui';
import { useClusters } from './useClusters';

/** The required "Cluster" of a form: where something new is created. */
export function ClusterField(props: {
  value?: string;
  onChange(cluster: string): void;
  isInvalid?: boolean;
}) {
  const clusters = useClusters();
  return (
    <Select
      label="Cluster"
      isRequired
      options={(clusters.value ?? []).map(c => ({
        id: c.name,
        label: c.title,
      }))}
      value={props.value ?? null}
      onChange={key => props.onChange(String(key))}
      isInvalid={props.isInvalid}
    />
  );
}
