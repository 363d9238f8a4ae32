// Runs every benchmark in tests/bench/*.bench.ts in turn. Each prints its own figures; see
// docs/BENCHMARKS.md for what they mean and the latest results.
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { pathToFileURL } from 'node:url';

const dir = new URL('.', import.meta.url);
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => !only || name.includes(only))
  .sort();

console.log(`Baraza benchmarks on ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
for (const name of files) {
  console.log(`\n== ${name}`);
  const module = (await import(pathToFileURL(new URL(name, dir).pathname).href)) as { run?: () => Promise<void> };
  if (typeof module.run !== 'function') throw new Error(`${name} exports no run()`);
  await module.run();
}
