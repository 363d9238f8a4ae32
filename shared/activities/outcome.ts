/**
 * How the domain says yes or no. A refusal carries a code and its parameters, never a sentence:
 * the renderer turns `{ code: 'cards.tooLong', limit: 280, length: 301 }` into the user's
 * language. Codes are stable strings; their translations live under the same keys.
 */
export type Refusal<Code extends string = string> = {
  code: Code;
  [param: string]: string | number | boolean | undefined;
};

export type Outcome<T = undefined, Code extends string = string> = { ok: true; value: T } | { ok: false; refusal: Refusal<Code> };

export function accept<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function refuse<Code extends string>(code: Code, params: Omit<Refusal, 'code'> = {}): { ok: false; refusal: Refusal<Code> } {
  return { ok: false, refusal: { ...params, code } };
}

/** A stored record that failed validation: skipped by readers and listed for a diagnostics view.
 *  `issues` are for developers (zod paths and messages), not shown to users as they stand. */
export type RecordProblem = { root: string; key: string; issues: string[] };

/** Who is acting or looking. The device id is stable per browser profile or laptop; the name is
 *  what the person typed when joining, if anything. */
export type Actor = {
  deviceId: string;
  name?: string | undefined;
  role: 'facilitator' | 'participant';
};
