/**
 * Runs the hub headless: `npm run hub -- --port 4455 --data ./hub-data [--host 0.0.0.0]
 * [--web out/web] [--open-room NAME [--key SECRET] [--facilitator-key SECRET]] [--admin-token T]
 * [--max-connections-per-address N] [--refusals-per-minute N]`.
 * --admin-token (or BARAZA_HUB_ADMIN_TOKEN) enables POST /admin/rooms for browser facilitators.
 * --max-connections-per-address raises the cap for venues where many devices share one address
 * (NAT); see docs/HUB.md, "Limits". --refusals-per-minute sets how many refused edits a minute may
 * make the hub rebuild a room for one person before their edits are turned away unread.
 *
 * With --open-room it opens (or reopens) that room and prints its join links and short code.
 * On start it prints one JSON line beginning with `{"ready":` that scripts and tests can read.
 */
import { parseArgs } from 'node:util';
import { createHub } from './hub';
import { joinLink, lanAddresses } from './joinLink';
import { defaultPort, type HubLimits } from './options';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'strict-port': { type: 'boolean' },
    data: { type: 'string' },
    host: { type: 'string', multiple: true },
    web: { type: 'string' },
    'open-room': { type: 'string', multiple: true },
    key: { type: 'string' },
    'facilitator-key': { type: 'string' },
    'heartbeat-ms': { type: 'string' },
    'admin-token': { type: 'string' },
    'max-connections-per-address': { type: 'string' },
    'refusals-per-minute': { type: 'string' },
    help: { type: 'boolean' },
  },
});

if (values.help || !values.data) {
  console.log(
    'usage: npm run hub -- --data DIR [--port N] [--strict-port] [--host H ...] [--web DIR] [--open-room NAME [--key SECRET] [--facilitator-key SECRET]] [--admin-token TOKEN] [--max-connections-per-address N] [--refusals-per-minute N]',
  );
  process.exit(values.help ? 0 : 2);
}

/** A flag's number; a typo must not silently turn a limit into NaN, which would disable it. */
function positiveInteger(flag: string, value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) {
    console.error(`--${flag} needs a positive whole number, not "${value}"`);
    process.exit(2);
  }
  return parsed;
}

const limits: Partial<HubLimits> = {};
if (values['heartbeat-ms']) limits.heartbeatMs = positiveInteger('heartbeat-ms', values['heartbeat-ms']);
if (values['max-connections-per-address']) limits.maxConnectionsPerAddress = positiveInteger('max-connections-per-address', values['max-connections-per-address']);
if (values['refusals-per-minute']) limits.refusalsPerMinute = positiveInteger('refusals-per-minute', values['refusals-per-minute']);

const hub = await createHub({
  port: values.port ? Number(values.port) : defaultPort,
  strictPort: values['strict-port'] ?? false,
  hosts: values.host,
  webDir: values.web,
  dataDir: values.data,
  limits,
  adminToken: values['admin-token'] ?? process.env.BARAZA_HUB_ADMIN_TOKEN,
});

const addresses = values.host && !values.host.includes('0.0.0.0') ? values.host : ['127.0.0.1', ...lanAddresses()];
const rooms = (values['open-room'] ?? []).map((name) => {
  const access = hub.openRoom(name, { secret: values.key, facilitatorSecret: values['facilitator-key'] });
  for (const address of addresses) {
    console.log(`room ${name}: ${joinLink(`http://${address}:${hub.port}`, name, access.secret)}  (code ${access.code})`);
  }
  return access;
});
console.log(JSON.stringify({ ready: true, port: hub.port, rooms }));

const stop = (): void => {
  void hub.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
