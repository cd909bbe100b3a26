import { KubeApiError } from '../kube/KubeApiError';
import { KubeObject, withCondition } from '../kube/KubeObject';
import { KubeResources } from '../kube/KubeResources';
import { timestamp } from '../simulation/SimulationContext';

const QCOW2_MAGIC = Buffer.from('QFI\xfb', 'latin1');

/**
 * The status Harvester gives an upload image while Longhorn receives its
 * file (mirrored from the backing image): Initialized, `Imported` Unknown
 * with the progress (99 at most until the file is whole), then `Imported`
 * True with the size; `Imported` False, reason `UploadFailed`, when the
 * upload fails. Progress is written once per whole percent.
 */
export class UploadStatus {
  private image: KubeObject;
  private writtenPercent = -1;
  /** The file's first bytes: a qcow2 header names the virtual size. */
  private head = Buffer.alloc(0);

  constructor(private readonly api: KubeResources, image: KubeObject) {
    this.image = image;
  }

  /** `data` came in, `receivedBytes` of `sizeBytes` so far. */
  async received(
    data: Buffer,
    receivedBytes: number,
    sizeBytes: number,
  ): Promise<void> {
    if (this.head.length < 32) {
      this.head = Buffer.concat([this.head, data]).subarray(0, 32);
    }
    const percent = Math.min(99, Math.floor((receivedBytes / sizeBytes) * 100));
    if (percent <= this.writtenPercent) return;
    this.writtenPercent = percent;
    await this.write({ progress: percent }, [
      { type: 'Initialized', status: 'True', reason: 'Initialized' },
      {
        type: 'Imported',
        status: 'Unknown',
        reason: 'Importing',
        message: `Importing: ${percent}%`,
      },
    ]);
  }

  async imported(sizeBytes: number): Promise<void> {
    const { name } = this.image.metadata;
    await this.write(
      {
        progress: 100,
        size: sizeBytes,
        virtualSize: this.virtualSize(sizeBytes),
        storageClassName: `longhorn-${name}`,
      },
      [{ type: 'Imported', status: 'True', reason: 'Imported', message: '' }],
    );
  }

  /** Like Harvester's FailUpload: an image already gone is left alone. */
  async failed(message: string): Promise<void> {
    try {
      await this.write({}, [
        {
          type: 'Imported',
          status: 'False',
          reason: 'UploadFailed',
          message,
        },
      ]);
    } catch (error) {
      if (!(error instanceof KubeApiError && error.code === 404)) throw error;
    }
  }

  private virtualSize(sizeBytes: number): number {
    const qcow2 = this.head.subarray(0, 4).equals(QCOW2_MAGIC);
    return qcow2 && this.head.length >= 32
      ? Number(this.head.readBigUInt64BE(24))
      : sizeBytes;
  }

  private async write(
    status: object,
    conditions: {
      type: string;
      status: string;
      reason: string;
      message?: string;
    }[],
  ) {
    const now = timestamp();
    const merged = conditions.reduce(
      (all, condition) => withCondition(all, condition, now),
      this.image.status?.conditions,
    );
    const { namespace, name } = this.image.metadata;
    this.image = await this.api.patchStatus('image', namespace, name, {
      ...status,
      conditions: merged,
    });
  }
}
