/**
 * DNS-SD on the LAN: the hub announces itself as `_baraza._tcp` while it runs, and "Join a
 * workshop" on another laptop lists what it hears. Only the port and the machine's name travel;
 * room names and secrets never do.
 */
import { hostname } from 'node:os';
import { Bonjour, type Service } from 'bonjour-service';
import type { DiscoveredHub } from '../../shared/ipc/contract';

let bonjour: Bonjour | undefined;
let advertised: Service | undefined;
let advertisedPort: number | undefined;

function instance(): Bonjour {
  bonjour ??= new Bonjour();
  return bonjour;
}

/** Announces the hub; called again after each restart, it announces anew only if the port changed. */
export function advertiseHub(port: number): void {
  if (advertised && advertisedPort === port) return;
  if (advertised) stopAdvertising();
  try {
    advertised = instance().publish({ name: `Baraza on ${hostname()}`, type: 'baraza', protocol: 'tcp', port, txt: { v: '1' } });
    advertisedPort = port;
  } catch (error) {
    // Discovery is a convenience; typing the address still works without it.
    console.warn('[hub] could not advertise on the LAN', error);
  }
}

export function stopAdvertising(): void {
  advertised?.stop?.();
  advertised = undefined;
  advertisedPort = undefined;
  bonjour?.destroy();
  bonjour = undefined;
}

/** Listens for a few seconds and returns the hubs heard, one entry per service name. */
export function discoverHubs(listenMs = 2500): Promise<DiscoveredHub[]> {
  return new Promise((resolve) => {
    const found = new Map<string, DiscoveredHub>();
    const browser = instance().find({ type: 'baraza', protocol: 'tcp' }, (service: Service) => {
      const addresses = (service.addresses ?? []).filter((address) => /^\d+\.\d+\.\d+\.\d+$/.test(address));
      found.set(service.name, { name: service.name, host: service.host, port: service.port, addresses });
    });
    setTimeout(() => {
      browser.stop();
      resolve([...found.values()]);
    }, listenMs);
  });
}
