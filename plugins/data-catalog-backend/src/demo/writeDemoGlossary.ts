import { ConflictError } from '@backstage/errors';
import { GlossaryStatus } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { ActivityInput, recordActivity } from '../governance/activity';
import { moveTerm } from '../governance/glossaryHistory';
import { addGlossaryLink } from '../governance/glossaryLinks';
import { createTerm, getTerm } from '../governance/glossaryStore';
import { GlossaryAction, planTransition } from '../governance/glossaryWorkflow';
import { describeTarget } from '../governance/tableTargets';
import { DemoTerm, demoTermStatuses } from './demoGovernanceSchema';
import { atPath, DemoTables } from './demoTables';

/** The review steps that bring a new draft to each demo status. */
const stepsTo: Record<(typeof demoTermStatuses)[number], GlossaryAction[]> = {
  draft: [],
  'in-review': ['submit'],
  approved: ['submit', 'approve'],
};

/**
 * One glossary term the way people make it: proposed as a draft, submitted
 * and approved by a reviewer as the content says, then linked to tables.
 * A term of that name made by someone already is theirs: it is left alone.
 * Resolves to false then.
 */
export async function writeDemoTerm(
  trx: Knex.Transaction,
  tables: DemoTables,
  term: DemoTerm,
  path: string,
): Promise<boolean> {
  const { status, proposedBy, approvedBy, links, ...request } = term;
  const targets = links.map((link, i) =>
    tables.node(`${path}.links[${i}]`, link),
  );
  const activity = (entry: Omit<ActivityInput, 'type'>) =>
    recordActivity(trx, { type: 'glossary', ...entry });

  return atPath(path, async () => {
    let created;
    try {
      created = await createTerm(trx, request, proposedBy);
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
    await activity({
      actor: proposedBy,
      summary: `Proposed glossary term ${term.name}`,
    });
    let from: GlossaryStatus = created.status;
    for (const action of stepsTo[status]) {
      const transition = planTransition(from, action);
      const actor = transition.reviewersOnly ? approvedBy! : proposedBy;
      await moveTerm(trx, {
        termId: created.id,
        action,
        fromStatus: from,
        toStatus: transition.to,
        actor,
      });
      await activity({
        actor,
        summary: `Glossary term ${term.name}: ${from} → ${transition.to} (${action})`,
      });
      from = transition.to;
    }
    const linked = await getTerm(trx, created.id);
    for (const { table, column } of targets) {
      await addGlossaryLink(
        trx,
        linked,
        { entityRef: table.entityRef, column },
        approvedBy!,
      );
      await activity({
        entityRef: table.entityRef,
        actor: approvedBy,
        summary: `Linked ${describeTarget(table, column)} and glossary term ${
          term.name
        }`,
      });
    }
    return true;
  });
}
