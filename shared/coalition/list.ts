import type { Participant } from '../attendance/schema';
import type { CoalitionSettings, ConsentRecord, WorkingGroup } from './schema';
import { coalitionInterestSchema } from './schema';

/**
 * The coalition list: who said, with consent, that they want to join the coalition or a working
 * group. Built from the register only at the moment of export, so a withdrawal (or a removed
 * register row) takes a person off every list made after it.
 */
export type CoalitionMember = {
  participantId: string;
  name: string;
  email: string;
  organisation: string;
  country: string;
  /** A stakeholder group key, or '' when the register does not say. */
  group: string;
  joinCoalition: boolean;
  workingGroups: WorkingGroup[];
  consent: ConsentRecord;
  workshopId: string;
  workshopTitle: string;
};

/** One workshop's register and coalition settings, as the programme reads them. */
export type WorkshopRegister = {
  workshopId: string;
  workshopTitle: string;
  participants: readonly Participant[];
  settings: CoalitionSettings;
};

/** A person's last word in one workshop: an interest (a member) or a withdrawal. */
type Decision = { kind: 'member'; at: number; member: CoalitionMember } | { kind: 'withdrawn'; at: number; participant: Participant };

function decisionsOf(register: WorkshopRegister): Decision[] {
  const groups = new Map(register.settings.workingGroups.map((group) => [group.id, group]));
  const decisions: Decision[] = [];
  for (const person of register.participants) {
    if (person.deletedAt !== undefined) continue;
    const parsed = coalitionInterestSchema.safeParse(person.coalition);
    if (!parsed.success) continue;
    const interest = parsed.data;
    if (interest.state === 'withdrawn') {
      decisions.push({ kind: 'withdrawn', at: interest.at, participant: person });
      continue;
    }
    // A working group the organiser has since removed no longer exists to be interested in.
    const workingGroups = interest.workingGroups.flatMap((id) => groups.get(id) ?? []);
    if (!interest.joinCoalition && workingGroups.length === 0) continue;
    decisions.push({
      kind: 'member',
      at: interest.consent.at,
      member: {
        participantId: person.id,
        name: person.name,
        email: person.email ?? '',
        organisation: person.organisation,
        country: person.country,
        group: person.group ?? '',
        joinCoalition: interest.joinCoalition,
        workingGroups,
        consent: interest.consent,
        workshopId: register.workshopId,
        workshopTitle: register.workshopTitle,
      },
    });
  }
  return decisions;
}

/** One workshop's list, in register order. */
export function workshopCoalition(register: WorkshopRegister): CoalitionMember[] {
  return decisionsOf(register).flatMap((decision) => (decision.kind === 'member' ? [decision.member] : []));
}

/** Case, spacing and Unicode forms aside, so "Amina  Njoroge" and "amina njoroge" meet. */
function normalised(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

function identityOf(person: { email?: string | undefined; name: string; organisation: string }): { email?: string; nameOrganisation: string } {
  const email = normalised(person.email ?? '');
  const nameOrganisation = `${normalised(person.name)}\u0000${normalised(person.organisation)}`;
  return email === '' ? { nameOrganisation } : { email, nameOrganisation };
}

/**
 * The programme's list: one row per person across its workshops. A person is known by their
 * email when they gave one, else by name and organisation; an entry without an email joins the
 * one person with an email who has the same name and organisation, when there is exactly one.
 * Each person's latest decision wins: an interest given after a withdrawal counts again, and a
 * withdrawal in any workshop after the last interest takes them off the list. The row shows the
 * details and choices of that latest interest, and the workshop where it was given.
 */
export function programmeCoalition(registers: readonly WorkshopRegister[]): CoalitionMember[] {
  const decisions = registers.flatMap(decisionsOf);
  const personOf = (decision: Decision) => (decision.kind === 'member' ? decision.member : decision.participant);
  const emailsByNameOrganisation = new Map<string, Set<string>>();
  for (const decision of decisions) {
    const identity = identityOf(personOf(decision));
    if (identity.email === undefined) continue;
    const emails = emailsByNameOrganisation.get(identity.nameOrganisation) ?? new Set<string>();
    emails.add(identity.email);
    emailsByNameOrganisation.set(identity.nameOrganisation, emails);
  }
  const keyOf = (decision: Decision): string => {
    const identity = identityOf(personOf(decision));
    if (identity.email !== undefined) return `email:${identity.email}`;
    const emails = emailsByNameOrganisation.get(identity.nameOrganisation);
    return emails?.size === 1 ? `email:${[...emails][0]}` : `name:${identity.nameOrganisation}`;
  };
  const latest = new Map<string, Decision>();
  for (const decision of decisions) {
    const key = keyOf(decision);
    const kept = latest.get(key);
    // On a tie the withdrawal wins: when in doubt, leave the person off.
    if (!kept || decision.at > kept.at || (decision.at === kept.at && decision.kind === 'withdrawn')) latest.set(key, decision);
  }
  return [...latest.values()]
    .flatMap((decision) => (decision.kind === 'member' ? [decision.member] : []))
    .sort((a, b) => a.name.localeCompare(b.name) || a.organisation.localeCompare(b.organisation));
}
