import { z } from 'zod';

/**
 * A programme: a named series of workshops (trainings in country after country, a coalition's
 * forums) kept on the facilitator's device only. It holds workshop ids, not copies: each workshop
 * stays an ordinary stored workshop, and an imported `.baraza` file merges into the one with its
 * id as it always has.
 */
export const programmeNameMax = 120;
/** A bound on a programme's size, so a crafted store cannot make the screen load without end. */
export const programmeWorkshopsMax = 200;

export const programmeSchema = z.looseObject({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(programmeNameMax),
  workshopIds: z.array(z.string().min(1).max(128)).max(programmeWorkshopsMax),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Programme = z.infer<typeof programmeSchema>;

export type ProgrammeRefusal = { code: 'programme.nameEmpty' } | { code: 'programme.nameTooLong'; limit: number } | { code: 'programme.full'; limit: number };

/** The name as stored (spaces trimmed), or why it cannot be. */
export function checkProgrammeName(raw: string): { ok: true; name: string } | { ok: false; refusal: ProgrammeRefusal } {
  const name = raw.trim();
  if (name === '') return { ok: false, refusal: { code: 'programme.nameEmpty' } };
  if (Array.from(name).length > programmeNameMax) return { ok: false, refusal: { code: 'programme.nameTooLong', limit: programmeNameMax } };
  return { ok: true, name };
}

/** The programme with these workshops added at the end, each once, in the order given. */
export function withWorkshops(programme: Programme, ids: readonly string[], now: number): { ok: true; programme: Programme } | { ok: false; refusal: ProgrammeRefusal } {
  const workshopIds = [...programme.workshopIds];
  for (const id of ids) if (!workshopIds.includes(id)) workshopIds.push(id);
  if (workshopIds.length > programmeWorkshopsMax) return { ok: false, refusal: { code: 'programme.full', limit: programmeWorkshopsMax } };
  return { ok: true, programme: { ...programme, workshopIds, updatedAt: now } };
}

/** The programme without this workshop; the workshop itself stays on the device. */
export function withoutWorkshop(programme: Programme, id: string, now: number): Programme {
  return { ...programme, workshopIds: programme.workshopIds.filter((kept) => kept !== id), updatedAt: now };
}
