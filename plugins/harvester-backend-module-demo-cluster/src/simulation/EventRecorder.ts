import { LoggerService } from '@backstage/backend-plugin-api';
import { apiVersionOf, KindKey, kinds } from '../kube/kinds';
import { KubeObject } from '../kube/KubeObject';
import { KubeResources } from '../kube/KubeResources';

/**
 * Writes core v1 Events about notable changes, as the controllers that the
 * simulation stands in for do. Events of cluster-scoped objects (Nodes) go
 * to `default`, like the kubelet's. Failing to record is logged only.
 */
export class EventRecorder {
  constructor(
    private readonly api: KubeResources,
    private readonly logger: LoggerService,
  ) {}

  async record(
    kind: KindKey,
    object: KubeObject,
    reason: string,
    message: string,
    options: { type?: 'Normal' | 'Warning'; component?: string } = {},
  ): Promise<void> {
    const { name, namespace, uid } = object.metadata;
    const info = kinds[kind];
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const component = options.component ?? 'virt-controller';
    try {
      await this.api.create('event', {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: {
          name: '',
          generateName: `${name}.`,
          namespace: namespace ?? 'default',
        },
        involvedObject: {
          apiVersion: apiVersionOf(info),
          kind: info.kind,
          name,
          ...(namespace ? { namespace } : {}),
          uid,
        },
        reason,
        message,
        type: options.type ?? 'Normal',
        source: { component },
        reportingComponent: component,
        reportingInstance: 'harvester-simulation',
        firstTimestamp: now,
        lastTimestamp: now,
        count: 1,
      });
    } catch (error) {
      this.logger.warn(
        `Recording event ${reason} for ${info.kind} ${name} failed: ${error}`,
      );
    }
  }
}
