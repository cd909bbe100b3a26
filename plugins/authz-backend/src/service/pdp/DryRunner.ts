import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { InputError, ResponseError } from '@backstage/errors';
import {
  DryRunOutcome,
  PdpData,
  PdpInput,
} from '@internal/plugin-authz-common';
import {
  composeDecision,
  WasmDecisionPoint,
} from '@internal/plugin-authz-node';

/** Who a dry-run asks about: a real user, or a made-up holder of groups/roles. */
export type DryRunPrincipal =
  | { userRef: string }
  | { groupRefs: string[]; roleIds: string[] };

export type DryRunPermission = PdpInput['permission'];

/** The principal ref a made-up principal takes; no real ref looks like it. */
const syntheticRef = 'user:dry-run/principal';

/**
 * Answers "may X do Y on Z, and why" with the same Rego and composition as
 * the live policy, on the data it is given, without acting or logging.
 */
export class DryRunner {
  constructor(
    private readonly deps: { discovery: DiscoveryService; auth: AuthService },
  ) {}

  /** The principal's input and the data with its made-up bindings, if any. */
  prepare(
    data: PdpData,
    principal: DryRunPrincipal,
    permission: DryRunPermission,
  ): { data: PdpData; input: PdpInput } {
    if ('userRef' in principal) {
      const user = data.users[principal.userRef];
      return {
        data,
        input: {
          principal: {
            ref: principal.userRef,
            ownershipRefs: [principal.userRef, ...(user?.groups ?? [])],
          },
          permission,
        },
      };
    }
    return {
      data: {
        ...data,
        roleBindings: {
          ...data.roleBindings,
          [syntheticRef]: principal.roleIds,
        },
      },
      input: {
        principal: { ref: syntheticRef, ownershipRefs: principal.groupRefs },
        permission,
      },
    };
  }

  async outcome(
    point: WasmDecisionPoint,
    input: PdpInput,
    resourceRef?: string,
  ): Promise<DryRunOutcome> {
    const decision = composeDecision(input, await point.evaluate(input));
    const outcome: DryRunOutcome = {
      result: decision.result,
      reasons: decision.reasons,
      summary: decision.summary,
      conditions: decision.criteria,
    };
    if (resourceRef) {
      outcome.resourceResult =
        decision.result === 'CONDITIONAL'
          ? await this.applyConditions(decision.pluginId!, {
              resourceRef,
              resourceType: decision.resourceType!,
              conditions: decision.criteria,
            })
          : decision.result;
    }
    return outcome;
  }

  /** Asks the owning plugin to check the conditions against the resource. */
  private async applyConditions(
    pluginId: string,
    item: { resourceRef: string; resourceType: string; conditions: unknown },
  ): Promise<'ALLOW' | 'DENY'> {
    const baseUrl = await this.deps.discovery.getBaseUrl(pluginId);
    const { token } = await this.deps.auth.getPluginRequestToken({
      onBehalfOf: await this.deps.auth.getOwnServiceCredentials(),
      targetPluginId: pluginId,
    });
    const response = await fetch(
      `${baseUrl}/.well-known/backstage/permissions/apply-conditions`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          items: [{ id: 'dry-run', result: 'CONDITIONAL', pluginId, ...item }],
        }),
      },
    );
    if (response.status === 400) {
      throw new InputError(
        `${pluginId} could not check ${item.resourceRef}: ${
          (await ResponseError.fromResponse(response)).message
        }`,
      );
    }
    if (!response.ok) throw await ResponseError.fromResponse(response);
    const body = (await response.json()) as {
      items: Array<{ result: string | string[] }>;
    };
    const result = body.items[0]?.result;
    return result === 'ALLOW' ? 'ALLOW' : 'DENY';
  }
}
