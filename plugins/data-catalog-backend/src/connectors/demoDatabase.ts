import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { withSqlite } from './sqlite/sqliteDatabase';

/**
 * Builds the demo warehouse SQLite file from its SQL script when the file
 * is missing or older than the script. The file is built under a temporary
 * name and renamed, so a crash never leaves a half-built demo behind.
 */
export async function ensureDemoDatabase(
  sqlPath: string,
  filePath: string,
): Promise<void> {
  const [script, file] = await Promise.all([
    stat(sqlPath),
    stat(filePath).catch(() => undefined),
  ]);
  if (file && file.mtimeMs >= script.mtimeMs) return;

  const sql = await readFile(sqlPath, 'utf8');
  const building = `${filePath}.${process.pid}.building`;
  await mkdir(dirname(filePath), { recursive: true });
  await rm(building, { force: true });
  try {
    await withSqlite(
      building,
      async db => {
        // knex runs one statement at a time; the driver's exec runs a script.
        const connection = await db.client.acquireConnection();
        try {
          connection.exec(sql);
        } finally {
          await db.client.releaseConnection(connection);
        }
      },
      { writable: true },
    );
    await rename(building, filePath);
  } catch (error) {
    await rm(building, { force: true });
    throw error;
  }
}
