// A role's roadmap: its skills in learning order, drawn as lanes of linked boxes on wide screens and given as a
// numbered list on narrow ones.
//
// Why two views and never both at once: the diagram is the navigable structure itself — each box is an SVG <a href>
// (a real link to keyboards, mice and screen readers alike), in learning order in the DOM, named "3. CSS layout: Web
// platform, required", inside one group per stage; lane names, stage rules and prerequisite lines are drawn
// aria-hidden because every link's name already says its category and importance. That beats `role="img"` with a
// separate list: links inside an image are either unreachable or announced as a picture's children, and a second copy
// of the links would give every skill two tab stops. On narrower screens (and at high zoom), where lanes would need a
// sideways scroll or unreadably small text, the stylesheet shows the same steps as an ordered list instead — same
// links, same order, same stages — with `display: none` on the other view, so a screen reader or a Tab key meets each
// skill exactly once.
// The lists of skills by importance further down the page stay as they are.
import { html, type SafeHtml } from "../../src/lib/html.ts";
import type { Importance } from "../../src/schema/index.ts";
import { catalogueTranslator, type Messages } from "../../src/i18n/messages.ts";
import { guideLink } from "./links.ts";
import type { Role, SkillLink } from "../../src/content/model.ts";
import type { PathStep } from "../../src/roadmap/learning-path.ts";
import type { RoadmapNode } from "../../src/roadmap/drawing.ts";
import type { ListStage, RoleRoadmap } from "../../src/views/roadmaps.ts";

/** The roadmap section of a role page: the diagram, its legend, and the same path as a numbered list. */
export function roadmap(role: Pick<Role, "slug" | "title">, view: RoleRoadmap | undefined, m: Messages = catalogueTranslator()): SafeHtml | "" {
  if (!view) return "";
  const { steps } = view;
  return html`<section class="roadmap" aria-labelledby="roadmap-heading" data-pagefind-ignore>
  <h2 id="roadmap-heading">${m.t("roadmap.heading")}</h2>
  <p class="roadmap__intro">${m.t("roadmap.intro", { count: steps.length })}</p>
  <div class="roadmap__diagram">
    ${legend(m)}
    <div class="roadmap__frame">
      ${roadmapSvg(role, view, m)}
    </div>
  </div>
  ${roadmapList(view.listStages, m)}
</section>`;
}

/** The diagram alone: lanes, prerequisite lines and stage rules (all hidden from assistive technology), then the linked boxes in learning order. */
export function roadmapSvg(
  role: Pick<Role, "slug" | "title">,
  view: Pick<RoleRoadmap, "layout" | "diagramStages">,
  m: Messages = catalogueTranslator(),
): SafeHtml {
  const { layout } = view;
  const arrowId = `roadmap-arrow-${role.slug}`;
  return html`<svg class="roadmap__svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="group" aria-label="${m.t("roadmap.diagramLabel", { title: role.title, count: layout.nodes.length })}">
<defs><marker id="${arrowId}" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="8" markerHeight="8" orient="auto"><path class="roadmap__arrow" d="M0 0L8 4L0 8z"/></marker></defs>
<g aria-hidden="true">
${layout.lanes.map(
  (lane) => html`<rect class="roadmap__lane" x="${lane.x}" y="0" width="${lane.width}" height="${layout.height}" rx="8"/>
${lane.labelLines.map((line) => html`<text class="roadmap__lane-label" x="${line.x}" y="${line.y}">${line.text}</text>`)}
`,
)}${layout.edges.map(
    (edge) => html`<path class="roadmap__edge" d="${edge.d}" marker-end="url(#${arrowId})"/>
`,
  )}${layout.stages.map(
    (stage) => html`<line class="roadmap__stage-rule" x1="0" y1="${stage.y}" x2="${layout.width}" y2="${stage.y}"/>
<rect class="roadmap__stage-box" x="${stage.labelBox.x}" y="${stage.labelBox.y}" width="${stage.labelBox.width}" height="${stage.labelBox.height}" rx="${Math.floor(stage.labelBox.height / 2)}"/>
<text class="roadmap__stage-label" x="${stage.labelText.x}" y="${stage.labelText.y}">${stage.labelText.text}</text>
`,
  )}</g>
${view.diagramStages.map(
  ({ stage, nodes }) => html`<g role="group" aria-label="${m.t("roadmap.stageSteps", { stage: stage.label, first: stage.first, last: stage.last })}">
${nodes.map((node) => roadmapNode(node, m))}</g>
`,
)}</svg>`;
}

// The spaces between a title's lines are invisible (each line is placed on its own) but keep its words apart in the
// text content, so the visible label reads as part of the link's name.
function roadmapNode(node: RoadmapNode<SkillLink>, m: Messages): SafeHtml {
  const { step } = node;
  const ring = 4;
  const hreflang = step.skill.hreflang ? html` hreflang="${step.skill.hreflang}"` : "";
  return html`<a class="roadmap__node roadmap__node--${step.importance}" href="${step.skill.url}"${hreflang} aria-label="${stepName(step, m)}">
<rect class="roadmap__focus" x="${node.x - ring}" y="${node.y - ring}" width="${node.width + 2 * ring}" height="${node.height + 2 * ring}" rx="10"/>
<rect class="roadmap__box" x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="6"/>
<circle class="roadmap__badge" cx="${node.badge.cx}" cy="${node.badge.cy}" r="${node.badge.r}"/>
<text class="roadmap__number" x="${node.badge.cx}" y="${node.badge.cy + 4}" text-anchor="middle">${step.number}</text>
<text class="roadmap__title">${node.lines.map((line, index) => html`${index > 0 ? " " : ""}<tspan x="${line.x}" y="${line.y}">${line.text}</tspan>`)}</text>
</a>
`;
}

/** The same path as numbered lists, one per stage: what narrow screens show instead of the diagram. */
function roadmapList(stages: readonly ListStage[], m: Messages): SafeHtml {
  return html`<div class="roadmap__list">
${stages.map(
  ({ stage, label, first, steps }) => html`<h3 class="roadmap__list-heading roadmap__list-heading--${stage}">${label}</h3>
<ol class="roadmap__steps" start="${first}">
${steps.map(
  (
    step,
  ) => html`<li class="roadmap__step roadmap__step--${step.importance}">${guideLink(step.skill)} <span class="roadmap__meta">${m.t(`skillCategory.${step.skill.category}`)}${step.importance === stage ? "" : html` · ${m.t(`importanceInText.${step.importance}`)}`}</span></li>
`,
)}</ol>
`,
)}</div>`;
}

/** A step's accessible name: its number, title, category and how much the role needs it. */
export function stepName(step: PathStep<SkillLink>, m: Messages = catalogueTranslator()): string {
  const name = m.t("roadmap.stepName", {
    number: step.number,
    title: step.skill.title,
    category: m.t(`skillCategory.${step.skill.category}`),
    importance: m.t(`importanceInText.${step.importance}`),
  });
  return step.skill.languageNote ? `${name} ${step.skill.languageNote}` : name;
}

/** What the box styles, lines and badges mean; shown with the diagram only. */
function legend(m: Messages): SafeHtml {
  const swatch = (importance: Importance) =>
    html`<li><svg class="roadmap__swatch roadmap__node--${importance}" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true"><rect class="roadmap__box" x="2" y="2" width="24" height="14" rx="3"/></svg>${m.t(`importance.${importance}`)}</li>`;
  return html`<ul class="roadmap__legend">
    ${swatch("required")}${swatch("recommended")}${swatch("niceToHave")}
    <li><svg class="roadmap__swatch" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true"><path class="roadmap__edge" d="M2 9H24"/><path class="roadmap__arrow" d="M20 5L26 9L20 13z"/></svg>${m.t("roadmap.legendArrow")}</li>
    <li><svg class="roadmap__swatch" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><circle class="roadmap__badge roadmap__badge--legend" cx="10" cy="10" r="9"/><text class="roadmap__number" x="10" y="14" text-anchor="middle">1</text></svg>${m.t("roadmap.legendStep")}</li>
  </ul>`;
}
