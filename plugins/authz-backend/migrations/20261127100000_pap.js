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
    table.string('ref', 255).primary();
    table.string('name', 255).notNullable();
    table.string('title', 255).nullable();
    table
      .string('parent_ref', 255)
      .nullable()
      .references('ref')
      .inTable('authz_departments')
      .onDelete('SET NULL');
    table.integer('position').notNullable().defaultTo(0);
    table.enu('source', ['catalog', 'local']).notNullable();
    table.index(['parent_ref'], 'authz_departments_parent_idx');
  });

  await knex.schema.createTable('authz_users', table => {
    table.comment('Users the PDP knows, with their local status');
    table.string('ref', 255).primary();
    table.string('name', 255).notNullable();
    table.string('display_name', 255).nullable();
    table.string('email', 255).nullable();
    table.enu('status', ['active', 'disabled']).notNullable();
    table
      .string('department_ref', 255)
      .nullable()
      .references('ref')
      .inTable('authz_departments')
      .onDelete('SET NULL');
    table.timestamp('last_login_at', { useTz: true }).nullable();
    table.enu('source', ['catalog', 'local']).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['department_ref'], 'authz_users_department_idx');
  });

  await knex.schema.createTable('authz_groups', table => {
    table.comment('Ordinary groups (teams); department_ref is their parent');
    table.string('ref', 255).primary();
    table.string('name', 255).notNullable();
    table.string('title', 255).nullable();
    table.text('description').nullable();
    table
      .string('department_ref', 255)
      .nullable()
      .references('ref')
      .inTable('authz_departments')
      .onDelete('SET NULL');
    table.enu('source', ['catalog', 'local']).notNullable();
  });

  await knex.schema.createTable('authz_group_members', table => {
    table
      .string('group_ref', 255)
      .notNullable()
      .references('ref')
      .inTable('authz_groups')
      .onDelete('CASCADE');
    table
      .string('user_ref', 255)
      .notNullable()
      .references('ref')
      .inTable('authz_users')
      .onDelete('CASCADE');
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
    table
      .string('role_id', 36)
      .notNullable()
      .references('id')
      .inTable('authz_roles')
      .onDelete('CASCADE');
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
    table
      .string('policy_id', 36)
      .notNullable()
      .references('id')
      .inTable('authz_policies')
      .onDelete('CASCADE');
    table.integer('version').notNullable();
    table.text('document').notNullable();
    table.boolean('active').notNullable();
    table.string('changed_by', 255).notNullable();
    table.timestamp('changed_at', { useTz: true }).notNullable();
    table.primary(['policy_id', 'version']);
  });

  await knex.schema.createTable('authz_role_policies', table => {
    table
      .string('role_id', 36)
      .notNullable()
      .references('id')
      .inTable('authz_roles')
      .onDelete('CASCADE');
    table
      .string('policy_id', 36)
      .notNullable()
      .references('id')
      .inTable('authz_policies')
      .onDelete('CASCADE');
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
