/**
 * `npm run bench [-- <name> ...]`: runs the named benchmarks (default: webhook, lists, action),
 * prints each one's figures and checks, and exits 1 when a check failed. `kvitka-burst` takes
 * minutes and runs only when named. See docs/performance.md for the latest figures.
 */
import { actionBench } from "./action";
import { kvitkaBurstBench } from "./kvitka-burst";
import { listsBench } from "./lists";
import { webhookBench } from "./webhook";

const BENCHES: Record<string, () => Promise<boolean>> = {
  webhook: webhookBench,
  lists: listsBench,
  action: actionBench,
  "kvitka-burst": kvitkaBurstBench,
};
const DEFAULT = ["webhook", "lists", "action"];

const names = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT;
const unknown = names.filter((name) => !Object.hasOwn(BENCHES, name));
if (unknown.length) {
  console.error(`unknown bench: ${unknown.join(", ")} (known: ${Object.keys(BENCHES).join(", ")})`);
  process.exit(2);
}
let ok = true;
for (const name of names) {
  console.log(`\n== ${name} ==`);
  ok = (await BENCHES[name]()) && ok;
}
process.exit(ok ? 0 : 1);
