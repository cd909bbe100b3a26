import { Knex } from 'knex';

/** Which workspace each user works in (`PUT /me/workspace`). */
export class CurrentWorkspaceStore {
  constructor(private readonly knex: Knex) {}

  async get(userRef: string): Promise<string | undefined> {
    const row = await this.knex('current_workspaces')
      .where({ user_ref: userRef })
      .first();
    return row?.workspace_id;
  }

  async set(userRef: string, workspaceId: string): Promise<void> {
    await this.knex('current_workspaces')
      .insert({
        user_ref: userRef,
        workspace_id: workspaceId,
        updated_at: new Date(),
      })
      .onConflict('user_ref')
      .merge(['workspace_id', 'updated_at']);
  }
}
