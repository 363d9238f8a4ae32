import { useTranslation } from 'react-i18next';
import type { AgendaPart } from '@shared/workshop/schema';

type CurrentPartProps = { part: AgendaPart; index: number; count: number; size: 'run' | 'projector' | 'participant' };

/** The part on screen: its number, title and guiding questions, sized for its audience. */
export function CurrentPart({ part, index, count, size }: CurrentPartProps) {
  const { t } = useTranslation();
  // On a participant's phone the workshop's title is the screen's heading; the part comes under it.
  const Title = size === 'participant' ? 'h2' : 'h1';
  const questions = part.questions.filter((question) => question.trim() !== '');
  return (
    <div className={`current-part current-part-${size}`}>
      <p className="current-part-step">{t('run.step', { number: index + 1, count, kind: t(`kinds.${part.kind}`) })}</p>
      <Title className="current-part-title" data-testid="current-part-title">
        {part.title || t('agenda.newPartTitle')}
      </Title>
      {questions.length > 0 ? (
        <ul className="current-part-questions" data-testid="current-questions" aria-label={t('run.questions')}>
          {questions.map((question, i) => (
            <li key={i}>{question}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
