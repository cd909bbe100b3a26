/**
 * AI-Ops module: the Kubernetes Jobs executor (`aiOps.kubernetes`).
 *
 * @packageDocumentation
 */
export { aiOpsModuleKubernetes as default } from './module';
export {
  KubernetesJobsExecutor,
  type KubernetesJobsExecutorOptions,
} from './KubernetesJobsExecutor';
