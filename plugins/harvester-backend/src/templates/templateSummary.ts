import {
  HARVESTER_LABELS,
  TemplateSummary,
} from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';
import { VirtualMachine } from '../kube/types/kubevirt';
import { vmSpecFacts, volumeClaimTemplatesOf } from '../vms/vmSpecFacts';

type TemplateVersion = TemplateSummary['versions'][number];

/** A VirtualMachineTemplateVersion: its VM's size and the image it boots. */
function toVersion(version: KubeObject): TemplateVersion {
  const vm = version.spec?.vm as VirtualMachine | undefined;
  const facts = vm?.spec ? vmSpecFacts(vm) : undefined;
  const imageId =
    version.spec?.imageId ||
    (vm &&
      volumeClaimTemplatesOf(vm)
        .map(t => t.metadata.annotations?.[HARVESTER_LABELS.imageId])
        .find(Boolean));
  return {
    name: version.metadata.name,
    version: version.status?.version ?? 0,
    cpuCores: facts?.cpuCores,
    memoryBytes: facts?.memoryBytes || undefined,
    ...(imageId ? { imageId } : {}),
  };
}

/**
 * Templates with their versions (`spec.templateId` is `<ns>/<template>`),
 * newest version first; `defaultVersion` names the default's object.
 */
export function toTemplateSummaries(
  cluster: string,
  templates: KubeObject[],
  versions: KubeObject[],
): TemplateSummary[] {
  const byTemplate = new Map<string, KubeObject[]>();
  for (const version of versions) {
    const id: string = version.spec?.templateId ?? '';
    byTemplate.set(id, [...(byTemplate.get(id) ?? []), version]);
  }
  return templates.map(template => {
    const { namespace, name } = template.metadata;
    const defaultId: string | undefined = template.spec?.defaultVersionId;
    return {
      cluster,
      namespace: namespace!,
      name,
      description: template.spec?.description,
      defaultVersion: defaultId?.split('/').pop(),
      versions: (byTemplate.get(`${namespace}/${name}`) ?? [])
        .map(toVersion)
        .sort((a, b) => b.version - a.version),
    };
  });
}
