// The prerequisite lines of a roadmap: which to draw, and their routes through the gaps between the boxes.
import { roadmapMetrics, type RoadmapEdge, type RoadmapNode, type RoadmapSkill } from "./drawing.ts";
import type { PathStep } from "./learning-path.ts";

/** A row's vertical extent, and whether a stage label sits above it. */
export interface RowBand {
  top: number;
  bottom: number;
  startsStage: boolean;
}

/** Where rows and lanes are, for routing edges through the gaps between boxes. */
export interface Grid {
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
export function routeEdges<T extends RoadmapSkill>(nodes: readonly RoadmapNode<T>[], grid: Grid): RoadmapEdge[] {
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
  const points = raw
    .map((point) => ({ x: Math.round(point.x), y: Math.round(point.y) }))
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
