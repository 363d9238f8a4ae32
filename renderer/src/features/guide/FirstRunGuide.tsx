import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { setGuideShown } from './guideSetting';
import './guide.css';

type FirstRunGuideProps = {
  /** A workshop exists on this device: the first step is done. */
  hasWorkshop: boolean;
  /** Set when the facilitator asked for the guide from Help: it takes the focus. */
  focusOnShow: boolean;
};

const steps = ['create', 'projector', 'open', 'phone'] as const;

/**
 * A facilitator's first workshop in four steps, on the home screen: what to do, in order, and
 * where each control is. A section in the page's flow (not a dialog), so it covers nothing and
 * the screen works around it; skipped for good with one button, and back from Help.
 */
export function FirstRunGuide({ hasWorkshop, focusOnShow }: FirstRunGuideProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);
  return (
    <section className="first-run-guide" aria-labelledby="guide-title" data-testid="first-run-guide">
      <h2 id="guide-title" ref={heading} tabIndex={-1}>
        {t('guide.title')}
      </h2>
      <p>{t('guide.intro')}</p>
      <ol className="guide-steps">
        {steps.map((step) => (
          <li key={step} className={step === 'create' && hasWorkshop ? 'is-done' : undefined}>
            <strong>{t(`guide.steps.${step}.title`)}</strong>
            {step === 'create' && hasWorkshop ? <span className="badge">{t('guide.done')}</span> : null}
            <p>{t(`guide.steps.${step}.body`)}</p>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={() => setGuideShown(false)}>
        {t('guide.skip')}
      </button>
    </section>
  );
}
