import { conditionOf, KubeObject, withCondition } from '../kube/KubeObject';
import { KubeApiError } from '../kube/KubeApiError';
import { seededHash } from '../kube/seededHash';
import {
  ClusterState,
  forEachObject,
  SimulationContext,
  timestamp,
} from './SimulationContext';

/** A plausible image size from its URL: 0.5 to 6 GiB, stable per URL. */
function sizeOf(image: KubeObject): number {
  const seed = image.spec?.url ?? image.metadata.name;
  const byte = seededHash(seed)[0];
  return Math.round((0.5 + (byte / 255) * 5.5) * 2 ** 30);
}

const storageClassName = (image: KubeObject) =>
  `longhorn-${image.metadata.name}`;

/** Harvester makes a StorageClass per image, for the volumes of VMs made from it. */
async function createStorageClass(ctx: SimulationContext, image: KubeObject) {
  try {
    await ctx.api.create('storageClass', {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name: storageClassName(image) },
      provisioner: 'driver.longhorn.io',
      allowVolumeExpansion: true,
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'Immediate',
      parameters: {
        backingImage: `${image.metadata.namespace}-${image.metadata.name}`,
        migratable: 'true',
        numberOfReplicas: '3',
        staleReplicaTimeout: '30',
      },
    });
  } catch (error) {
    if (!(error instanceof KubeApiError && error.code === 409)) throw error;
  }
}

async function progress(
  ctx: SimulationContext,
  image: KubeObject,
  percent: number,
) {
  const { namespace, name } = image.metadata;
  const now = timestamp();
  const done = percent >= 100;
  let conditions = withCondition(
    image.status?.conditions,
    { type: 'Initialized', status: 'True' },
    now,
  );
  conditions = withCondition(
    conditions,
    done
      ? { type: 'Imported', status: 'True', reason: 'Imported' }
      : {
          type: 'Imported',
          status: 'Unknown',
          reason: 'Importing',
          message: `Importing: ${percent}%`,
        },
    now,
  );
  const size = sizeOf(image);
  await ctx.api.patchStatus('image', namespace, name, {
    progress: percent,
    conditions,
    storageClassName: storageClassName(image),
    ...(image.spec?.url ? { appliedUrl: image.spec.url } : {}),
    ...(done ? { size, virtualSize: size * 4 } : {}),
  });
  if (done) await imported(ctx, image);
}

/** An image is in: its StorageClass and an Event. */
async function imported(ctx: SimulationContext, image: KubeObject) {
  await createStorageClass(ctx, image);
  await ctx.events.record(
    'image',
    image,
    'ImageImported',
    `Image ${image.spec?.displayName ?? image.metadata.name} imported`,
    { component: 'harvester' },
  );
}

/**
 * Harvester's image controller with Longhorn backing images: a `download`
 * image goes from 0 to 100 % over the import time, then is Imported with a
 * size; volume exports, restores and clones finish after the backup time.
 * An `upload` image's status follows its file through the fake upload
 * action (`harvesterApi/`); once it is Imported it gets its StorageClass.
 */
export async function reconcileImages(
  ctx: SimulationContext,
  state: ClusterState,
) {
  await forEachObject(ctx, 'image', state.images, async image => {
    const isImported = conditionOf(image, 'Imported')?.status === 'True';
    const sourceType = image.spec?.sourceType;
    if (sourceType === 'upload') {
      // The first tick that sees it Imported.
      if (
        isImported &&
        ctx.clock.elapsed(image.metadata.uid!, 'imported') === 0
      ) {
        await imported(ctx, image);
      }
      return;
    }
    if (isImported) return;
    const elapsed = ctx.clock.elapsed(image.metadata.uid!, 'importing');
    const duration =
      sourceType === 'download'
        ? ctx.timings.imageImportMs
        : ctx.timings.backupMs;
    const percent = Math.min(100, Math.floor((elapsed / duration) * 100));
    if (percent !== (image.status?.progress ?? -1)) {
      await progress(ctx, image, percent);
    }
  });
}
