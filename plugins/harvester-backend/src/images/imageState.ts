import { ImageSummary } from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';

type Condition = { type: string; status: string; message?: string };

/** A VirtualMachineImage (`harvesterhci.io/v1beta1`), as far as it is read. */
export type ImageObject = KubeObject<
  {
    displayName: string;
    sourceType: string;
    url?: string;
    description?: string;
    checksum?: string;
    targetStorageClassName?: string;
    /** `backingimage` (Longhorn, the default) or `cdi`. */
    backend?: string;
  },
  {
    conditions?: Condition[];
    progress?: number;
    size?: number;
    storageClassName?: string;
  }
>;

/**
 * An image's state and progress as Harvester's UI shows them: `Imported`
 * True is Active; a retry limit or a failed condition with a message is
 * Failed; `Imported` still Unknown is a transfer in progress.
 */
export function imageState(image: ImageObject): {
  state: ImageSummary['state'];
  progress: number;
  message?: string;
} {
  const conditions = image.status?.conditions ?? [];
  const condition = (type: string) => conditions.find(c => c.type === type);
  const imported = condition('Imported');
  const progress = image.status?.progress ?? 0;

  if (imported?.status === 'True') {
    return { state: 'Active', progress: 100 };
  }
  const failure =
    condition('RetryLimitExceeded')?.status === 'True'
      ? condition('RetryLimitExceeded')
      : [imported, condition('Initialized')].find(
          c => c?.status === 'False' && c.message,
        );
  if (failure) {
    return { state: 'Failed', progress, message: failure.message };
  }
  if (imported || progress > 0) {
    const state =
      image.spec?.sourceType === 'upload' ? 'Uploading' : 'Downloading';
    return { state, progress, message: imported?.message };
  }
  return { state: 'Pending', progress };
}
