import { DecisionReason, DecisionResult } from '@internal/plugin-authz-common';

/** A recent decision kept so that a 403 can say which policy denied. */
export type JournalEntry = {
  decisionId: string;
  principal: string;
  permission: string;
  result: DecisionResult;
  summary: string;
  reasons: DecisionReason[];
  at: number;
};

const perPrincipal = 32;
const maxPrincipals = 10_000;

/**
 * The last few denials per principal, in this process. Backstage's permission
 * client drops everything but the result, so the plugin that answers 403 looks
 * the reasons up here; the permission backend runs in the same process.
 */
export class DecisionJournal {
  private readonly byPrincipal = new Map<string, JournalEntry[]>();

  record(entry: JournalEntry): void {
    const list = this.byPrincipal.get(entry.principal) ?? [];
    list.push(entry);
    if (list.length > perPrincipal) list.shift();
    // Re-insert so Map order is least-recently-used first.
    this.byPrincipal.delete(entry.principal);
    this.byPrincipal.set(entry.principal, list);
    if (this.byPrincipal.size > maxPrincipals) {
      const oldest = this.byPrincipal.keys().next().value;
      if (oldest !== undefined) this.byPrincipal.delete(oldest);
    }
  }

  /** The newest denial of `principal` since `sinceMs`, for `permission` if given. */
  latestDenial(
    principal: string,
    options: { permission?: string; sinceMs?: number } = {},
  ): JournalEntry | undefined {
    const list = this.byPrincipal.get(principal) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const entry = list[i];
      if (options.sinceMs !== undefined && entry.at < options.sinceMs) break;
      if (entry.result !== 'DENY') continue;
      if (options.permission && entry.permission !== options.permission)
        continue;
      return entry;
    }
    return undefined;
  }
}
