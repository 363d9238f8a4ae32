import { fillCounted, type OutcomeLabels } from '@shared/outcome/labels';
import { annexAboveMm, shortPerHorizon, type ReportLayout } from '@shared/outcome/layout';
import { picturePrintMm, pictureWidth, roadmapPicture, type RoadmapPicture } from '@shared/outcome/roadmapPicture';
import { diagramPng, svgPng, type DiagramPicture } from '../diagram/diagramPicture';
import type { TimelinePicture } from './timelineSource';

/**
 * The report's picture as the layout asks for it: the agreed roadmap by horizon, shortened to a
 * few items a horizon when the organiser chose the shorter picture, or the agenda's Gantt chart.
 * `fullWidth` pictures print at the text block's width so their text keeps its 8.5 pt.
 */
export type ReportPicture = DiagramPicture & { fullWidth: boolean };

/** The roadmap drawing without rasterising it: its size is what the page count needs. */
export function roadmapDrawing(timeline: TimelinePicture | undefined, layout: ReportLayout, labels: OutcomeLabels): RoadmapPicture | undefined {
  if (timeline?.drawn.kind !== 'agreedRoadmap' || !('groups' in timeline)) return undefined;
  return roadmapPicture(timeline.groups, {
    direction: labels.direction,
    maxPerGroup: layout.picture === 'short' ? shortPerHorizon : undefined,
    more: (count) => fillCounted(labels.pictures.more, count, { count }, labels),
  });
}

export async function drawReportPicture(timeline: TimelinePicture, layout: ReportLayout, labels: OutcomeLabels): Promise<ReportPicture> {
  const drawing = roadmapDrawing(timeline, layout, labels);
  if (drawing) return { ...(await svgPng(drawing.svg, drawing.width, drawing.height)), fullWidth: true };
  if (!('source' in timeline)) throw new Error('the picture has nothing to draw');
  return { ...(await diagramPng(timeline.source)), fullWidth: false };
}

/**
 * The layout an organiser starts from: a roadmap picture taller than `annexAboveMm` on paper
 * goes to an annex page, where it can be read whole, rather than push the report onto a third.
 */
export function startingLayout(timeline: TimelinePicture | undefined, labels: OutcomeLabels): ReportLayout {
  const drawing = roadmapDrawing(timeline, { picture: 'full', table: 'full' }, labels);
  const tall = drawing !== undefined && (drawing.height * picturePrintMm) / pictureWidth > annexAboveMm;
  return { picture: tall ? 'annex' : 'full', table: 'full' };
}
