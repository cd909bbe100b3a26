import { Knex } from 'knex';
import { ChangeRecorder } from '../audit/ChangeRecorder';
import { DepartmentsStore } from './DepartmentsStore';
import { GroupsStore } from './GroupsStore';
import { PapPdpDataSource } from './PapPdpDataSource';
import { PapStatsStore } from './PapStatsStore';
import { PapWriter } from './PapWriter';
import { PoliciesStore } from './PoliciesStore';
import { RolesStore } from './RolesStore';
import { UserBatches } from './UserBatches';
import { UsersStore } from './UsersStore';

export { applyDatabaseMigrations } from './migrations';
export {
  changeOf,
  PapWriter,
  pluginActor,
  type ChangeDraft,
  type RecordChange,
} from './PapWriter';
export { PapPdpDataSource } from './PapPdpDataSource';
export { publishRevisions } from './publishRevisions';
export { UsersStore } from './UsersStore';
export type { UserImportRow, UserImportOutcome } from './UserBatches';
export type { RoleHolder } from './roleHolderOperations';

/** The policy administration point's stores, sharing one writer. */
export type PapStores = ReturnType<typeof createPapStores>;

export function createPapStores(options: {
  knex: Knex;
  changes: ChangeRecorder;
}) {
  const writer = new PapWriter(options.knex, options.changes);
  return {
    writer,
    users: new UsersStore(writer),
    userBatches: new UserBatches(writer),
    groups: new GroupsStore(writer),
    departments: new DepartmentsStore(writer),
    roles: new RolesStore(writer),
    policies: new PoliciesStore(writer),
    stats: new PapStatsStore(options.knex),
    pdpData: new PapPdpDataSource(options.knex),
  };
}
