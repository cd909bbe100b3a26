import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { KubeObject } from '../kube/KubeObject';

/** A host in shorthand (demo/demo-clusters.yaml). */
export type DemoHost = {
  name: string;
  role: 'management' | 'worker' | 'witness';
  cpu: number;
  memoryGiB: number;
  nicGbps: number;
  ip: string;
  disks: { name: string; sizeGB: number; rotational?: boolean }[];
};

/** A VM in shorthand: Harvester's usual shape around these facts. */
export type DemoVm = {
  name: string;
  namespace: string;
  cpu: number;
  memoryGiB: number;
  diskGiB: number;
  /** A VirtualMachineImage in `default`. */
  image: string;
  /** The image is an installer ISO on a CD-ROM, beside a blank disk. */
  bootFromIso?: boolean;
  /** A NetworkAttachmentDefinition in `default`; default the pod network. */
  network?: string;
  /** Default Running. */
  state?: 'Running' | 'Stopped' | 'Paused';
  owner?: string;
  tags?: Record<string, string>;
  nodeSelector?: Record<string, string>;
  description?: string;
};

export type DemoCluster = {
  name: string;
  title: string;
  hosts: DemoHost[];
  vms: DemoVm[];
  manifests?: KubeObject[];
};

export type DemoData = {
  /** Owner of the clusters (and of objects that name no other owner). */
  owner: string;
  namespaces: { name: string; owner?: string }[];
  /** Seeded into every cluster. */
  manifests: KubeObject[];
  clusters: DemoCluster[];
};

const PACKAGE = '@internal/plugin-harvester-backend-module-demo-cluster';

/** The demo clusters' data, from the package's `demo/demo-clusters.yaml`. */
export async function loadDemoData(
  path = resolvePackagePath(PACKAGE, 'demo/demo-clusters.yaml'),
): Promise<DemoData> {
  const data = parse(await readFile(path, 'utf8')) as DemoData;
  if (!data?.clusters?.length || !data.owner) {
    throw new Error(`${path} names no clusters or no owner`);
  }
  return data;
}
