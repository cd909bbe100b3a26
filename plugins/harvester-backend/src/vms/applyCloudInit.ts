import { InputError } from '@backstage/errors';
import { VmTemplateSpec, VmVolume } from '../kube/types/kubevirt';
import { withSshAuthorizedKeys } from './cloudInit';

type CloudInit = NonNullable<VmVolume['cloudInitNoCloud']>;

const CLOUD_INIT_DISK = 'cloudinitdisk';

const decode = (base64: string | undefined) =>
  base64 === undefined
    ? undefined
    : Buffer.from(base64, 'base64').toString('utf8');

/**
 * Writes the request's cloud-init into the VM's `cloudInitNoCloud` volume
 * (the template's, else a new `cloudinitdisk`): user data with the SSH keys
 * merged in, network data as given. What the request leaves out is kept.
 */
export function applyCloudInit(
  podSpec: VmTemplateSpec,
  request: { userData?: string; networkData?: string },
  sshPublicKeys: string[],
): void {
  const changesUserData =
    request.userData !== undefined || sshPublicKeys.length > 0;
  if (!changesUserData && request.networkData === undefined) {
    return;
  }
  const volumes = (podSpec.volumes ??= []);
  let volume = volumes.find(v => v.cloudInitNoCloud);
  if (!volume) {
    volume = { name: CLOUD_INIT_DISK, cloudInitNoCloud: {} };
    volumes.push(volume);
    (podSpec.domain.devices.disks ??= []).push({
      name: CLOUD_INIT_DISK,
      disk: { bus: 'virtio' },
    });
  }
  const current: CloudInit = volume.cloudInitNoCloud ?? {};
  const next: CloudInit = { ...current };
  if (changesUserData) {
    if (current.secretRef && request.userData === undefined) {
      throw new InputError(
        `Invalid request: sshKeys: the template keeps its user data in Secret ${current.secretRef.name}; send userData to replace it`,
      );
    }
    delete next.secretRef;
    delete next.userDataBase64;
    next.userData = withSshAuthorizedKeys(
      request.userData ?? current.userData ?? decode(current.userDataBase64),
      sshPublicKeys,
    );
  }
  if (request.networkData !== undefined) {
    delete next.networkDataSecretRef;
    next.networkData = request.networkData;
  }
  volume.cloudInitNoCloud = next;
}
