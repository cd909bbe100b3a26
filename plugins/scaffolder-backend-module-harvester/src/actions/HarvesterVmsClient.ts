import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { VmSummary } from '@internal/plugin-harvester-common';

/** The body of `POST /api/harvester/clusters/:c/namespaces/:ns/vms`. */
export type VmCreateBody = Record<string, unknown> & {
  name: string;
  idempotencyKey: string;
  dryRun: boolean;
};

export type VmCreateResponse = {
  vm?: VmSummary;
  created: boolean;
  manifest?: Record<string, unknown>;
};

/**
 * Creates VMs through the harvester backend, on behalf of the user who runs
 * the template: the Access policy and the audit log see that user, not the
 * scaffolder.
 */
export class HarvesterVmsClient {
  constructor(
    private readonly deps: { discovery: DiscoveryService; auth: AuthService },
  ) {}

  async createVm(options: {
    cluster: string;
    namespace: string;
    body: VmCreateBody;
    onBehalfOf: BackstageCredentials;
  }): Promise<VmCreateResponse> {
    const { token } = await this.deps.auth.getPluginRequestToken({
      onBehalfOf: options.onBehalfOf,
      targetPluginId: 'harvester',
    });
    const baseUrl = await this.deps.discovery.getBaseUrl('harvester');
    const path = `/clusters/${encodeURIComponent(
      options.cluster,
    )}/namespaces/${encodeURIComponent(options.namespace)}/vms`;
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(options.body),
    });
    if (!response.ok) {
      // The step log should say why (e.g. the denying policy), not just 403.
      const error = await ResponseError.fromResponse(response);
      throw new Error(
        `Creating the VM failed (${response.status}): ${error.body.error.message}`,
        { cause: error },
      );
    }
    return (await response.json()) as VmCreateResponse;
  }
}
