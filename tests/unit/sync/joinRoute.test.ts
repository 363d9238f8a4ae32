import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../../renderer/src/app/router';

describe('join links', () => {
  it('read room and secret from the fragment', () => {
    expect(parseRoute('#/join/budget-2026/q3VfX0b9n1m2Rk8sLzQe4A')).toEqual({ name: 'join', room: 'budget-2026', secret: 'q3VfX0b9n1m2Rk8sLzQe4A' });
  });

  it('keep a missing secret, so the join screen can say the link is not valid', () => {
    expect(parseRoute('#/join/budget/')).toEqual({ name: 'join', room: 'budget', secret: '' });
  });

  it('carry the hub address when the app was not loaded from the hub, and round-trip', () => {
    const route = parseRoute('#/join/budget/abc?hub=192.168.1.20%3A4455');
    expect(route).toEqual({ name: 'join', room: 'budget', secret: 'abc', hub: '192.168.1.20:4455' });
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('refuse anything else in a room name or secret', () => {
    expect(parseRoute('#/join/bud get/abc').name).toBe('notFound');
    expect(parseRoute('#/join/budget/a<b').name).toBe('notFound');
  });
});
