import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { DotsActivity } from '@shared/activities/activitySchema';
import type { Actor, Refusal } from '@shared/activities/outcome';
import { placeDot, removeDot, type PollView } from '@shared/activities/votes';
import { setPollClosed, type RunState } from '@shared/run/state';
import { RefusalMessage } from '../RefusalMessage';
import { ResultBars } from '../ResultBars';
import { BallotTools } from './BallotTools';
import { DotBudget } from './DotBudget';
import { DotButtons } from './DotButtons';
import { MoreCards } from './MoreCards';
import { useBallotView } from './useBallotView';
import { useCardVote } from './useCardVote';

export type DotVoteProps = { doc: Y.Doc; partId: string; sourcePartId: string | undefined; config: DotsActivity; run: RunState; actor: Actor };

const room = { deviceId: '', role: 'participant' as const };

/** A participant spends their dots on the cards of the brainstorm. */
export function DotVoteParticipant(props: DotVoteProps) {
  const { t } = useTranslation();
  const { doc, partId, config, actor } = props;
  const vote = useCardVote(doc, partId, props.sourcePartId ?? '', config, props.run, actor);
  const [refusal, setRefusal] = useState<Refusal>();
  const act = useCallback((outcome: { ok: true } | { ok: false; refusal: Refusal }) => setRefusal(outcome.ok ? undefined : outcome.refusal), []);
  // The rules as already read for this screen (kept current with the cards), rather than
  // dotCard's fresh read of every card: with 2,000 cards that read is most of a dot's cost.
  const { context } = vote;
  const place = useCallback((id: string) => act(placeDot(doc, partId, actor.deviceId, id, context, Date.now())), [act, doc, partId, context, actor.deviceId]);
  const take = useCallback((id: string) => act(removeDot(doc, partId, actor.deviceId, id, context, Date.now())), [act, doc, partId, context, actor.deviceId]);
  const ballot = useBallotView(vote.options, vote.textOf);
  if (!props.sourcePartId) return <p className="muted">{t('activities.dots.noSource')}</p>;
  const { view } = vote;
  const compact = ballot.tools && ballot.compact;
  return (
    <div className="activity dots-participant">
      <VoteStatus view={view} hidden={config.hiddenUntilClosed} />
      {view.closed ? null : <DotBudget left={view.myDotsLeft} total={config.dots} />}
      <RefusalMessage refusal={refusal} />
      {ballot.tools ? <BallotTools query={ballot.query} onQuery={ballot.setQuery} compact={ballot.compact} onCompact={ballot.setCompact} shown={ballot.shown.length} total={vote.options.length} /> : null}
      <ul className={`vote-options${compact ? ' is-compact' : ''}`} data-testid="vote-options">
        {ballot.visible.map((id) => (
          <VoteOption key={id} id={id} text={vote.textOf(id)} mine={view.myDots.get(id) ?? 0} closed={view.closed} compact={compact} onPlace={place} onRemove={take} />
        ))}
      </ul>
      {ballot.more ? <MoreCards onMore={ballot.more} /> : null}
      {view.resultsVisible ? <ResultBars results={view.results} label={vote.textOf} limit={5} /> : null}
    </div>
  );
}

type VoteOptionProps = { id: string; text: string; mine: number; closed: boolean; compact: boolean; onPlace: (id: string) => void; onRemove: (id: string) => void };

/** One card on the ballot. Memoised: a dot re-renders only the row it landed on. */
const VoteOption = memo(function VoteOption({ id, text, mine, closed, compact, onPlace, onRemove }: VoteOptionProps) {
  return (
    <li className="vote-option" data-testid="vote-option">
      {/* Typed by people, in any script: its direction comes from its own text. */}
      <span className="vote-option-text" dir="auto">
        {text}
      </span>
      <DotButtons label={text} mine={mine} closed={closed} compact={compact} onPlace={() => onPlace(id)} onRemove={() => onRemove(id)} />
    </li>
  );
});

/** The facilitator opens and closes the vote and watches results come in. */
export function DotVoteFacilitator(props: DotVoteProps) {
  const { t } = useTranslation();
  const { doc, partId, config, actor } = props;
  const vote = useCardVote(doc, partId, props.sourcePartId ?? '', config, props.run, actor);
  if (!props.sourcePartId) return <p className="muted">{t('activities.dots.noSource')}</p>;
  return (
    <div className="activity dots-facilitator">
      <PollControls doc={doc} partId={partId} view={vote.view} hidden={config.hiddenUntilClosed} />
      <h3>{t('activities.dots.results')}</h3>
      <ResultBars results={vote.view.results} label={vote.textOf} />
    </div>
  );
}

/** The room sees the ranking as a bar chart, unless it is hidden until the vote closes. */
export function DotVoteProjector(props: DotVoteProps) {
  const { t } = useTranslation();
  const vote = useCardVote(props.doc, props.partId, props.sourcePartId ?? '', props.config, props.run, room);
  if (!props.sourcePartId) return <p className="projector-empty">{t('activities.dots.noSource')}</p>;
  return (
    <div className="activity dots-projector">
      <VoteStatus view={vote.view} hidden={props.config.hiddenUntilClosed} />
      {vote.view.resultsVisible ? <ResultBars results={vote.view.results} label={vote.textOf} limit={10} large /> : null}
    </div>
  );
}

/** Open or closed, how many have voted, and whether results are being kept back. */
export function VoteStatus({ view, hidden }: { view: PollView; hidden: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="vote-status" data-testid="vote-status">
      <p>
        <strong>{view.closed ? t('activities.dots.closed') : t('activities.dots.open')}</strong> {t('activities.dots.voters', { count: view.voterCount })}
      </p>
      {hidden && !view.resultsVisible ? <p className="muted">{t('activities.dots.hiddenForYou')}</p> : null}
    </div>
  );
}

/** The facilitator's switch for a poll (a dot vote or the competency priorities). */
export function PollControls({ doc, partId, view, hidden }: { doc: Y.Doc; partId: string; view: PollView; hidden: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="poll-controls">
      <VoteStatus view={view} hidden={false} />
      {hidden ? <p className="muted">{t('activities.dots.hiddenUntilClosed')}</p> : null}
      <button type="button" className="button" onClick={() => setPollClosed(doc, partId, !view.closed, Date.now())}>
        {view.closed ? t('activities.dots.openVote') : t('activities.dots.closeVote')}
      </button>
    </div>
  );
}
