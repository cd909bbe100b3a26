// @ts-check
// Column helpers of the migrations. Not a migration itself: knex loads only
// the files directly in `migrations/`.

/**
 * A required uuid `column` referencing `inTable`.id, deleted with its row.
 *
 * @param {import('knex').Knex.CreateTableBuilder} table
 * @param {string} column
 * @param {string} inTable
 */
exports.cascadingReference = function cascadingReference(
  table,
  column,
  inTable,
) {
  return table
    .uuid(column)
    .notNullable()
    .references('id')
    .inTable(inTable)
    .onDelete('CASCADE');
};

/**
 * Who created the row and when, and when it last changed.
 *
 * @param {import('knex').Knex.CreateTableBuilder} table
 */
exports.changeStamps = function changeStamps(table) {
  table.string('created_by').notNullable();
  table.timestamp('created_at', { useTz: true }).notNullable();
  table.timestamp('updated_at', { useTz: true }).notNullable();
};
