import { HARVESTER_LABELS } from '@internal/plugin-harvester-common';
import { NodeObject } from '../kube/types/nodes';
import { hostRoles, hostState, internalIpOf } from './hostFacts';

const node = (
  options: {
    ready?: string;
    unschedulable?: boolean;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  } = {},
): NodeObject => ({
  metadata: {
    name: 'n1',
    labels: options.labels,
    annotations: options.annotations,
  },
  spec: { unschedulable: options.unschedulable },
  status: options.ready
    ? { conditions: [{ type: 'Ready', status: options.ready }] }
    : {},
});

describe('hostState', () => {
  it.each([
    [{ ready: 'True' }, 'Active'],
    [{ ready: 'True', unschedulable: true }, 'Cordoned'],
    [{ ready: 'False' }, 'NotReady'],
    [{ ready: 'Unknown' }, 'NotReady'],
    [{ ready: 'False', unschedulable: true }, 'NotReady'],
    [{}, 'Unknown'],
    [
      {
        ready: 'True',
        unschedulable: true,
        annotations: { [HARVESTER_LABELS.drainRequested]: 'true' },
      },
      'EnteringMaintenance',
    ],
    [
      {
        ready: 'True',
        unschedulable: true,
        annotations: { [HARVESTER_LABELS.maintenance]: 'running' },
      },
      'EnteringMaintenance',
    ],
    [
      {
        ready: 'False',
        unschedulable: true,
        annotations: { [HARVESTER_LABELS.maintenance]: 'completed' },
      },
      'Maintenance',
    ],
  ] as const)('%j is %s', (options, state) => {
    expect(hostState(node(options))).toBe(state);
  });
});

describe('hostRoles', () => {
  it.each([
    [{ [HARVESTER_LABELS.roleManagement]: 'true' }, ['management']],
    [{ 'node-role.kubernetes.io/control-plane': 'true' }, ['management']],
    [
      {
        [HARVESTER_LABELS.roleManagement]: 'true',
        'node-role.kubernetes.io/control-plane': 'true',
      },
      ['management'],
    ],
    [{ [HARVESTER_LABELS.roleWitness]: 'true' }, ['witness']],
    [{ [HARVESTER_LABELS.roleWorker]: 'true' }, ['worker']],
    [{ [HARVESTER_LABELS.roleManagement]: 'false' }, ['worker']],
    [{}, ['worker']],
  ])('%j gives %j', (labels, roles) => {
    expect(hostRoles(node({ labels }))).toEqual(roles);
  });
});

describe('internalIpOf', () => {
  it('prefers the internal address', () => {
    const withAddresses = (addresses: { type: string; address: string }[]) => ({
      ...node(),
      status: { addresses },
    });
    expect(
      internalIpOf(
        withAddresses([
          { type: 'ExternalIP', address: '1.2.3.4' },
          { type: 'InternalIP', address: '10.0.0.1' },
        ]),
      ),
    ).toBe('10.0.0.1');
    expect(
      internalIpOf(withAddresses([{ type: 'ExternalIP', address: '1.2.3.4' }])),
    ).toBe('1.2.3.4');
    expect(internalIpOf(node())).toBeUndefined();
  });
});
