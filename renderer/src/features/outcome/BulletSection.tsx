import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { checkSection, type BulletSectionId } from '@shared/outcome/model';
import type { SourceRef } from '@shared/outcome/links';
import { addBullet, moveBullet, removeBullet, setBulletText } from '@shared/outcome/store';
import { useToast } from '../../ui/ToastProvider';
import { SectionCount } from './SectionCount';
import { SourceLinks } from './SourceLinks';

type BulletSectionProps = {
  doc: Y.Doc;
  section: BulletSectionId;
  title: string;
  bullets: readonly string[];
  /** Where each drafted bullet came from, by index; a bullet the organiser wrote has none. */
  links: readonly SourceRef[][];
  readOnly: boolean;
};

/**
 * One bulleted section. Each textarea writes through setBulletText, which changes only the
 * characters that differ, so two people typing in the same point both keep their words.
 */
export function BulletSection({ doc, section, title, bullets, links, readOnly }: BulletSectionProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const check = checkSection(section, bullets);
  const headingId = `outcome-${section}`;

  function focusBullet(index: number) {
    // After a move or an add the list re-renders from the doc; focus follows on the next frame.
    window.requestAnimationFrame(() => document.getElementById(`${headingId}-${index}`)?.focus());
  }

  function move(from: number, to: number) {
    if (to < 0 || to >= bullets.length) return;
    moveBullet(doc, section, from, to);
    focusBullet(to);
  }

  function add(index?: number) {
    addBullet(doc, section, '', index);
    focusBullet(index ?? bullets.length);
  }

  function remove(index: number) {
    const text = bullets[index] ?? '';
    const sources = links[index] ?? [];
    removeBullet(doc, section, index);
    toast({ message: t('outcomeUi.removed'), actionLabel: t('outcomeUi.undo'), onAction: () => addBullet(doc, section, text, index, sources) });
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLTextAreaElement>, index: number) {
    if (event.altKey && event.key === 'ArrowUp') {
      event.preventDefault();
      move(index, index - 1);
    } else if (event.altKey && event.key === 'ArrowDown') {
      event.preventDefault();
      move(index, index + 1);
    } else if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      add(index + 1);
    }
  }

  return (
    <section className="outcome-section" aria-labelledby={headingId} data-testid={`section-${section}`}>
      <div className="outcome-section-head">
        <h3 id={headingId}>{title}</h3>
        <SectionCount check={check} id={`${headingId}-count`} />
      </div>
      <ol className="outcome-bullets">
        {bullets.map((bullet, index) => (
          <li key={`${index}`} className="outcome-bullet">
            <div className="outcome-bullet-body">
              <textarea
                id={`${headingId}-${index}`}
                className="outcome-bullet-text"
                aria-label={t('outcomeUi.bullet', { number: index + 1, section: title })}
                aria-describedby={`${headingId}-count`}
                value={bullet}
                readOnly={readOnly}
                rows={2}
                onChange={(event) => setBulletText(doc, section, index, event.target.value)}
                onKeyDown={(event) => onKeyDown(event, index)}
              />
              <SourceLinks doc={doc} refs={links[index] ?? []} label={t('outcomeUi.bullet', { number: index + 1, section: title })} />
            </div>
            {readOnly ? null : (
              <div className="outcome-bullet-actions">
                <button type="button" className="icon-button" aria-label={t('outcomeUi.moveUp', { number: index + 1 })} disabled={index === 0} onClick={() => move(index, index - 1)}>
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('outcomeUi.moveDown', { number: index + 1 })}
                  disabled={index === bullets.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  ↓
                </button>
                <button type="button" className="icon-button button-danger-quiet" aria-label={t('outcomeUi.removeLabel', { number: index + 1 })} onClick={() => remove(index)}>
                  ×
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {readOnly ? null : (
        <button type="button" className="button button-small button-quiet outcome-add" onClick={() => add()}>
          + {t('outcomeUi.addBullet')}
        </button>
      )}
    </section>
  );
}
