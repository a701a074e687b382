// The geometry of a role's roadmap: one lane per skill category, one node per step of the learning path, read top to
// bottom in learning order; pure, with rounded coordinates, so the same data always gives the same drawing.
import { importanceLevels, skillCategories, type Importance, type SkillCategory } from "../schema/taxonomy.ts";
import { roadmapMetrics, type RoadmapLayout, type RoadmapNode, type RoadmapSkill, type RoadmapStage } from "./drawing.ts";
import { routeEdges, type Grid, type RowBand } from "./edges.ts";
import type { PathStep } from "./learning-path.ts";
import { estimateTextWidth, titleTokens, wrapText } from "./text-width.ts";

/** The words a roadmap's drawing holds: lane names, stage names and the steps each stage spans; English by default. */
export interface RoadmapLabels {
  category(category: SkillCategory): string;
  stage(stage: Importance, withPrerequisites: boolean): string;
  steps(stage: string, first: number, last: number): string;
}

/** The roadmap's words in English. */
export const englishRoadmapLabels: RoadmapLabels = {
  category: (category) => skillCategories[category],
  stage: stageLabel,
  steps: (stage, first, last) => `${stage} · ${first === last ? `step ${first}` : `steps ${first}–${last}`}`,
};

/** Places a learning path's steps in category lanes and rows, and routes the prerequisite edges between them. */
export function layoutRoadmap<T extends RoadmapSkill>(
  steps: readonly PathStep<T>[],
  maxWidth: number = roadmapMetrics.maxWidth,
  labels: RoadmapLabels = englishRoadmapLabels,
): RoadmapLayout<T> {
  const m = roadmapMetrics;
  const categories = (Object.keys(skillCategories) as SkillCategory[]).filter((category) => steps.some((step) => step.skill.category === category));
  const laneIndex = new Map(categories.map((category, index) => [category, index]));

  // Lanes share the width, but never so narrowly that the longest word of a title must break.
  const widestWord = Math.max(0, ...steps.flatMap((step) => titleTokens(step.skill.title)).map((token) => estimateTextWidth(token.text, m.fontSize)));
  const chrome = m.laneGap + 2 * m.nodeInset + 2 * m.textInset;
  const fitted = Math.floor((maxWidth - 2 * m.padding + m.laneGap) / Math.max(1, categories.length));
  const laneWidth = Math.max(Math.ceil(widestWord) + chrome, m.laneMinWidth, Math.min(fitted, m.laneMaxWidth));
  const nodeWidth = laneWidth - m.laneGap - 2 * m.nodeInset;
  const laneX = (lane: number) => m.padding + lane * laneWidth;

  const laneLabels = categories.map((category) =>
    wrapText(labels.category(category), laneWidth - m.laneGap - 2 * m.textInset, m.labelFontSize, { bold: true }),
  );
  const headerHeight = m.padding + Math.max(1, ...laneLabels.map((lines) => lines.length)) * m.labelLineHeight + 4;

  // Rows: a step joins the current row unless its lane is taken there, it builds on a step in it, or a stage starts;
  // so rows read top to bottom in learning order, and every prerequisite sits in a row above what builds on it.
  const drafts: Array<{ step: PathStep<T>; lane: number; row: number; lines: string[] }> = [];
  let row = -1;
  let rowLanes = new Set<number>();
  let rowSlugs = new Set<string>();
  steps.forEach((step, index) => {
    const lane = laneIndex.get(step.skill.category) ?? 0;
    if (index === 0 || steps[index - 1]?.stage !== step.stage || rowLanes.has(lane) || step.after.some((slug) => rowSlugs.has(slug))) {
      row += 1;
      rowLanes = new Set();
      rowSlugs = new Set();
    }
    rowLanes.add(lane);
    rowSlugs.add(step.skill.slug);
    drafts.push({ step, lane, row, lines: wrapText(step.skill.title, nodeWidth - 2 * m.textInset, m.fontSize) });
  });
  const boxHeight = (lines: number) => m.badgeRadius + 6 + lines * m.lineHeight + 8;

  // Vertical bands: a labelled rule where a stage starts, then for each row a channel for lines, the boxes, and a
  // channel below them.
  const stages: RoadmapStage[] = [];
  const bands: RowBand[] = [];
  let y = headerHeight;
  for (let current = 0; current <= row; current += 1) {
    const inRow = drafts.filter((draft) => draft.row === current);
    const first = inRow[0];
    if (!first) continue;
    const startsStage = current === 0 || drafts.find((draft) => draft.row === current - 1)?.step.stage !== first.step.stage;
    if (startsStage) {
      stages.push(
        stageBand(
          first.step.stage,
          drafts.map((draft) => draft.step),
          y,
          labels,
        ),
      );
      y += m.stageHeight;
    }
    const top = y + m.rowHeadroom;
    const bottom = top + Math.max(...inRow.map((draft) => boxHeight(draft.lines.length)));
    bands[current] = { top, bottom, startsStage };
    y = bottom + m.rowFootroom;
  }

  const nodes: RoadmapNode<T>[] = drafts.map((draft) => {
    const x = laneX(draft.lane) + m.nodeInset;
    const top = bands[draft.row]?.top ?? 0;
    const firstBaseline = top + m.badgeRadius + 6 + m.fontSize - 1;
    return {
      step: draft.step,
      x,
      y: top,
      width: nodeWidth,
      height: boxHeight(draft.lines.length),
      badge: { cx: x + m.textInset + m.badgeRadius, cy: top, r: m.badgeRadius },
      lines: draft.lines.map((text, index) => ({ text, x: x + m.textInset, y: firstBaseline + index * m.lineHeight })),
    };
  });
  const grid: Grid = {
    bands,
    rowOf: new Map(drafts.map((draft) => [draft.step.skill.slug, draft.row])),
    laneOf: new Map(drafts.map((draft) => [draft.step.skill.slug, draft.lane])),
    // The middle of the gap left of lane k (k = lanes: right of the last lane).
    gutterX: (k: number) => laneX(k) - m.laneGap / 2,
  };

  return {
    width: 2 * m.padding + categories.length * laneWidth - m.laneGap,
    height: y + m.padding,
    lanes: categories.map((category, index) => ({
      category,
      label: labels.category(category),
      x: laneX(index),
      width: laneWidth - m.laneGap,
      labelLines: (laneLabels[index] ?? []).map((text, line) => ({
        text,
        x: laneX(index) + m.textInset,
        y: m.padding + m.labelFontSize + line * m.labelLineHeight,
      })),
    })),
    stages,
    nodes,
    edges: routeEdges(nodes, grid),
  };
}

/** The name of a stage: its importance level, and whether it also holds what those skills build on. */
export function stageLabel(stage: Importance, withPrerequisites: boolean): string {
  const level = importanceLevels[stage];
  return withPrerequisites ? `${level}, and what it builds on` : level;
}

function stageBand(stage: Importance, steps: ReadonlyArray<PathStep<RoadmapSkill>>, y: number, labels: RoadmapLabels): RoadmapStage {
  const m = roadmapMetrics;
  const inStage = steps.filter((step) => step.stage === stage);
  const [first, last] = [inStage[0]?.number ?? 0, inStage.at(-1)?.number ?? 0];
  const label = labels.stage(
    stage,
    inStage.some((step) => step.importance !== stage),
  );
  const text = labels.steps(label, first, last);
  const x = m.padding + m.nodeInset;
  return {
    stage,
    label,
    first,
    last,
    y: y + m.stageHeight / 2,
    labelText: { text, x: x + m.textInset, y: y + m.stageHeight / 2 + 5 },
    labelBox: { x, y: y + 4, width: Math.ceil(estimateTextWidth(text, m.stageFontSize, true)) + 2 * m.textInset, height: m.stageHeight - 8 },
  };
}
