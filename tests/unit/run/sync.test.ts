import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readRun, startPart, extend, pause } from '../../../shared/run/state';
import { timerView } from '../../../shared/run/timer';
import { linkDocs, makeWorkshop, minute, partIds } from '../../fixtures/workshop';

describe('the run seen from another window', () => {
  it('the projector (a second doc) shows the same remaining time as the facilitator', () => {
    const facilitator = makeWorkshop();
    const projector = new Y.Doc();
    const unlink = linkDocs(facilitator, projector);
    const first = partIds(facilitator)[0] as string;
    const t0 = 1_700_000_000_000;
    startPart(facilitator, first, t0);
    extend(facilitator, 5, t0 + minute);
    pause(facilitator, t0 + 10 * minute);
    const seen = (doc: Y.Doc) => timerView(readRun(doc).timers.get(first), 30, t0 + 12 * minute);
    expect(seen(projector)).toEqual(seen(facilitator));
    expect(seen(projector)).toMatchObject({ status: 'paused', remainingMs: 25 * minute });
    expect(readRun(projector).currentPartId).toBe(first);
    unlink();
  });
});
