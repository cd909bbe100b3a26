/** A Kubernetes object as the API serves it. */
export type KubeObject = {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name: string;
    generateName?: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    generation?: number;
    creationTimestamp?: string;
    deletionTimestamp?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: OwnerReference[];
    finalizers?: string[];
    [field: string]: unknown;
  };
  spec?: any;
  status?: any;
  [field: string]: unknown;
};

export type OwnerReference = {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
};

export type Condition = {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
  lastProbeTime?: string | null;
};

/** `namespace/name`, or `name` for cluster-scoped objects. */
export function objectKey(object: {
  metadata: { namespace?: string; name: string };
}): string {
  const { namespace, name } = object.metadata;
  return namespace ? `${namespace}/${name}` : name;
}

/** The object's condition of a type, if it reports one. */
export function conditionOf(
  object: KubeObject | undefined,
  type: string,
): Condition | undefined {
  const conditions: Condition[] = object?.status?.conditions ?? [];
  return conditions.find(c => c.type === type);
}

/**
 * `update` with the `lastTransitionTime` controllers give it: kept from the
 * previous condition of its type when the status did not change, else now.
 */
export function stampCondition(
  previous: Condition[] | undefined,
  update: Condition,
  now: string,
): Condition {
  const before = previous?.find(c => c.type === update.type);
  const lastTransitionTime =
    before?.status === update.status && before.lastTransitionTime
      ? before.lastTransitionTime
      : now;
  return { ...update, lastTransitionTime };
}

/** `conditions` with `update` set (replacing the condition of its type). */
export function withCondition(
  conditions: Condition[] | undefined,
  update: Condition,
  now: string,
): Condition[] {
  return [
    ...(conditions ?? []).filter(c => c.type !== update.type),
    stampCondition(conditions, update, now),
  ];
}
