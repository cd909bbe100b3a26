import { seededHash } from '../kube/seededHash';
import { KubeObject } from '../kube/KubeObject';

/** A stable made-up MAC in QEMU's 52:54:00 range. */
function macFor(seed: string): string {
  const [a, b, c] = seededHash(`mac:${seed}`);
  return ['52', '54', '00', a, b, c]
    .map(x => (typeof x === 'number' ? x.toString(16).padStart(2, '0') : x))
    .join(':');
}

/** A stable made-up address: 10.52.x.y on the pod network, 172.16.x.y on VLANs. */
function ipFor(seed: string, podNetwork: boolean): string {
  const [a, b] = seededHash(`ip:${seed}`);
  return `${podNetwork ? '10.52' : '172.16'}.${a % 250}.${2 + (b % 250)}`;
}

/**
 * `status.interfaces` of a running VMI, one per network, with addresses as
 * the guest agent would report them. Stable per VMI uid, so an IP stays
 * the same while the VMI lives and changes when it is recreated.
 */
export function interfacesOf(vmi: KubeObject) {
  const networks: { name: string; pod?: object; multus?: object }[] = vmi.spec
    ?.networks ?? [{ name: 'default', pod: {} }];
  const devices: { name: string; macAddress?: string }[] =
    vmi.spec?.domain?.devices?.interfaces ?? [];
  return networks.map((network, index) => {
    const seed = `${vmi.metadata.uid}:${network.name}`;
    const ip = ipFor(seed, !network.multus);
    return {
      name: network.name,
      interfaceName: `eth${index}`,
      ipAddress: ip,
      ipAddresses: [ip],
      mac:
        devices.find(d => d.name === network.name)?.macAddress ?? macFor(seed),
      infoSource: 'domain, guest-agent',
    };
  });
}
