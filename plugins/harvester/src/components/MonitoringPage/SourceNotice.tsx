import { Alert } from '@backstage/ui';
import type { Monitoring } from '@internal/plugin-harvester-common';

/** What the page can show, said up front when it is less than everything. */
export function SourceNotice(props: { source: Monitoring['source'] }) {
  if (props.source === 'none') {
    return (
      <Alert
        status="warning"
        icon
        title="No metrics available"
        description="Neither metrics-server (metrics.k8s.io) nor Prometheus answers, so current usage and history are unknown. Capacities are still shown."
      />
    );
  }
  if (props.source === 'metrics-server') {
    return (
      <Alert
        status="info"
        icon
        title="Current usage only"
        description="Only metrics-server answers: usage is a snapshot, without history. Enable Harvester's monitoring (Prometheus) for charts over time."
      />
    );
  }
  return null;
}
