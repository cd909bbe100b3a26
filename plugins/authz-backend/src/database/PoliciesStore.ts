import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  AuthzPolicy,
  AuthzPolicyVersion,
  createPolicySchema,
  ListQuery,
  Page,
  PolicyDocument,
  updatePolicySchema,
} from '@internal/plugin-authz-common';
import { z } from 'zod';
import { toBoolean, toIsoTime } from './columnValues';
import { fetchPage, ListSpec } from './listPage';
import { changeOf, PapWriter } from './PapWriter';
import {
  insertPolicy,
  requireFreePolicyName,
  savePolicyVersion,
} from './policyOperations';
import {
  findPolicy,
  policiesTable,
  PolicyRow,
  toPolicies,
} from './policyReads';
import { updateGivenColumns } from './updateGivenColumns';

type VersionRow = {
  policy_id: string;
  version: number;
  document: string;
  active: boolean | number;
  changed_by: string;
  changed_at: Date | number;
};

export type PolicyListQuery = ListQuery & { active?: boolean };

const versionsTable = 'authz_policy_versions';

const listSpec: ListSpec = {
  searchColumns: ['name', 'description'],
  sortColumns: {
    name: 'name',
    active: 'active',
    version: 'version',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
  },
  defaultSort: 'name',
  keyColumn: 'id',
};

/** IAM-style policy documents, with every version they have had. */
export class PoliciesStore {
  constructor(private readonly writer: PapWriter) {}

  async list(query: PolicyListQuery): Promise<Page<AuthzPolicy>> {
    const db = this.writer.knex;
    const select = db<PolicyRow>(policiesTable).select();
    if (query.active !== undefined) select.where({ active: query.active });
    const { rows, totalCount } = await fetchPage<PolicyRow>(
      select,
      listSpec,
      query,
    );
    return { items: await toPolicies(db, rows), totalCount };
  }

  async get(id: string): Promise<AuthzPolicy> {
    return findPolicy(this.writer.knex, id);
  }

  /** Every policy, or those named by `ids` (unknown ids are a 404). */
  async export(ids?: string[]): Promise<AuthzPolicy[]> {
    const db = this.writer.knex;
    const select = db<PolicyRow>(policiesTable).orderBy('name');
    if (ids) select.whereIn('id', ids);
    const rows = await select;
    const missing = ids?.find(id => !rows.some(row => row.id === id));
    if (missing) throw new NotFoundError(`No policy ${missing}`);
    return toPolicies(db, rows);
  }

  async create(
    actor: string,
    input: z.output<typeof createPolicySchema>,
  ): Promise<AuthzPolicy> {
    return this.writer.write(actor, (trx, record) =>
      insertPolicy(trx, record, actor, input),
    );
  }

  /** Every update, even of the description only, is a new version. */
  async update(
    actor: string,
    id: string,
    input: z.output<typeof updatePolicySchema>,
  ): Promise<AuthzPolicy> {
    return this.writer.write(actor, async (trx, record) => {
      const before = await findPolicy(trx, id);
      if (input.name !== undefined && input.name !== before.name) {
        await requireFreePolicyName(trx, input.name);
      }
      const columns = {
        name: input.name,
        description: input.description,
        active: input.active,
        document: input.document && JSON.stringify(input.document),
      };
      await updateGivenColumns(trx, policiesTable, { id }, columns, {
        version: before.version + 1,
        updated_by: actor,
      });
      const after = await savePolicyVersion(trx, id);
      await record({ ...changeOf('policy', 'update', id), before, after });
      return after;
    });
  }

  /** As in IAM, a policy still attached to roles cannot be deleted. */
  async delete(actor: string, id: string): Promise<void> {
    await this.writer.write(actor, async (trx, record) => {
      const before = await findPolicy(trx, id);
      if (before.roleIds.length > 0) {
        throw new ConflictError(
          `${before.name} is attached to ${before.roleIds.length} role(s); detach it first`,
        );
      }
      await trx(policiesTable).where({ id }).delete();
      await record({ ...changeOf('policy', 'delete', id), before });
    });
  }

  /** The history, newest first. */
  async versions(id: string): Promise<AuthzPolicyVersion[]> {
    const db = this.writer.knex;
    await findPolicy(db, id);
    const rows = await db<VersionRow>(versionsTable)
      .where({ policy_id: id })
      .orderBy('version', 'desc');
    return rows.map(row => ({
      policyId: row.policy_id,
      version: row.version,
      document: JSON.parse(row.document) as PolicyDocument,
      active: toBoolean(row.active),
      changedBy: row.changed_by,
      changedAt: toIsoTime(row.changed_at),
    }));
  }
}
