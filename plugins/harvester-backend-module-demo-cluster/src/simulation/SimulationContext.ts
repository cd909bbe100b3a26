import { LoggerService } from '@backstage/backend-plugin-api';
import { KubeObject } from '../kube/KubeObject';
import { KubeResources } from '../kube/KubeResources';
import { EventRecorder } from './EventRecorder';
import { PhaseClock } from './PhaseClock';

/** How long simulated work takes, before `timeScale`. */
export const baseTimings = {
  /** VMI Scheduling → Running. */
  scheduleMs: 1000,
  /** VM Stopping → VMI deleted. */
  stopMs: 1000,
  /** Each migration phase. */
  migrationStepMs: 1000,
  /** A download image from 0 to 100 %. */
  imageImportMs: 10_000,
  backupMs: 2000,
  restoreMs: 2000,
};

export type SimulationTimings = typeof baseTimings;

/** What one tick of the simulation observed; every controller reads the same snapshot. */
export type ClusterState = {
  nodes: KubeObject[];
  vms: KubeObject[];
  vmis: KubeObject[];
  migrations: KubeObject[];
  pvcs: KubeObject[];
  /** virt-launcher pods only. */
  pods: KubeObject[];
  images: KubeObject[];
  backups: KubeObject[];
  restores: KubeObject[];
  quotas: KubeObject[];
};

export type SimulationContext = {
  api: KubeResources;
  logger: LoggerService;
  clock: PhaseClock;
  timings: SimulationTimings;
  events: EventRecorder;
  /** The last failure per object, so a repeating one is logged once. */
  failures: Map<string, string>;
};

/** RFC 3339 without fractions, as Kubernetes writes timestamps. */
export const timestamp = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/** `status.phaseTransitionTimestamps` (VMIs, migrations) with `phase` entered now. */
export const phaseTransitions = (object: KubeObject, phase: string) => [
  ...(object.status?.phaseTransitionTimestamps ?? []),
  { phase, phaseTransitionTimestamp: timestamp() },
];

/** The first object of a list with this namespace and name. */
export const findObject = (
  objects: KubeObject[],
  namespace: string | undefined,
  name: string,
) =>
  objects.find(
    o => o.metadata.name === name && o.metadata.namespace === namespace,
  );

/**
 * Runs `reconcile` for each object; a failure is logged (once while it
 * repeats) and the other objects go on, so one object the API rejects does
 * not stall the rest.
 */
export async function forEachObject(
  ctx: SimulationContext,
  what: string,
  objects: KubeObject[],
  reconcile: (object: KubeObject) => Promise<void>,
): Promise<void> {
  const seen = ctx.failures;
  for (const object of objects) {
    const key = `${what} ${object.metadata.namespace ?? ''}/${
      object.metadata.name
    }`;
    try {
      await reconcile(object);
      seen.delete(key);
    } catch (error) {
      const message = String(error);
      if (seen.get(key) !== message) {
        seen.set(key, message);
        ctx.logger.warn(`Simulation: reconciling ${key} failed: ${message}`);
      }
    }
  }
}
