import { StorageClassSummary } from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';

const defaultClassAnnotations = [
  'storageclass.kubernetes.io/is-default-class',
  'storageclass.beta.kubernetes.io/is-default-class',
];

function isDefaultStorageClass(storageClass: KubeObject): boolean {
  const annotations = storageClass.metadata.annotations ?? {};
  return defaultClassAnnotations.some(a => annotations[a] === 'true');
}

/**
 * The class a PVC without one gets: like the API server's DefaultStorageClass
 * admission, the newest of the classes marked default.
 */
export function defaultStorageClassName(
  storageClasses: KubeObject[],
): string | undefined {
  const defaults = storageClasses
    .filter(isDefaultStorageClass)
    .sort(
      (a, b) =>
        (b.metadata.creationTimestamp ?? '').localeCompare(
          a.metadata.creationTimestamp ?? '',
        ) || a.metadata.name.localeCompare(b.metadata.name),
    );
  return defaults[0]?.metadata.name;
}

export function toStorageClassSummary(
  cluster: string,
  storageClass: KubeObject,
): StorageClassSummary {
  return {
    cluster,
    name: storageClass.metadata.name,
    isDefault: isDefaultStorageClass(storageClass),
    provisioner: storageClass.provisioner as string | undefined,
  };
}
