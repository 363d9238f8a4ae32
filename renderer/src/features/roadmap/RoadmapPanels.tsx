import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { RoadmapActivity } from '@shared/activities/activitySchema';
import type { Actor, Refusal } from '@shared/activities/outcome';
import { moveItem } from '@shared/roadmap/items';
import type { Horizon } from '@shared/roadmap/horizons';
import { unvoteItem, voteForItem } from '@shared/roadmap/priorities';
import type { RoadmapItem } from '@shared/roadmap/schema';
import type { RunState } from '@shared/run/state';
import { PollControls } from '../activities/dots/DotVotePanels';
import { RefusalMessage } from '../activities/RefusalMessage';
import { ResultBars } from '../activities/ResultBars';
import { Board } from './Board';
import { ItemDetail } from './ItemDetail';
import { ProposeItem } from './ProposeItem';
import { RankedList } from './RankedList';
import { RemovedItems } from './RemovedItems';
import { StartRoadmap } from './StartRoadmap';
import { Timeline } from './Timeline';
import { useChallengeCards, useRoadmap } from './useRoadmap';
import './roadmap.css';

export type RoadmapPanelProps = { doc: Y.Doc; partId: string; partTitle: string; config: RoadmapActivity; run: RunState; actor: Actor };

type View = 'board' | 'ranked' | 'timeline';
const views: readonly View[] = ['board', 'ranked', 'timeline'];

/**
 * The roadmap part for the facilitator and for participants: the same board, ranked list and
 * timeline, with what each may do. The facilitator starts the roadmap, moves items, accepts
 * and merges proposals and restores versions; participants propose, comment, vote and co-edit
 * descriptions.
 */
export function RoadmapWorkspace({ doc, partId, partTitle, config, run, actor }: RoadmapPanelProps) {
  const { t } = useTranslation();
  const roadmap = useRoadmap(doc, partId, config, run, actor);
  const challenges = useChallengeCards(doc, partId, config);
  const [view, setView] = useState<View>('board');
  const [selectedId, setSelectedId] = useState<string>();
  const [refusal, setRefusal] = useState<Refusal>();
  const facilitator = actor.role === 'facilitator';
  const { items, view: poll, input } = roadmap;

  const votes = useMemo(() => new Map(poll.results.map((row) => [row.optionId, row.dots])), [poll.results]);
  const commentCounts = useMemo(() => new Map([...roadmap.threads].map(([id, threads]) => [id, threads.filter((thread) => !thread.resolved).length])), [roadmap.threads]);
  const canMove = useCallback((item: RoadmapItem) => facilitator || (item.status === 'proposal' && item.authorDevice === actor.deviceId), [facilitator, actor.deviceId]);
  // Kept stable across renders (the actor object is rebuilt by every parent render) so the
  // memoised cards are not all redrawn when one comment or dot arrives.
  const { deviceId, name, role } = actor;
  const onMove = useCallback((id: string, horizon: Horizon, beforeId?: string) => {
    const outcome = moveItem(doc, id, horizon, { deviceId, name, role }, Date.now(), beforeId);
    setRefusal(outcome.ok ? undefined : outcome.refusal);
  }, [doc, deviceId, name, role]);
  const vote = (id: string, place: boolean) => {
    const outcome = place ? voteForItem(doc, input, actor.deviceId, id, Date.now()) : unvoteItem(doc, input, actor.deviceId, id, Date.now());
    setRefusal(outcome.ok ? undefined : outcome.refusal);
  };
  const selected = selectedId ? roadmap.all.get(selectedId) : undefined;
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);

  // With every item deleted the start screen comes back, and the deleted items with it.
  if (facilitator && items.length === 0)
    return (
      <div className="activity">
        <StartRoadmap doc={doc} partId={partId} actor={actor} granularity={config.granularity} />
        <RemovedItems doc={doc} partId={partId} all={roadmap.all} actor={actor} />
      </div>
    );
  const proposals = items.filter((item) => item.status === 'proposal');
  return (
    <div className="activity roadmap" data-testid="roadmap">
      <div className="roadmap-toolbar">
        <div role="radiogroup" aria-label={t('roadmap.views')} className="segmented">
          {views.map((option) => (
            <label key={option} className={view === option ? 'is-selected' : undefined}>
              <input type="radio" name={`roadmap-view-${actor.role}`} value={option} checked={view === option} onChange={() => setView(option)} />
              {t(`roadmap.view.${option}`)}
            </label>
          ))}
        </div>
        {facilitator ? <PollControls doc={doc} partId={partId} view={poll} hidden={config.hiddenUntilClosed} /> : null}
      </div>
      {facilitator && proposals.length > 0 ? <p className="notice" data-testid="proposal-count">{t('roadmap.proposalsWaiting', { count: proposals.length })}</p> : null}
      <RefusalMessage refusal={refusal} />
      {view === 'board' ? <Board items={items} granularity={config.granularity} votes={votes} comments={commentCounts} canMove={canMove} onMove={onMove} onOpen={setSelectedId} selectedId={selectedId} /> : null}
      {view === 'ranked' ? <RankedList items={byId} view={poll} budget={config.dots} onPlace={(id) => vote(id, true)} onRemove={(id) => vote(id, false)} onOpen={setSelectedId} /> : null}
      {view === 'timeline' ? <Timeline items={items} granularity={config.granularity} title={partTitle} /> : null}
      {selected && selected.deletedAt === undefined ? (
        <ItemDetail key={selected.id} doc={doc} item={selected.mergedInto ? (roadmap.all.get(selected.mergedInto) ?? selected) : selected} others={items.filter((item) => item.id !== selected.id)} threads={roadmap.threads.get(selected.id) ?? []} challenges={challenges} actor={actor} onClose={() => setSelectedId(undefined)} />
      ) : null}
      <ProposeItem doc={doc} partId={partId} actor={actor} granularity={config.granularity} />
      {facilitator ? <RemovedItems doc={doc} partId={partId} all={roadmap.all} actor={actor} /> : null}
      {facilitator ? (
        <details className="roadmap-more">
          <summary>{t('roadmap.importHeading')}</summary>
          <StartRoadmap doc={doc} partId={partId} actor={actor} granularity={config.granularity} compact />
        </details>
      ) : null}
    </div>
  );
}

const room: Actor = { deviceId: '', role: 'participant' };

/** The projector: the timeline and the top priorities, large. */
export function RoadmapProjector({ doc, partId, partTitle, config, run }: RoadmapPanelProps) {
  const { t } = useTranslation();
  const roadmap = useRoadmap(doc, partId, config, run, room);
  const accepted = roadmap.items.filter((item) => item.status !== 'proposal');
  return (
    <div className="activity roadmap-projector">
      <Timeline items={accepted} granularity={config.granularity} title={partTitle} canSave={false} />
      <section className="roadmap-priorities" aria-labelledby="roadmap-priorities-heading">
        <h3 id="roadmap-priorities-heading">{t('roadmap.topPriorities')}</h3>
        {roadmap.view.resultsVisible ? <ResultBars results={roadmap.view.results} label={roadmap.titleOf} limit={5} large /> : <p className="muted">{t('activities.dots.hiddenForYou')}</p>}
      </section>
    </div>
  );
}
