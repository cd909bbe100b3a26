import { InputError } from '@backstage/errors';
import { VmCreateRequest } from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';
import { ObjectReader } from '../kube/ObjectReader';
import { KindKey } from '../kube/resourceKinds';
import { VmSpec } from '../kube/types/kubevirt';
import { formatNamespacedName, parseNamespacedName } from './namespacedRef';

/** A template version's `spec.vm`: the VM it makes, without a name. */
export type TemplateVm = {
  metadata?: {
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec: VmSpec;
};

/** An image `<ns>/<name>` and the storage class Harvester made for it. */
export type ImageSource = { id: string; storageClassName: string };

/** What a create request refers to, read and checked to exist. */
export type ResolvedVmSources = {
  template?: { versionId: string; vm: TemplateVm };
  /** The boot image, when created from an image. */
  bootImage?: ImageSource;
  /** The image of each requested disk made from one, in request order. */
  diskImages: (ImageSource | undefined)[];
  /** `pod` or `<namespace>/<nad>`, in request order. */
  networks: string[];
  /** KeyPairs as `<namespace>/<name>` (Harvester's `sshNames`). */
  keyPairs: string[];
  /** Public keys of the key pairs, then the literal keys. */
  sshPublicKeys: string[];
};

const missing = (field: string, what: string) =>
  new InputError(`Invalid request: ${field}: ${what} not found`);

async function getOrFail(
  reader: ObjectReader,
  kind: KindKey,
  value: string,
  namespace: string,
  field: string,
  what: string,
): Promise<KubeObject> {
  const ref = parseNamespacedName(value, namespace, field);
  const object = await reader.get(kind, ref.namespace, ref.name);
  if (!object) {
    throw missing(field, `${what} ${formatNamespacedName(ref)}`);
  }
  return object;
}

async function resolveTemplate(
  reader: ObjectReader,
  value: string,
  namespace: string,
): Promise<ResolvedVmSources['template']> {
  const [templateRef, version] = value.split(':');
  const template = await getOrFail(
    reader,
    'template',
    templateRef,
    namespace,
    'template',
    'VirtualMachineTemplate',
  );
  const templateNs = template.metadata.namespace!;
  const templateId = `${templateNs}/${template.metadata.name}`;
  let versionObject: KubeObject | undefined;
  if (version) {
    versionObject = (await reader.list('templateVersion', templateNs)).find(
      v =>
        v.spec?.templateId === templateId &&
        String(v.status?.version) === version,
    );
  } else if (template.spec?.defaultVersionId) {
    const id = parseNamespacedName(
      template.spec.defaultVersionId,
      templateNs,
      'template',
    );
    versionObject = await reader.get('templateVersion', id.namespace, id.name);
  }
  if (!versionObject?.spec?.vm?.spec) {
    throw missing(
      'template',
      `version ${version ?? '(default)'} of ${templateId}`,
    );
  }
  return {
    versionId: `${versionObject.metadata.namespace}/${versionObject.metadata.name}`,
    vm: versionObject.spec.vm,
  };
}

async function resolveImage(
  reader: ObjectReader,
  value: string,
  namespace: string,
  field: string,
): Promise<ImageSource> {
  const image = await getOrFail(
    reader,
    'image',
    value,
    namespace,
    field,
    'VirtualMachineImage',
  );
  return {
    id: `${image.metadata.namespace}/${image.metadata.name}`,
    // Harvester backs each image with a storage class of its own.
    storageClassName:
      image.status?.storageClassName ?? `longhorn-${image.metadata.name}`,
  };
}

async function resolveNetwork(
  reader: ObjectReader,
  value: string,
  namespace: string,
  field: string,
): Promise<string> {
  if (value === 'pod') {
    return value;
  }
  const nad = await getOrFail(
    reader,
    'networkAttachment',
    value,
    namespace,
    field,
    'NetworkAttachmentDefinition',
  );
  return `${nad.metadata.namespace}/${nad.metadata.name}`;
}

/** A public key has a type and key material; anything else names a KeyPair. */
const isLiteralKey = (value: string) => /\s/.test(value.trim());

/** Reads everything the request names: 400 naming the field when missing. */
export async function resolveVmSources(
  reader: ObjectReader,
  namespace: string,
  request: VmCreateRequest,
): Promise<ResolvedVmSources> {
  const template = request.template
    ? await resolveTemplate(reader, request.template, namespace)
    : undefined;
  const bootImage =
    request.image && !template
      ? await resolveImage(reader, request.image, namespace, 'image')
      : undefined;
  const diskImages = await Promise.all(
    request.disks.map((disk, i) =>
      disk.image
        ? resolveImage(reader, disk.image, namespace, `disks[${i}].image`)
        : undefined,
    ),
  );
  const networks = await Promise.all(
    request.networks.map((n, i) =>
      resolveNetwork(reader, n.network, namespace, `networks[${i}].network`),
    ),
  );
  const keyPairs: string[] = [];
  const keyPairKeys: string[] = [];
  for (const [i, value] of request.sshKeys.entries()) {
    if (!isLiteralKey(value)) {
      const keyPair = await getOrFail(
        reader,
        'keyPair',
        value,
        namespace,
        `sshKeys[${i}]`,
        'KeyPair',
      );
      keyPairs.push(`${keyPair.metadata.namespace}/${keyPair.metadata.name}`);
      keyPairKeys.push(String(keyPair.spec?.publicKey ?? '').trim());
    }
  }
  return {
    template,
    bootImage,
    diskImages,
    networks,
    keyPairs,
    sshPublicKeys: [
      ...keyPairKeys,
      ...request.sshKeys.filter(isLiteralKey).map(k => k.trim()),
    ],
  };
}
