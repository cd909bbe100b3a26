/**
 * Opens a client, runs `use` and always closes it, also when `use` throws:
 * a connector never leaves a connection to a source open.
 */
export async function withClient<C extends { end(): Promise<unknown> }, T>(
  open: () => Promise<C>,
  use: (client: C) => Promise<T>,
): Promise<T> {
  const client = await open();
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => {});
  }
}
