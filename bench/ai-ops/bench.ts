/**
 * AI-Ops benchmark: (1) the run list API on 200,000 runs in PostgreSQL,
 * keyset pages on composite indexes vs OFFSET pages without them; (2)
 * scheduling overhead per task of 1,000 short tasks through the
 * orchestrator and the local executor, event-driven vs a polling
 * dispatcher. Prints tables and a last `RESULT ...` line; drops the
 * databases it creates.
 */
import { applyDatabaseMigrations } from '../../plugins/ai-ops-backend/src/database/migrations';
import { machineLoad, printLatencies, timed } from '../catalog/stats';
import { withBenchDatabase } from './benchDatabase';
import { benchKeysetList, benchOffsetList } from './listBench';
import { seedRuns } from './seedRuns';
import { benchTaskOverhead } from './taskBench';

async function main() {
  const runCount = Number(process.env.BENCH_RUNS ?? 200_000);
  const taskCount = Number(process.env.BENCH_TASKS ?? 1_000);

  console.log(
    `\n(1) run list: ${runCount} runs (4 workspaces × 20 pipelines, 2 tasks each) in PostgreSQL`,
  );
  const list = await withBenchDatabase(async knex => {
    await applyDatabaseMigrations(knex);
    const [seedS, seeded] = await timed(() => seedRuns(knex, runCount));
    console.log(`  seeded in ${seedS.toFixed(1)} s; ${machineLoad()}`);
    const keyset = await benchKeysetList(knex, seeded);
    const offset = await benchOffsetList(knex, seeded);
    printLatencies('run list pages of 50 (goal p95 ≤ 100 ms)', [
      keyset,
      offset,
    ]);
    return keyset;
  });

  console.log(
    `\n(2) ${taskCount} short tasks (sh -c true) in chains of 50, local executor`,
  );
  const events = await withBenchDatabase(knex =>
    benchTaskOverhead(knex, taskCount, false),
  );
  const polling = await withBenchDatabase(knex =>
    benchTaskOverhead(knex, taskCount, true),
  );
  printLatencies(
    'scheduling overhead per task (ready → recorded finished, minus the process)',
    [events, polling],
  );
  console.log(
    `  wall time: event-driven ${events.totalS.toFixed(
      1,
    )} s, polling ${polling.totalS.toFixed(1)} s`,
  );
  const mean = (l: typeof events) => l.p50;
  console.log(
    `\nruns_list_p95_ms: keyset API p95 over first and cursor pages; task_overhead_ms: event-driven p50 (polling p50 ${mean(
      polling,
    ).toFixed(1)} ms)`,
  );
  console.log(
    `RESULT runs_list_p95_ms=${list.p95.toFixed(
      1,
    )} task_overhead_ms=${events.p50.toFixed(1)}`,
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
