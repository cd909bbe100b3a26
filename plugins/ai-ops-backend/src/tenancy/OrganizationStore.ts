import { NotFoundError } from '@backstage/errors';
import {
  CreateOrganizationRequest,
  Organization,
  UpdateOrganizationRequest,
} from '@internal/plugin-ai-ops-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { optionalText, toIso, toIsoOrUndefined } from '../database/dbValues';
import { insertUnique } from '../database/insertUnique';

function toOrganization(row: Record<string, unknown>): Organization {
  return {
    id: String(row.id),
    name: String(row.name),
    title: String(row.title),
    description: optionalText(row.description),
    createdBy: String(row.created_by),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    archivedAt: toIsoOrUndefined(row.archived_at),
  };
}

/** Organisations: the top of the tenancy tree, holding workspaces. */
export class OrganizationStore {
  constructor(private readonly knex: Knex) {}

  async list(): Promise<Organization[]> {
    const rows = await this.knex('organizations').orderBy('name');
    return rows.map(toOrganization);
  }

  async get(name: string): Promise<Organization | undefined> {
    const row = await this.knex('organizations').where({ name }).first();
    return row && toOrganization(row);
  }

  /** The organisation, or a 404 naming it. */
  async require(name: string): Promise<Organization> {
    const organization = await this.get(name);
    if (!organization) {
      throw new NotFoundError(`No organization named '${name}'`);
    }
    return organization;
  }

  async create(
    input: CreateOrganizationRequest,
    actor: string,
  ): Promise<Organization> {
    const now = new Date();
    await insertUnique(
      this.knex,
      'organizations',
      {
        id: randomUUID(),
        name: input.name,
        title: input.title,
        description: input.description ?? null,
        created_by: actor,
        created_at: now,
        updated_at: now,
      },
      `An organization named '${input.name}' already exists`,
    );
    return (await this.get(input.name))!;
  }

  async update(
    name: string,
    patch: UpdateOrganizationRequest,
  ): Promise<Organization> {
    const changes: Record<string, unknown> = { updated_at: new Date() };
    if (patch.title !== undefined) changes.title = patch.title;
    if (patch.description !== undefined) {
      changes.description = patch.description;
    }
    if (patch.archived !== undefined) {
      changes.archived_at = patch.archived ? new Date() : null;
    }
    await this.knex('organizations').where({ name }).update(changes);
    return this.require(name);
  }
}
