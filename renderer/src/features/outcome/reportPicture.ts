import { agendaPicture } from '@shared/outcome/agendaPicture';
import { fillCounted, type OutcomeLabels } from '@shared/outcome/labels';
import { annexAboveMm, shortPerHorizon, type ReportLayout } from '@shared/outcome/layout';
import { picturePrintMm, pictureWidth, roadmapPicture } from '@shared/outcome/roadmapPicture';
import { svgPng, type DiagramPicture } from '../diagram/diagramPicture';
import type { TimelinePicture } from './timelineSource';

/**
 * The report's picture as the layout asks for it: the agreed roadmap by horizon, shortened to a
 * few items a horizon when the organiser chose the shorter picture, or the agenda as a Gantt
 * chart. Both are SVG drawings of a known size, made in a few milliseconds, that print at the
 * text block's full width so their text keeps its 8.5 pt. The print page (PDF, HTML) and the
 * page count take the SVG as it is; only Word needs it as a PNG.
 */
export type ReportDrawing = { svg: string; width: number; height: number };

export function reportDrawing(timeline: TimelinePicture | undefined, layout: ReportLayout, labels: OutcomeLabels): ReportDrawing | undefined {
  if (!timeline) return undefined;
  if ('agenda' in timeline) return agendaPicture({ ...timeline.agenda, direction: labels.direction });
  return roadmapPicture(timeline.groups, {
    direction: labels.direction,
    maxPerGroup: layout.picture === 'short' ? shortPerHorizon : undefined,
    more: (count) => fillCounted(labels.pictures.more, count, { count }, labels),
  });
}

// The last drawing rasterised: exporting Word twice, or after a change elsewhere in the report,
// reuses it rather than drawing it again.
let lastPng: { svg: string; picture: Promise<DiagramPicture> } | undefined;

/** The drawing as PNG bytes, for the Word file. */
export function drawingPng(drawing: ReportDrawing): Promise<DiagramPicture> {
  if (lastPng?.svg !== drawing.svg) {
    const picture = svgPng(drawing.svg, drawing.width, drawing.height);
    lastPng = { svg: drawing.svg, picture };
    // A failed drawing is not kept: the next export tries again.
    picture.catch(() => {
      if (lastPng?.picture === picture) lastPng = undefined;
    });
  }
  return lastPng.picture;
}

/**
 * The layout an organiser starts from: a picture taller than `annexAboveMm` on paper goes to an
 * annex page, where it can be read whole, rather than push the report onto a third.
 */
export function startingLayout(timeline: TimelinePicture | undefined, labels: OutcomeLabels): ReportLayout {
  const drawing = reportDrawing(timeline, { picture: 'full', table: 'full' }, labels);
  const tall = drawing !== undefined && (drawing.height * picturePrintMm) / pictureWidth > annexAboveMm;
  return { picture: tall ? 'annex' : 'full', table: 'full' };
}
