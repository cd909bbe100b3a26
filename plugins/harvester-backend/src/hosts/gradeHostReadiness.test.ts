import {
  gradeHostReadiness,
  HostHardware,
  MEMORY_REPORTING_TOLERANCE,
} from './gradeHostReadiness';

const GiB = 2 ** 30;

/** Meets production on every item. */
const production: HostHardware = {
  cpuCores: 16,
  memoryBytes: 64 * GiB,
  diskBytes: 500e9,
  nicGbps: 10,
  virtualization: true,
  kvm: true,
  architecture: 'amd64',
};

/** Meets the test figures exactly. */
const test: HostHardware = {
  ...production,
  cpuCores: 8,
  memoryBytes: 32 * GiB,
  diskBytes: 250e9,
  nicGbps: 1,
};

const levelOf = (hardware: HostHardware, id: string) =>
  gradeHostReadiness(hardware).checks.find(c => c.id === id)?.level;

describe('gradeHostReadiness', () => {
  it('grades a host meeting every production figure production', () => {
    const readiness = gradeHostReadiness(production);
    expect(readiness.grade).toBe('production');
    expect(readiness.unmet).toEqual([]);
    expect(readiness.checks.map(c => c.id)).toEqual([
      'cpu',
      'memory',
      'disk',
      'nic',
      'virtualization',
      'kvm',
      'arch',
    ]);
    expect(readiness.checks.every(c => c.level === 'production')).toBe(true);
  });

  it('grades a host meeting exactly the test figures test, naming what production needs', () => {
    const readiness = gradeHostReadiness(test);
    expect(readiness.grade).toBe('test');
    expect(readiness.unmet).toEqual([
      'CPU 8 cores < 16 cores (production)',
      'Memory 32 GiB < 64 GiB (production)',
      'Disk 250 GB < 500 GB (production)',
      'NIC speed 1 Gbit/s < 10 Gbit/s (production)',
    ]);
  });

  it.each([
    ['cpu', { cpuCores: 7.99 }, 'below'],
    ['cpu', { cpuCores: 8 }, 'test'],
    ['cpu', { cpuCores: 15.999 }, 'test'],
    ['cpu', { cpuCores: 16 }, 'production'],
    ['disk', { diskBytes: 250e9 - 1 }, 'below'],
    ['disk', { diskBytes: 250e9 }, 'test'],
    ['disk', { diskBytes: 500e9 - 1 }, 'test'],
    ['disk', { diskBytes: 500e9 }, 'production'],
    ['nic', { nicGbps: 0.1 }, 'below'],
    ['nic', { nicGbps: 1 }, 'test'],
    ['nic', { nicGbps: 2.5 }, 'test'],
    ['nic', { nicGbps: 10 }, 'production'],
    ['nic', { nicGbps: 25 }, 'production'],
  ] as const)('grades %s %j %s', (id, override, level) => {
    expect(levelOf({ ...production, ...override }, id)).toBe(level);
  });

  describe('memory, with the 5% the kernel keeps', () => {
    const testFloor = 32 * GiB * MEMORY_REPORTING_TOLERANCE;
    const productionFloor = 64 * GiB * MEMORY_REPORTING_TOLERANCE;

    it.each([
      [testFloor - 1, 'below'],
      [testFloor, 'test'],
      // What a host with 32 GiB of RAM reports as capacity.
      [32856636 * 1024, 'test'],
      [32 * GiB, 'test'],
      [productionFloor - 1, 'test'],
      [productionFloor, 'production'],
      [64 * GiB, 'production'],
    ])('grades %d bytes %s', (memoryBytes, level) => {
      expect(levelOf({ ...production, memoryBytes }, 'memory')).toBe(level);
    });
  });

  it('is below when any item is below test, however good the rest', () => {
    const readiness = gradeHostReadiness({
      ...production,
      memoryBytes: 24 * GiB,
    });
    expect(readiness.grade).toBe('below');
    expect(readiness.unmet).toEqual(['Memory 24 GiB < 32 GiB (test)']);
  });

  it.each([
    [
      'virtualization',
      { virtualization: false },
      'Hardware virtualisation no, needs VT-x or AMD-V',
    ],
    ['kvm', { kvm: false }, '/dev/kvm absent, needs present'],
    ['arch', { architecture: 'arm64' }, 'Architecture arm64, needs x86_64'],
  ] as const)('fails a host without %s', (id, override, unmet) => {
    const readiness = gradeHostReadiness({ ...production, ...override });
    expect(readiness.grade).toBe('below');
    expect(levelOf({ ...production, ...override }, id)).toBe('below');
    expect(readiness.unmet).toEqual([unmet]);
  });

  it('accepts x86_64 spelled either way', () => {
    expect(levelOf({ ...production, architecture: 'x86_64' }, 'arch')).toBe(
      'production',
    );
    expect(levelOf({ ...production, architecture: 'amd64' }, 'arch')).toBe(
      'production',
    );
  });

  it('caps the grade at test when an item is unknown, and lists it', () => {
    const readiness = gradeHostReadiness({ ...production, nicGbps: undefined });
    expect(readiness.grade).toBe('test');
    const nic = readiness.checks.find(c => c.id === 'nic');
    expect(nic).toMatchObject({
      level: 'unknown',
      actual: 'unknown',
      testRequirement: '1 Gbit/s',
      productionRequirement: '10 Gbit/s',
    });
    expect(readiness.unmet).toEqual(['NIC speed unknown']);
  });

  it('does not raise a below host because other items are unknown', () => {
    const readiness = gradeHostReadiness({ cpuCores: 4 });
    expect(readiness.grade).toBe('below');
    expect(readiness.unmet).toHaveLength(7);
  });

  it('keeps a test host at test when items are unknown', () => {
    expect(gradeHostReadiness({ ...test, kvm: undefined }).grade).toBe('test');
  });

  it('is unknown when nothing is known', () => {
    const readiness = gradeHostReadiness({});
    expect(readiness.grade).toBe('unknown');
    expect(readiness.checks.every(c => c.level === 'unknown')).toBe(true);
  });

  it('reports actual values readably', () => {
    const readiness = gradeHostReadiness({
      ...production,
      cpuCores: 7.5,
      memoryBytes: 31.5 * GiB,
    });
    const actual = Object.fromEntries(
      readiness.checks.map(c => [c.id, c.actual]),
    );
    expect(actual).toEqual({
      cpu: '7.5 cores',
      memory: '31.5 GiB',
      disk: '500 GB',
      nic: '10 Gbit/s',
      virtualization: 'yes',
      kvm: 'present',
      arch: 'amd64',
    });
  });
});
