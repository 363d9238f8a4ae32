/**
 * How large the projector's "Join on your phone" card is. Large while people are arriving, so a
 * phone can scan it from the back of the room; small once most have joined, so the session's
 * content gets the wall back while latecomers can still scan it from closer.
 */
export type JoinCardSize = 'large' | 'small';

export type JoinCardInputs = {
  /** Participants connected right now. */
  joined: number;
  /** People the facilitator expects (the register filled before the session: an imported
   *  sign-up sheet or people added by hand); 0 when unknown. */
  expected: number;
  /** The run has begun: without an expected count, the best sign that arrivals are over. */
  started: boolean;
};

/** The share of the expected people that counts as "most". */
export const mostJoined = 0.75;

export function joinCardSize({ joined, expected, started }: JoinCardInputs): JoinCardSize {
  if (expected > 0) return joined >= Math.ceil(expected * mostJoined) ? 'small' : 'large';
  return started ? 'small' : 'large';
}
