/**
 * Runs the hub headless: `npm run hub -- --port 4455 --data ./hub-data [--host 0.0.0.0]
 * [--join-address A ...] [--web out/web] [--open-room NAME [--key SECRET] [--facilitator-key SECRET]]
 * [--qr] [--admin-token-file FILE] [--max-connections-per-address N] [--refusals-per-minute N]`.
 * An admin token (from --admin-token-file or BARAZA_ADMIN_TOKEN; see adminTokenSource.ts) enables
 * POST /admin/rooms for browser facilitators. The token is never printed.
 * --join-address names the address phones use, when it is not one of this machine's own (NAT).
 * --max-connections-per-address raises the cap for venues where many devices share one address
 * (NAT); see docs/HUB.md, "Limits". --refusals-per-minute sets how many refused edits a minute may
 * make the hub rebuild a room for one person before their edits are turned away unread.
 *
 * With --open-room it opens (or reopens) that room and prints its join links and short code.
 * On start it prints one JSON line beginning with `{"ready":` that scripts and tests can read.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { adminTokenFrom } from './adminTokenSource';
import { createHub } from './hub';
import { hubOrigin, joinLink } from '../../shared/joinLink';
import { terminalQr } from './terminalQr';
import { defaultPort, type HubLimits } from './options';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'strict-port': { type: 'boolean' },
    data: { type: 'string' },
    host: { type: 'string', multiple: true },
    'join-address': { type: 'string', multiple: true },
    qr: { type: 'boolean' },
    'admin-token-file': { type: 'string' },
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
    'usage: npm run hub -- --data DIR [--port N] [--strict-port] [--host H ...] [--join-address A ...] [--web DIR] [--open-room NAME [--key SECRET] [--facilitator-key SECRET]] [--qr] [--admin-token-file FILE] [--max-connections-per-address N] [--refusals-per-minute N]\n' +
      '  the admin token comes from --admin-token-file or the BARAZA_ADMIN_TOKEN environment variable',
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

const admin = adminTokenFrom({ file: values['admin-token-file'], flag: values['admin-token'], env: process.env }, (path) => readFileSync(path, 'utf8'));
if (admin.error) {
  console.error(admin.error);
  process.exit(2);
}
if (admin.warning) console.error(`warning: ${admin.warning}`);

const hub = await createHub({
  port: values.port ? Number(values.port) : defaultPort,
  strictPort: values['strict-port'] ?? false,
  hosts: values.host,
  joinAddresses: values['join-address'],
  webDir: values.web,
  dataDir: values.data,
  limits,
  adminToken: admin.token,
});

// Only addresses a phone can reach: never loopback, never an interface the hub does not listen on.
const addresses = hub.joinAddresses();
if (addresses.length === 0) {
  console.error('warning: no address phones can reach: this hub listens only on this machine (or it has no network). Start it with --host 0.0.0.0, or name the address with --join-address.');
} else {
  console.log(`phones reach this hub at ${addresses.map((entry) => `${hubOrigin(entry.address, hub.port)}${entry.interface ? ` (${entry.interface})` : ''}`).join(', ')}`);
}
const rooms = (values['open-room'] ?? []).map((name) => {
  const access = hub.openRoom(name, { secret: values.key, facilitatorSecret: values['facilitator-key'] });
  const links = addresses.map((entry) => joinLink(hubOrigin(entry.address, hub.port), name, access.secret));
  for (const link of links) console.log(`room ${name}: ${link}  (code ${access.code})`);
  if (values.qr && links[0]) console.log(`${terminalQr(links[0])}\nroom ${name}: scan to join (${links[0].split('#')[0]})`);
  return access;
});
console.log(JSON.stringify({ ready: true, port: hub.port, rooms }));

const stop = (): void => {
  void hub.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
