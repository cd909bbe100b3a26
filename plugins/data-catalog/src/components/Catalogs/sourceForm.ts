import {
  createSourceRequestSchema,
  DataSource,
  sourceConnectionSchema,
  updateSourceRequestSchema,
} from '@internal/plugin-data-catalog-common';
import { optional, splitList } from '@internal/portal-react';

/** The source form's inputs, all text except the switches. */
export type SourceFormValues = {
  id: string;
  title: string;
  description: string;
  platform: string;
  host: string;
  port: string;
  user: string;
  passwordRef: string;
  databases: string;
  excludeSchemas: string;
  owner: string;
  domain: string;
  schedule: string;
  ssl: boolean;
  enabled: boolean;
  collectQueries: boolean;
};

export const emptySourceForm: SourceFormValues = {
  id: '',
  title: '',
  description: '',
  platform: 'postgresql',
  host: '',
  port: '5432',
  user: '',
  passwordRef: '',
  databases: '',
  excludeSchemas: '',
  owner: '',
  domain: '',
  schedule: '',
  ssl: false,
  enabled: true,
  collectQueries: true,
};

/** An existing source in the form, to edit it. */
export function sourceFormOf(source: DataSource): SourceFormValues {
  const { connection } = source;
  return {
    ...emptySourceForm,
    id: source.id,
    title: source.title,
    description: source.description ?? '',
    platform: source.platform,
    host: connection.host,
    port: String(connection.port),
    user: connection.user,
    passwordRef: connection.passwordRef ?? '',
    databases: connection.databases.join(', '),
    excludeSchemas: connection.excludeSchemas.join(', '),
    owner: source.owner,
    domain: source.domain ?? '',
    schedule: source.schedule ?? '',
    ssl: connection.ssl,
    enabled: source.enabled,
    collectQueries: source.collectQueries,
  };
}

export function connectionOf(values: SourceFormValues) {
  return {
    host: values.host.trim(),
    // '' stays invalid (NaN) instead of becoming port 0.
    port: values.port.trim() === '' ? NaN : Number(values.port),
    user: values.user.trim(),
    passwordRef: optional(values.passwordRef),
    databases: splitList(values.databases),
    excludeSchemas: splitList(values.excludeSchemas),
    ssl: values.ssl,
  };
}

/** What POST /sources gets (before the schema fills defaults). */
export function createRequestOf(values: SourceFormValues) {
  return {
    id: values.id.trim(),
    title: values.title.trim(),
    description: optional(values.description),
    platform: values.platform,
    connection: connectionOf(values),
    owner: values.owner.trim(),
    domain: optional(values.domain),
    schedule: optional(values.schedule),
    enabled: values.enabled,
    collectQueries: values.collectQueries,
  };
}

/**
 * What PATCH /sources/:id gets: everything but the id, which is fixed.
 * Every field with a default is sent, since the schema would otherwise
 * fill in (and so reset) the default.
 */
export function updateRequestOf(values: SourceFormValues) {
  const { id: _id, ...request } = createRequestOf(values);
  return request;
}

export const sourceSchemas = {
  create: createSourceRequestSchema,
  update: updateSourceRequestSchema,
  connection: sourceConnectionSchema,
};
