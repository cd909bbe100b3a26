import { KubeConfig, Watch } from '@kubernetes/client-node';
import { FakeKubernetesApiServer } from '../fakeApiServer/FakeKubernetesApiServer';

/** Clients of `@kubernetes/client-node` pointed at a fake API server, for its tests. */

export const vmKind = {
  group: 'kubevirt.io',
  version: 'v1',
  plural: 'virtualmachines',
};

export function kubeConfigFor(
  server: FakeKubernetesApiServer,
  token = server.token,
) {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    // client-node refuses plain http unless TLS verification is off.
    clusters: [{ name: 'fake', server: server.url, skipTLSVerify: true }],
    users: [{ name: 'user', token }],
    contexts: [{ name: 'fake', cluster: 'fake', user: 'user' }],
    currentContext: 'fake',
  });
  return kc;
}

export const vm = (name: string, labels: Record<string, string> = {}) => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name, labels },
  spec: {
    runStrategy: 'Halted',
    template: { spec: { domain: { devices: {} } } },
  },
});

export type WatchEvent = { type: string; object: any };

/** Collects a watch's events until `until` holds for them. */
export async function watchUntil(
  kc: KubeConfig,
  path: string,
  query: Record<string, string | boolean>,
  until: (events: WatchEvent[]) => boolean,
): Promise<WatchEvent[]> {
  const events: WatchEvent[] = [];
  let controller: AbortController | undefined;
  const finished = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`watch timed out: ${JSON.stringify(events)}`)),
      5000,
    );
    new Watch(kc)
      .watch(
        path,
        query,
        (type, object) => {
          events.push({ type, object });
          if (until(events)) {
            clearTimeout(timer);
            resolve();
          }
        },
        () => undefined,
      )
      .then(c => (controller = c), reject);
  });
  await finished;
  controller?.abort();
  return events;
}
