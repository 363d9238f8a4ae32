import type { NewWorkshop } from './doc';
import type { PartKind } from './partKinds';
import type { EditablePart, FormatId } from './schema';

/**
 * The session formats a workshop can start from. Wording lives in the translation files under
 * `formats.<format>.<part>`: a template names keys, and the renderer's translator turns them into
 * the text stored in the new workshop, in the facilitator's language.
 */
type TemplatePart = {
  key: string;
  kind: PartKind;
  minutes: number;
  questions: number;
  fixedStart?: string;
  /** A step the facilitator may leave out when creating the workshop; its minutes then go to the part before it. */
  optional?: boolean;
};

export type SessionFormat = {
  id: FormatId;
  /** Minutes the format is planned to take (a whole day for a hackathon). */
  plannedMinutes: number;
  startTime: string;
  endTime: string;
  parts: readonly TemplatePart[];
};

const part = (key: string, kind: PartKind, minutes: number, questions = 0, fixedStart?: string): TemplatePart =>
  fixedStart ? { key, kind, minutes, questions, fixedStart } : { key, kind, minutes, questions };

const optionalPart = (key: string, kind: PartKind, minutes: number, questions: number): TemplatePart => ({ ...part(key, kind, minutes, questions), optional: true });

/**
 * The three-part forum follows the IGF 2023 open-forum flow: framework, challenges, roadmap. Its
 * second part ends with a dot vote on the challenges (the roadmap then knows which come first),
 * unless the facilitator leaves the vote out, in which case the cards get its ten minutes.
 */
const forum3: SessionFormat = {
  id: 'forum3',
  plannedMinutes: 90,
  startTime: '09:00',
  endTime: '10:30',
  parts: [part('framework', 'competencies', 30, 2), part('challenges', 'brainstorm', 20, 4), optionalPart('vote', 'vote', 10, 1), part('roadmap', 'roadmap', 30, 5)],
};

const dialogue: SessionFormat = {
  id: 'dialogue',
  plannedMinutes: 60,
  startTime: '10:00',
  endTime: '11:00',
  parts: [part('opening', 'welcome', 5, 1), part('panel', 'panel', 25, 3), part('floor', 'discussion', 20, 2), part('outcomes', 'closing', 10, 2)],
};

const lightning: SessionFormat = {
  id: 'lightning',
  plannedMinutes: 30,
  startTime: '11:00',
  endTime: '11:30',
  parts: [part('talk', 'presentation', 15, 1), part('questions', 'qna', 15, 1)],
};

const hackathon1: SessionFormat = {
  id: 'hackathon1',
  plannedMinutes: 480,
  startTime: '09:00',
  endTime: '17:00',
  parts: [
    part('welcome', 'welcome', 20, 1),
    part('challenges', 'presentation', 40, 2),
    part('teams', 'discussion', 30, 2),
    part('sprint1', 'sprint', 120, 2),
    part('lunch', 'break', 60, 0, '12:30'),
    part('sprint2', 'sprint', 105, 2),
    part('pitches', 'pitches', 60, 1),
    part('judging', 'judging', 25, 1),
    part('results', 'closing', 20, 1),
  ],
};

/** Two eight-hour days; the second starts at 09:00 whatever time the first one ended. */
const hackathon2: SessionFormat = {
  id: 'hackathon2',
  plannedMinutes: 960,
  startTime: '09:00',
  endTime: '17:00',
  parts: [
    part('welcome', 'welcome', 30, 1),
    part('challenges', 'presentation', 45, 2),
    part('teams', 'discussion', 45, 2),
    part('sprint1', 'sprint', 90, 2),
    part('lunch', 'break', 60, 0, '12:30'),
    part('sprint2', 'sprint', 180, 2),
    part('checkin', 'discussion', 30, 2),
    part('recap', 'welcome', 15, 1, '09:00'),
    part('sprint3', 'sprint', 195, 2),
    part('lunch', 'break', 60, 0, '12:30'),
    part('pitches', 'pitches', 120, 1),
    part('judging', 'judging', 60, 1),
    part('results', 'closing', 30, 1),
  ],
};

const blank: SessionFormat = { id: 'blank', plannedMinutes: 0, startTime: '09:00', endTime: '', parts: [] };

export const sessionFormats: readonly SessionFormat[] = [forum3, dialogue, lightning, hackathon1, hackathon2, blank];

export function findFormat(id: FormatId): SessionFormat {
  return sessionFormats.find((format) => format.id === id) ?? blank;
}

/** Looks up translated text by key; the renderer passes its i18n translator. */
export type Translate = (key: string) => string;

export function formatPartKeys(format: SessionFormat, templatePart: TemplatePart): { title: string; questions: string[] } {
  const base = `formats.${format.id}.parts.${templatePart.key}`;
  return {
    title: `${base}.title`,
    questions: Array.from({ length: templatePart.questions }, (_, index) => `${base}.q${index + 1}`),
  };
}

/** The keys of the steps a format lets the facilitator leave out (the forum's dot vote). */
export function optionalPartKeys(format: SessionFormat): string[] {
  return format.parts.filter((templatePart) => templatePart.optional).map((templatePart) => templatePart.key);
}

/** The format's agenda, without the optional steps in `leaveOut`: their minutes go to the part before. */
export function agendaFromFormat(format: SessionFormat, translate: Translate, leaveOut: readonly string[] = []): EditablePart[] {
  const agenda: EditablePart[] = [];
  for (const templatePart of format.parts) {
    const previous = agenda[agenda.length - 1];
    if (templatePart.optional && leaveOut.includes(templatePart.key)) {
      if (previous) previous.minutes += templatePart.minutes;
      continue;
    }
    const keys = formatPartKeys(format, templatePart);
    agenda.push({
      title: translate(keys.title),
      kind: templatePart.kind,
      minutes: templatePart.minutes,
      questions: keys.questions.map(translate),
      fixedStart: templatePart.fixedStart ?? '',
    });
  }
  return agenda;
}

export type NewWorkshopInput = {
  id: string;
  format: FormatId;
  title: string;
  language: string;
  date: string;
  now: number;
  /** Optional steps of the format the facilitator chose to leave out (see optionalPartKeys). */
  leaveOut?: readonly string[];
};

export function newWorkshopFromFormat(input: NewWorkshopInput, translate: Translate): NewWorkshop {
  const format = findFormat(input.format);
  return {
    id: input.id,
    title: input.title,
    format: format.id,
    date: input.date,
    startTime: format.startTime,
    endTime: format.endTime,
    venue: '',
    organiser: '',
    language: input.language,
    sdgTags: format.id === 'forum3' ? ['4', '5', '9', '16', '17'] : [],
    description: '',
    createdAt: input.now,
    parts: agendaFromFormat(format, translate, input.leaveOut),
  };
}
