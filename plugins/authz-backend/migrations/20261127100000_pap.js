// @ts-check

/**
 * The policy administration point (PAP): principals mirrored from the catalog
 * or created locally, roles, IAM-style policies, and the revision counter the
 * PDP watches to know when to reload.
 *
 * Ids are uuids stored as text, so that a malformed id in a URL is simply not
 * found (PostgreSQL's uuid type would reject it with a type error instead).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('authz_departments', table => {
    table.comment('Catalog groups of spec.type department, as a tree');
    entityColumns(table);
    table.string('title', 255).nullable();
    departmentReference(table, 'parent_ref');
    table.integer('position').notNullable().defaultTo(0);
    table.enu('source', ['catalog', 'local']).notNullable();
    table.index(['parent_ref'], 'authz_departments_parent_idx');
  });

  await knex.schema.createTable('authz_users', table => {
    table.comment('Users the PDP knows, with their local status');
    entityColumns(table);
    table.string('display_name', 255).nullable();
    table.string('email', 255).nullable();
    table.enu('status', ['active', 'disabled']).notNullable();
    departmentReference(table, 'department_ref');
    table.timestamp('last_login_at', { useTz: true }).nullable();
    table.enu('source', ['catalog', 'local']).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['department_ref'], 'authz_users_department_idx');
  });

  await knex.schema.createTable('authz_groups', table => {
    table.comment('Ordinary groups (teams); department_ref is their parent');
    entityColumns(table);
    table.string('title', 255).nullable();
    table.text('description').nullable();
    departmentReference(table, 'department_ref');
    table.enu('source', ['catalog', 'local']).notNullable();
  });

  await knex.schema.createTable('authz_group_members', table => {
    cascadingReference(table, 'group_ref', 255, 'authz_groups.ref');
    cascadingReference(table, 'user_ref', 255, 'authz_users.ref');
    table.primary(['group_ref', 'user_ref']);
    table.index(['user_ref'], 'authz_group_members_user_idx');
  });

  await knex.schema.createTable('authz_roles', table => {
    table.string('id', 36).primary();
    table.string('name', 255).notNullable().unique();
    table.text('description').nullable();
    table.enu('type', ['system', 'custom']).notNullable();
    table.boolean('active').notNullable();
    table.boolean('all_users').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });

  // Holders are not foreign keys: one column names a user, a group or a
  // department, and a holder may be named before the catalog sync brings it.
  await knex.schema.createTable('authz_role_holders', table => {
    cascadingReference(table, 'role_id', 36, 'authz_roles.id');
    table.enu('holder_kind', ['user', 'group', 'department']).notNullable();
    table.string('holder_ref', 255).notNullable();
    table.primary(['role_id', 'holder_kind', 'holder_ref']);
    table.index(['holder_ref'], 'authz_role_holders_ref_idx');
  });

  await knex.schema.createTable('authz_policies', table => {
    table.string('id', 36).primary();
    table.string('name', 128).notNullable().unique();
    table.text('description').nullable();
    table.boolean('active').notNullable();
    table.text('document').notNullable();
    table.integer('version').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.string('updated_by', 255).nullable();
  });

  await knex.schema.createTable('authz_policy_versions', table => {
    cascadingReference(table, 'policy_id', 36, 'authz_policies.id');
    table.integer('version').notNullable();
    table.text('document').notNullable();
    table.boolean('active').notNullable();
    table.string('changed_by', 255).notNullable();
    table.timestamp('changed_at', { useTz: true }).notNullable();
    table.primary(['policy_id', 'version']);
  });

  await knex.schema.createTable('authz_role_policies', table => {
    cascadingReference(table, 'role_id', 36, 'authz_roles.id');
    cascadingReference(table, 'policy_id', 36, 'authz_policies.id');
    table.primary(['role_id', 'policy_id']);
    table.index(['policy_id'], 'authz_role_policies_policy_idx');
  });

  await knex.schema.createTable('authz_revision', table => {
    table.comment('One row; every committed PAP change increases it');
    table.bigInteger('revision').notNullable();
  });
  await knex('authz_revision').insert({ revision: 0 });
};

/**
 * The key of a row that mirrors a catalog entity, its entity ref, and the
 * entity's name.
 *
 * @param {import('knex').Knex.CreateTableBuilder} table
 */
function entityColumns(table) {
  table.string('ref', 255).primary();
  table.string('name', 255).notNullable();
}

/**
 * The department a row sits in (a department's parent); the row stays when
 * that department goes.
 *
 * @param {import('knex').Knex.CreateTableBuilder} table
 * @param {string} column
 */
function departmentReference(table, column) {
  table
    .string(column, 255)
    .nullable()
    .references('ref')
    .inTable('authz_departments')
    .onDelete('SET NULL');
}

/**
 * A required reference to `target` ("table.column"), deleted with the row it
 * names: a membership or an attachment means nothing once either side is gone.
 *
 * @param {import('knex').Knex.CreateTableBuilder} table
 * @param {string} column
 * @param {number} length
 * @param {string} target
 */
function cascadingReference(table, column, length, target) {
  const [targetTable, targetColumn] = target.split('.');
  table
    .string(column, length)
    .notNullable()
    .references(targetColumn)
    .inTable(targetTable)
    .onDelete('CASCADE');
}

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  for (const table of [
    'authz_revision',
    'authz_role_policies',
    'authz_policy_versions',
    'authz_policies',
    'authz_role_holders',
    'authz_roles',
    'authz_group_members',
    'authz_groups',
    'authz_users',
    'authz_departments',
  ]) {
    await knex.schema.dropTable(table);
  }
};
