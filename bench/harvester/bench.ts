import { machineLoad, printLatencies } from '../catalog/stats';
import { benchClusters } from './benchClusters';
import { benchVmList } from './listBench';
import { benchVmPage } from './pageBench';
import { seedVms } from './seedVms';

/**
 * The harvester backend's VM list with 2,000 VMs on two clusters, from the
 * watch caches against straight API-server lists in the same run, and the
 * VM page's time to interactive in headless Chromium.
 */
async function main() {
  const clusters = benchClusters();
  for (const cluster of clusters) {
    const count = await seedVms(cluster);
    console.log(`${cluster.name}: ${count} VMs at ${cluster.url}`);
  }

  const list = await benchVmList(clusters);
  console.log(`\nGET /api/harvester/vms over ${list.total} VMs`);
  printLatencies('VM list, 50 per page, filters and sorts', [
    list.cache,
    list.direct,
  ]);

  const page = await benchVmPage(clusters);
  console.log(
    `\nVM page until the first VM link is visible (${machineLoad()}): median ${
      page.medianMs
    } ms of ${page.samplesMs.join(', ')} ms`,
  );
  console.log(
    `RESULT cache_p95_ms=${list.cache.p95.toFixed(
      1,
    )} direct_p95_ms=${list.direct.p95.toFixed(1)} page_ms=${page.medianMs}`,
  );
  process.exit(0);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
