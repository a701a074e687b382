// The geometry of a role's roadmap: one lane per skill category, one node per step of the learning path, read top to
// bottom in learning order; pure, with rounded coordinates, so the same data always gives the same drawing.
import { importanceLevels, skillCategories, type Importance, type SkillCategory } from "../schema/taxonomy.ts";
import type { PathSkill, PathStep } from "./learning-path.ts";

/** A skill the roadmap can place: a path skill with its category. */
export interface RoadmapSkill extends PathSkill {
  category: SkillCategory;
}

/** A line of text placed in the drawing; `y` is the baseline. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
}

/** A category's lane: a column with its name at the top. */
export interface RoadmapLane {
  category: SkillCategory;
  label: string;
  x: number;
  width: number;
  labelLines: PlacedText[];
}

/** A stage of the learning path: a horizontal rule and a label above its first row. */
export interface RoadmapStage {
  stage: Importance;
  /** "Required", or "Required, and what it builds on" when the stage holds less important prerequisites too. */
  label: string;
  /** The numbers of the stage's first and last steps. */
  first: number;
  last: number;
  /** Where the stage's rule runs. */
  y: number;
  /** The label's baseline, and the box behind it. */
  labelText: PlacedText;
  labelBox: { x: number; y: number; width: number; height: number };
}

/** A step of the path as a box in its category's lane, with its number in a badge on the box's top edge. */
export interface RoadmapNode<T extends RoadmapSkill> {
  step: PathStep<T>;
  x: number;
  y: number;
  width: number;
  height: number;
  badge: { cx: number; cy: number; r: number };
  lines: PlacedText[];
}

/** A prerequisite drawn as a line from the bottom of the earlier box to the top of the later one. */
export interface RoadmapEdge {
  from: string;
  to: string;
  /** SVG path data. */
  d: string;
}

/** The whole drawing. */
export interface RoadmapLayout<T extends RoadmapSkill> {
  width: number;
  height: number;
  lanes: RoadmapLane[];
  stages: RoadmapStage[];
  /** In learning order. */
  nodes: RoadmapNode<T>[];
  edges: RoadmapEdge[];
}

/** Sizes the layout works with, in CSS pixels; the stylesheet must draw text at these sizes. */
export const roadmapMetrics = {
  /** The widest the drawing should be: the site's page width. */
  maxWidth: 1152,
  fontSize: 13,
  lineHeight: 17,
  labelFontSize: 12,
  labelLineHeight: 15,
  stageFontSize: 12,
  padding: 6,
  laneGap: 6,
  laneMinWidth: 120,
  laneMaxWidth: 220,
  nodeInset: 2,
  textInset: 6,
  badgeRadius: 10,
  /** Space above each row of boxes: a channel for prerequisite lines to run along, then the badges. */
  rowHeadroom: 22,
  /** Space below each row of boxes: a channel for the lines leaving it. */
  rowFootroom: 12,
  stageHeight: 30,
  cornerRadius: 6,
} as const;

/** Places a learning path's steps in category lanes and rows, and routes the prerequisite edges between them. */
export function layoutRoadmap<T extends RoadmapSkill>(steps: readonly PathStep<T>[], maxWidth: number = roadmapMetrics.maxWidth): RoadmapLayout<T> {
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

  const laneLabels = categories.map((category) => wrapText(skillCategories[category], laneWidth - m.laneGap - 2 * m.textInset, m.labelFontSize, { bold: true }));
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
      stages.push(stageBand(first.step.stage, drafts.map((draft) => draft.step), y));
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
      label: skillCategories[category],
      x: laneX(index),
      width: laneWidth - m.laneGap,
      labelLines: (laneLabels[index] ?? []).map((text, line) => ({ text, x: laneX(index) + m.textInset, y: m.padding + m.labelFontSize + line * m.labelLineHeight })),
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

function stageBand(stage: Importance, steps: ReadonlyArray<PathStep<RoadmapSkill>>, y: number): RoadmapStage {
  const m = roadmapMetrics;
  const inStage = steps.filter((step) => step.stage === stage);
  const [first, last] = [inStage[0]?.number ?? 0, inStage.at(-1)?.number ?? 0];
  const label = stageLabel(stage, inStage.some((step) => step.importance !== stage));
  const text = `${label} · ${first === last ? `step ${first}` : `steps ${first}–${last}`}`;
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

/** A row's vertical extent, and whether a stage label sits above it. */
interface RowBand {
  top: number;
  bottom: number;
  startsStage: boolean;
}

/** Where rows and lanes are, for routing edges through the gaps between boxes. */
interface Grid {
  bands: RowBand[];
  rowOf: Map<string, number>;
  laneOf: Map<string, number>;
  gutterX(k: number): number;
}

/**
 * Routes each prerequisite edge through the gaps, never across a box: down from the earlier box into the channel
 * below its row; then, when rows or a stage label lie between, along that channel to the gutter beside the later box's
 * lane, down the gutter to the channel above the later box's row; and into the later box from above. Only the edges
 * no other path implies are drawn (A before B before C needs no A-to-C line); the learning order keeps them all.
 */
function routeEdges<T extends RoadmapSkill>(nodes: readonly RoadmapNode<T>[], grid: Grid): RoadmapEdge[] {
  const m = roadmapMetrics;
  const bySlug = new Map(nodes.map((node) => [node.step.skill.slug, node]));
  const pairs = transitiveReduction(nodes.map((node) => node.step)).flatMap(([from, to]) => {
    const [source, target] = [bySlug.get(from), bySlug.get(to)];
    return source && target ? [{ from: source, to: target }] : [];
  });
  // Every line leaves a box from the middle of its bottom and enters the middle of a box's top: lines from one box
  // share a trunk and branch in the channels, so a box has one exit and one entry however many prerequisites it has.
  const centre = (node: RoadmapNode<T>) => Math.round(node.x + node.width / 2);
  // Lines from different boxes that share a channel or gutter run a few pixels apart.
  const track = (node: RoadmapNode<T>) => ((node.step.number % 3) - 1) * 2;

  return pairs.map(({ from, to }) => {
    const [fromSlug, toSlug] = [from.step.skill.slug, to.step.skill.slug];
    const [fromRow, toRow] = [grid.rowOf.get(fromSlug) ?? 0, grid.rowOf.get(toSlug) ?? 0];
    const [fromLane, toLane] = [grid.laneOf.get(fromSlug) ?? 0, grid.laneOf.get(toSlug) ?? 0];
    const [x1, x2] = [centre(from), centre(to)];
    const below = (grid.bands[fromRow]?.bottom ?? 0) + m.rowFootroom / 2 + track(from);
    const targetBand = grid.bands[toRow];
    const above = (targetBand?.top ?? 0) - m.rowHeadroom + 8 + track(to);
    const end = { x: x2, y: to.y - 1 };
    const direct = toRow === fromRow + 1 && !targetBand?.startsStage;
    const gutter = grid.gutterX(toLane > fromLane ? toLane : toLane + 1) + track(from);
    const points = direct
      ? [{ x: x1, y: from.y + from.height }, { x: x1, y: below }, { x: x2, y: below }, end]
      : [{ x: x1, y: from.y + from.height }, { x: x1, y: below }, { x: gutter, y: below }, { x: gutter, y: above }, { x: x2, y: above }, end];
    return { from: fromSlug, to: toSlug, d: roundedPath(points, m.cornerRadius) };
  });
}

/** The pairs [prerequisite, skill] that no longer chain of prerequisites already implies, in learning order. */
export function transitiveReduction(steps: ReadonlyArray<Pick<PathStep<RoadmapSkill>, "skill" | "after">>): Array<[string, string]> {
  const after = new Map(steps.map((step) => [step.skill.slug, step.after]));
  const ancestors = new Map<string, Set<string>>();
  const ancestorsOf = (slug: string, seen = new Set<string>()): Set<string> => {
    const known = ancestors.get(slug);
    if (known) return known;
    const found = new Set<string>();
    seen.add(slug);
    for (const parent of after.get(slug) ?? []) {
      if (seen.has(parent)) continue;
      found.add(parent);
      for (const grand of ancestorsOf(parent, seen)) found.add(grand);
    }
    ancestors.set(slug, found);
    return found;
  };
  return steps.flatMap((step) => {
    const parents = step.after;
    return parents
      .filter((parent) => !parents.some((other) => other !== parent && ancestorsOf(other).has(parent)))
      .map((parent): [string, string] => [parent, step.skill.slug]);
  });
}

/** SVG path data through points joined by straight lines, each corner rounded; repeated and in-line points dropped. */
function roundedPath(raw: ReadonlyArray<{ x: number; y: number }>, radius: number): string {
  const points = raw.map((point) => ({ x: Math.round(point.x), y: Math.round(point.y) }))
    .filter((point, index, all) => index === 0 || point.x !== all[index - 1]?.x || point.y !== all[index - 1]?.y)
    .filter((point, index, all) => {
      const [before, next] = [all[index - 1], all[index + 1]];
      return !before || !next || !((before.x === point.x && point.x === next.x) || (before.y === point.y && point.y === next.y));
    });
  const [start] = points;
  if (!start) return "";
  let d = `M${start.x} ${start.y}`;
  for (let index = 1; index < points.length; index += 1) {
    const [before, point, next] = [points[index - 1], points[index], points[index + 1]];
    if (!before || !point) continue;
    if (!next) {
      d += `L${point.x} ${point.y}`;
      continue;
    }
    const r = Math.min(radius, distance(before, point) / 2, distance(point, next) / 2);
    const inX = point.x - Math.sign(point.x - before.x) * r;
    const inY = point.y - Math.sign(point.y - before.y) * r;
    const outX = point.x + Math.sign(next.x - point.x) * r;
    const outY = point.y + Math.sign(next.y - point.y) * r;
    d += `L${round(inX)} ${round(inY)}Q${point.x} ${point.y} ${round(outX)} ${round(outY)}`;
  }
  return d;
}

function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

// ---------- Text measurement: diagrams are drawn at build time, without a browser to measure text. ----------

// Advance widths in thousandths of an em of DejaVu Sans, the widest of the common system fonts (and the usual one on
// Linux): estimates from it err on the wide side elsewhere, so text never spills out of its box. Characters not listed
// count as wide as a digit.
const charWidths: Record<string, number> = {
  ...widthsOf("ijl'", 280), ...widthsOf("IJ", 300), ...widthsOf(" ,.", 320), ...widthsOf(":;/|", 340), ...widthsOf("f", 350),
  ...widthsOf("-", 360), ...widthsOf("t()[]", 390), ...widthsOf("!", 400), ...widthsOf("r", 410), ...widthsOf("\"", 460),
  ...widthsOf("*", 500), ...widthsOf("s", 520), ...widthsOf("z?", 530), ...widthsOf("c", 550), ...widthsOf("L", 560),
  ...widthsOf("kF", 580), ...widthsOf("vxy", 590), ...widthsOf("P", 600), ...widthsOf("aoTY", 610), ...widthsOf("e", 620),
  ...widthsOf("hnuE", 630), ...widthsOf("K", 660), ...widthsOf("AV", 680), ...widthsOf("BXZ", 690), ...widthsOf("CR", 700),
  ...widthsOf("U", 730), ...widthsOf("HN", 750), ...widthsOf("D", 770), ...widthsOf("G&", 780), ...widthsOf("OQ", 790),
  ...widthsOf("w", 820), ...widthsOf("+", 840), ...widthsOf("M", 860), ...widthsOf("m", 970), ...widthsOf("W", 990),
};

// A little room for rounding and hinting; bold runs about 12% wider.
const safety = 1.02;
const boldFactor = 1.12;

/** The estimated width in pixels of one line of text at a font size, a little generous for wide fonts. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let thousandths = 0;
  for (const char of text) thousandths += charWidths[char] ?? 640;
  return (thousandths / 1000) * fontSize * safety * (bold ? boldFactor : 1);
}

/**
 * Wraps text into lines no wider than `width`, breaking at spaces and after hyphens, and inside a word only when the
 * word alone is too wide.
 */
export function wrapText(text: string, width: number, fontSize: number, options: { bold?: boolean } = {}): string[] {
  const fits = (line: string) => estimateTextWidth(line, fontSize, options.bold) <= width;
  const lines: string[] = [];
  let current = "";
  for (const token of titleTokens(text)) {
    const candidate = current && token.spaceBefore ? `${current} ${token.text}` : current + token.text;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = "";
    for (const char of token.text) {
      if (current && !fits(current + char)) {
        lines.push(current);
        current = "";
      }
      current += char;
    }
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}

/** The pieces a title may break between: its words, a hyphenated word split after each hyphen ("Machine-", "learning"). */
function titleTokens(text: string): Array<{ text: string; spaceBefore: boolean }> {
  return text.split(/\s+/).filter(Boolean).flatMap((word) =>
    word.split(/(?<=-)(?=.)/).map((part, index) => ({ text: part, spaceBefore: index === 0 })));
}

function widthsOf(chars: string, width: number): Record<string, number> {
  return Object.fromEntries([...chars].map((char) => [char, width]));
}
