import { LoggerService } from '@backstage/backend-plugin-api';
import { KubeApiError } from '../kube/KubeApiError';
import { KubeResources } from '../kube/KubeResources';
import { reconcileBackups } from './backupController';
import { EventRecorder } from './EventRecorder';
import { reconcileImages } from './imageController';
import { reconcileInstances } from './instanceController';
import { reconcileLauncherPods } from './launcherPods';
import { reconcileMachines } from './machineController';
import { reconcileMaintenance } from './maintenanceController';
import { publishMetrics } from './metricsController';
import { createObserver, SimulationScope } from './observeCluster';
import { PhaseClock } from './PhaseClock';
import { reconcileQuotas } from './quotaController';
import { reconcileRestores } from './restoreController';
import {
  baseTimings,
  ClusterState,
  SimulationContext,
  SimulationTimings,
} from './SimulationContext';
import { reconcileVolumes } from './volumeController';
import { reconcileMigrations } from './migrationController';
import { reconcileNodeLifecycle } from './nodeLifecycleController';

export type SimulatedHarvesterControllersOptions = SimulationScope & {
  /** The cluster's Kubernetes API: the fake server or a real kube-apiserver. */
  api: KubeResources;
  logger: LoggerService;
  /** How often the controllers look at the cluster. Default 1 s. */
  intervalMs?: number;
  /** How often metrics are published. Default 15 s. */
  metricsIntervalMs?: number;
  /** Multiplies every simulated duration (0.1 makes a 1 s step 100 ms). Default 1. */
  timeScale?: number;
};

type Reconciler = (
  ctx: SimulationContext,
  state: ClusterState,
) => Promise<void>;

/**
 * SIMULATED controllers of a Harvester cluster: what virt-controller,
 * virt-handler, kube-scheduler, Harvester's controllers, Longhorn and
 * metrics-server would do, acting only through the Kubernetes API, so they
 * drive the fake API server and a bare kube-apiserver (which stores objects
 * but runs nothing) alike. Each tick observes the cluster once and runs
 * every reconciler on that snapshot; errors are logged and the next tick
 * tries again.
 */
export class SimulatedHarvesterControllers {
  private readonly ctx: SimulationContext;
  private readonly observe: () => Promise<ClusterState>;
  private readonly knownServiceAccounts = new Set<string>();
  private readonly reconcilers: Array<[string, Reconciler]>;
  private running?: Promise<void>;
  private stopped = false;
  private wake?: () => void;
  private lastMetrics = 0;
  /** The launcher pods and their hosts at the last publication. */
  private lastMetricsPlacement = '';
  private metricsAvailable = true;

  constructor(private readonly options: SimulatedHarvesterControllersOptions) {
    const scale = options.timeScale ?? 1;
    const timings = Object.fromEntries(
      Object.entries(baseTimings).map(([key, ms]) => [key, ms * scale]),
    ) as SimulationTimings;
    this.ctx = {
      api: options.api,
      logger: options.logger,
      clock: new PhaseClock(),
      timings,
      events: new EventRecorder(options.api, options.logger),
      failures: new Map(),
    };
    this.observe = createObserver(options.api, options, options.logger);
    this.reconcilers = [
      // Quota status first: the API server admits no pod while it is unknown.
      ['quotas', reconcileQuotas],
      ['node lifecycle', reconcileNodeLifecycle],
      ['volumes', reconcileVolumes],
      ['virtual machines', reconcileMachines],
      ['instances', reconcileInstances],
      [
        'launcher pods',
        (ctx, state) =>
          reconcileLauncherPods(ctx, state, this.knownServiceAccounts),
      ],
      ['migrations', reconcileMigrations],
      ['maintenance', reconcileMaintenance],
      ['images', reconcileImages],
      ['backups', reconcileBackups],
      ['restores', reconcileRestores],
    ];
  }

  start(): void {
    if (this.running) return;
    this.stopped = false;
    this.running = this.loop();
  }

  /** Resolves once the current tick has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
    this.running = undefined;
  }

  /** One observation and reconcile pass (tests step the simulation with it). */
  async tick(): Promise<void> {
    let state: ClusterState;
    try {
      state = await this.observe();
    } catch (error) {
      this.options.logger.warn(
        `Simulation could not read the cluster: ${error}`,
      );
      return;
    }
    for (const [name, reconcile] of this.reconcilers) {
      try {
        await reconcile(this.ctx, state);
      } catch (error) {
        this.options.logger.warn(
          `Simulated ${name} controller failed: ${error}`,
        );
      }
    }
    await this.publishMetricsWhenDue(state);
    this.ctx.clock.prune();
  }

  private async publishMetricsWhenDue(state: ClusterState) {
    const interval = this.options.metricsIntervalMs ?? 15_000;
    const placement = state.pods
      .map(pod => `${pod.metadata.name}@${pod.spec?.nodeName}`)
      .join(',');
    const due = Date.now() - this.lastMetrics >= interval;
    // A VM that starts or moves gets metrics at once, not up to 15 s later.
    if (
      !this.metricsAvailable ||
      (!due && placement === this.lastMetricsPlacement)
    ) {
      return;
    }
    this.lastMetrics = Date.now();
    this.lastMetricsPlacement = placement;
    try {
      await publishMetrics(this.ctx, state, this.options);
    } catch (error) {
      if (error instanceof KubeApiError && error.code === 404) {
        this.metricsAvailable = false;
        this.options.logger.info(
          'The API does not serve metrics.k8s.io; simulating without metrics',
        );
        return;
      }
      this.options.logger.warn(`Simulated metrics-server failed: ${error}`);
    }
  }

  private async loop() {
    const interval = this.options.intervalMs ?? 1000;
    while (!this.stopped) {
      await this.tick();
      await new Promise<void>(resolve => {
        const timer = setTimeout(resolve, interval);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }
}
