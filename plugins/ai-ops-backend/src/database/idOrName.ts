const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a uuid: PostgreSQL refuses to compare a uuid column with else. */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}

/** The column a path parameter that is an id or a name selects by. */
export function idOrNameColumn(idOrName: string, alias?: string): string {
  const column = isUuid(idOrName) ? 'id' : 'name';
  return alias ? `${alias}.${column}` : column;
}
