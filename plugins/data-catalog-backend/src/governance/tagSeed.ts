import { PiiLevel } from '@internal/plugin-data-catalog-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';

type SeedTag = {
  name: string;
  description: string;
  piiLevel?: PiiLevel;
  restricted?: boolean;
};
type SeedCategory = {
  name: string;
  description: string;
  exclusive: boolean;
  tags: SeedTag[];
};

/** The governance vocabulary every installation starts with. */
export const defaultTagCategories: SeedCategory[] = [
  {
    name: 'PII',
    description: 'How much personal data an asset holds (one level each)',
    exclusive: true,
    tags: [
      {
        name: 'pii-low',
        description: 'Indirect personal data',
        piiLevel: 'low',
      },
      {
        name: 'pii-medium',
        description: 'Personal data such as names or e-mail addresses',
        piiLevel: 'medium',
      },
      {
        name: 'pii-high',
        description: 'Sensitive personal data (health, payment, identity)',
        piiLevel: 'high',
      },
    ],
  },
  {
    name: 'Access',
    description: 'Who may see the data',
    exclusive: false,
    tags: [
      {
        name: 'restricted',
        description: 'Access is limited to approved readers',
        restricted: true,
      },
      { name: 'public', description: 'Anyone in the company may read it' },
    ],
  },
  {
    name: 'Domain',
    description: 'The business domain the data belongs to',
    exclusive: false,
    tags: ['finance', 'sales', 'marketing', 'customer'].map(name => ({
      name,
      description: `Data of the ${name} domain`,
    })),
  },
  {
    name: 'Lifecycle',
    description: 'Whether to rely on the data',
    exclusive: false,
    tags: [
      { name: 'certified', description: 'Reviewed and fit for reporting' },
      { name: 'deprecated', description: 'Being retired; do not build on it' },
    ],
  },
];

/**
 * On first start (no category yet) adds the default categories and tags in
 * one transaction. Later starts leave what admins made of them alone, and
 * replicas starting together cannot insert twice (names are unique).
 */
export async function seedDefaultTags(knex: Knex): Promise<void> {
  await knex.transaction(async trx => {
    if (await trx('tag_categories').first('id')) return;
    for (const category of defaultTagCategories) {
      await trx('tag_categories')
        .insert({
          id: randomUUID(),
          name: category.name,
          description: category.description,
          exclusive: category.exclusive,
        })
        .onConflict('name')
        .ignore();
      const { id } = await trx('tag_categories')
        .where('name', category.name)
        .first('id');
      for (const tag of category.tags) {
        await trx('tags')
          .insert({
            id: randomUUID(),
            category_id: id,
            name: tag.name,
            description: tag.description,
            pii_level: tag.piiLevel ?? 'none',
            restricted: tag.restricted ?? false,
          })
          .onConflict('name')
          .ignore();
      }
    }
  });
}
