import {
  HOST_REQUIREMENTS,
  HostReadiness,
  ReadinessCheck,
  ReadinessLevel,
} from '@internal/plugin-harvester-common';

/**
 * What the cluster reports about a host's hardware; `undefined` when
 * nothing reports it (see `hostHardware.ts` for where each fact comes from).
 */
export type HostHardware = {
  cpuCores?: number;
  memoryBytes?: number;
  diskBytes?: number;
  nicGbps?: number;
  /** Hardware-assisted virtualisation (VT-x / AMD-V). */
  virtualization?: boolean;
  /** `/dev/kvm` is usable by KubeVirt. */
  kvm?: boolean;
  /** `status.nodeInfo.architecture`, e.g. `amd64`. */
  architecture?: string;
};

const GiB = 2 ** 30;
const GB = 1e9;

/**
 * The kernel keeps some RAM for itself, so a host with 32 GiB of memory
 * reports about 31.1 GiB. Harvester's installer accepts 5% less than the
 * requirement for the same reason; so do we.
 */
export const MEMORY_REPORTING_TOLERANCE = 0.95;

const X86_64 = ['amd64', 'x86_64'];

type Level = ReadinessLevel | 'unknown';

const rank: Record<ReadinessLevel, number> = {
  below: 0,
  test: 1,
  production: 2,
};

const format = (value: number) =>
  Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, '');

function measured(options: {
  id: string;
  label: string;
  unit: string;
  actual: number | undefined;
  requirement: { test: number; production: number };
  /** How much of the requirement counts as meeting it. */
  tolerance?: number;
}): ReadinessCheck {
  const { id, label, unit, actual, requirement, tolerance = 1 } = options;
  const meets = (minimum: number) =>
    actual !== undefined && actual >= minimum * tolerance;
  let level: Level = 'below';
  if (actual === undefined) level = 'unknown';
  else if (meets(requirement.production)) level = 'production';
  else if (meets(requirement.test)) level = 'test';
  return {
    id,
    label,
    actual: actual === undefined ? 'unknown' : `${format(actual)} ${unit}`,
    testRequirement: `${requirement.test} ${unit}`,
    productionRequirement: `${requirement.production} ${unit}`,
    level,
  };
}

function required(options: {
  id: string;
  label: string;
  requirement: string;
  actual: string | undefined;
  ok: boolean | undefined;
}): ReadinessCheck {
  const { id, label, requirement, actual, ok } = options;
  let level: Level = 'unknown';
  if (ok !== undefined) level = ok ? 'production' : 'below';
  return {
    id,
    label,
    actual: actual ?? 'unknown',
    testRequirement: requirement,
    productionRequirement: requirement,
    level,
  };
}

/** `Memory 24 GiB < 32 GiB (test)`; `/dev/kvm absent, needs present`. */
function unmetItem(check: ReadinessCheck): string | undefined {
  const shortOf = (requirement: string, level: ReadinessLevel) =>
    check.testRequirement === check.productionRequirement
      ? `${check.label} ${check.actual}, needs ${requirement}`
      : `${check.label} ${check.actual} < ${requirement} (${level})`;
  switch (check.level) {
    case 'unknown':
      return `${check.label} unknown`;
    case 'below':
      return shortOf(check.testRequirement, 'test');
    case 'test':
      return shortOf(check.productionRequirement, 'production');
    default:
      return undefined;
  }
}

/**
 * Grades a host against Harvester's hardware requirements (brief 1.3).
 *
 * The grade is the worst check. A check nothing reports is `unknown`: it
 * cannot fail a host, but it cannot vouch for production either, so it caps
 * the grade at `test`. With no check known at all the grade is `unknown`.
 * `unmet` names every check below production, unknown ones included.
 */
export function gradeHostReadiness(hardware: HostHardware): HostReadiness {
  const checks: ReadinessCheck[] = [
    measured({
      id: 'cpu',
      label: 'CPU',
      unit: 'cores',
      actual: hardware.cpuCores,
      requirement: HOST_REQUIREMENTS.cpuCores,
    }),
    measured({
      id: 'memory',
      label: 'Memory',
      unit: 'GiB',
      actual:
        hardware.memoryBytes === undefined
          ? undefined
          : hardware.memoryBytes / GiB,
      requirement: HOST_REQUIREMENTS.memoryGiB,
      tolerance: MEMORY_REPORTING_TOLERANCE,
    }),
    measured({
      id: 'disk',
      label: 'Disk',
      unit: 'GB',
      actual:
        hardware.diskBytes === undefined ? undefined : hardware.diskBytes / GB,
      requirement: HOST_REQUIREMENTS.diskGB,
    }),
    measured({
      id: 'nic',
      label: 'NIC speed',
      unit: 'Gbit/s',
      actual: hardware.nicGbps,
      requirement: HOST_REQUIREMENTS.nicGbps,
    }),
    required({
      id: 'virtualization',
      label: 'Hardware virtualisation',
      requirement: 'VT-x or AMD-V',
      actual: wording(hardware.virtualization, 'yes', 'no'),
      ok: hardware.virtualization,
    }),
    required({
      id: 'kvm',
      label: '/dev/kvm',
      requirement: 'present',
      actual: wording(hardware.kvm, 'present', 'absent'),
      ok: hardware.kvm,
    }),
    required({
      id: 'arch',
      label: 'Architecture',
      requirement: 'x86_64',
      actual: hardware.architecture,
      ok:
        hardware.architecture === undefined
          ? undefined
          : X86_64.includes(hardware.architecture),
    }),
  ];
  return {
    grade: overallGrade(checks.map(c => c.level)),
    checks,
    unmet: checks.flatMap(c => unmetItem(c) ?? []),
  };
}

function wording(
  value: boolean | undefined,
  whenTrue: string,
  whenFalse: string,
): string | undefined {
  if (value === undefined) return undefined;
  return value ? whenTrue : whenFalse;
}

function overallGrade(levels: Level[]): Level {
  const known = levels.filter((l): l is ReadinessLevel => l !== 'unknown');
  if (known.length === 0) return 'unknown';
  const worst = known.reduce((a, b) => (rank[a] <= rank[b] ? a : b));
  if (known.length < levels.length && worst === 'production') return 'test';
  return worst;
}
