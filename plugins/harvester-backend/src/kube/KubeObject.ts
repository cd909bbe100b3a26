/**
 * A Kubernetes object as the API serves it. Kind-specific shapes
 * (kube/types/*.ts) narrow `spec` and `status`.
 */
export type KubeObjectMeta = {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: {
    apiVersion: string;
    kind: string;
    name: string;
    uid: string;
    controller?: boolean;
  }[];
  finalizers?: string[];
};

export type KubeObject<TSpec = any, TStatus = any> = {
  apiVersion?: string;
  kind?: string;
  metadata: KubeObjectMeta;
  spec?: TSpec;
  status?: TStatus;
  [field: string]: unknown;
};

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';
