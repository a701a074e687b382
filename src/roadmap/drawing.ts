// The shapes a roadmap is drawn with and the sizes it works with: lanes, stages, boxes and lines, in CSS pixels.
import type { Importance, SkillCategory } from "../schema/taxonomy.ts";
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
