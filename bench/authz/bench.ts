/**
 * Decisions per second and p50/p99 latency of the authz PDP, side by side:
 * (a) the Rego in-process (wasm), (b) the same Rego on an OPA server over
 * HTTP, (c) Backstage's allow-all policy as the floor; first the PDP alone,
 * then through /api/permission/authorize with batches of 1 and 1,000.
 */
import { runEngineBench } from './engineBench';
import { runHttpBench } from './httpBench';
import { printTable } from './stats';

async function main() {
  const opaUrl = process.env.OPA_URL;
  if (!opaUrl)
    throw new Error('OPA_URL is not set: run through bench/authz/run');
  const users = Number(process.env.BENCH_USERS ?? 2000);
  const decisions = Number(process.env.BENCH_DECISIONS ?? 20000);

  const engine = await runEngineBench(opaUrl, users, decisions);
  printTable(
    `PDP per decision (${users} users, ${decisions} decisions, sequential)`,
    engine,
  );

  const http = [
    ...(await runHttpBench('wasm', 17101, opaUrl)),
    ...(await runHttpBench('server', 17102, opaUrl)),
    ...(await runHttpBench('allow-all', 17103, opaUrl)),
  ];
  printTable(
    'POST /api/permission/authorize (latency per call; throughput in decisions)',
    http,
  );

  const [wasm, rest] = engine;
  console.log(
    `\nRESULT wasm_p99_ms=${wasm.p99.toFixed(4)} rest_p99_ms=${rest.p99.toFixed(
      4,
    )} throughput_ratio=${(wasm.perSecond / rest.perSecond).toFixed(1)}`,
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
