// Turns the site model into the JSON exports, checked against their schemas so a file never leaves the build malformed.
import { z } from "zod";
import type { ByImportance, Guide, GuideLink, Role, SiteModel, Skill, Technology } from "../content/model.ts";
import { publicUrl, type SiteLocation } from "../deploy/public-url.ts";
import { exportSchemas, exportVersion, type ExportSchemaName, type RoleItem, type SkillItem, type TechnologyItem } from "./schemas.ts";

/** The site as the exports name it. */
export interface ExportSite extends SiteLocation {
  name: string;
  /** The language of the edition the file belongs to, as pages declare it, like en-GB. */
  language: string;
}

/** The collection an export lists, which is also its file name: roles → /roles.json. */
export type ExportCollection = "roles" | "skills" | "technologies";

/** The site path of a guide's own JSON file: /roles/back-end-developer/ → /roles/back-end-developer.json. */
export function guideDataPath(guide: GuideLink): string {
  return `${guide.url.replace(/\/$/, "")}.json`;
}

/** The site path of a published JSON Schema. */
export function schemaPath(name: ExportSchemaName): string {
  return `/schema/${name}.schema.json`;
}

function ref(site: ExportSite, link: GuideLink) {
  return { slug: link.slug, title: link.title, url: publicUrl(site, link.url) };
}

function byImportance(site: ExportSite, links: ByImportance<GuideLink>) {
  return {
    required: links.required.map((link) => ref(site, link)),
    recommended: links.recommended.map((link) => ref(site, link)),
    niceToHave: links.niceToHave.map((link) => ref(site, link)),
  };
}

function common(site: ExportSite, guide: Guide) {
  return {
    slug: guide.slug,
    title: guide.title,
    summary: guide.summary,
    aliases: [...guide.aliases],
    url: publicUrl(site, guide.url),
    dataUrl: publicUrl(site, guideDataPath(guide)),
    published: guide.published,
    ...(guide.updated ? { updated: guide.updated } : {}),
    lastModified: guide.lastModified,
    ...(guide.reviewed ? { reviewed: guide.reviewed } : {}),
    sources: guide.sources.map((source) => ({ title: source.title, url: source.url })),
    ...(guide.hreflang ? { language: guide.hreflang } : {}),
  };
}

function roleItem(site: ExportSite, role: Role): RoleItem {
  return {
    ...common(site, role),
    skills: byImportance(site, role.skills),
    technologies: role.technologies.map((link) => ref(site, link)),
    worksWith: role.worksWith.map((link) => ref(site, link)),
    movesTo: role.movesTo.map((link) => ref(site, link)),
  };
}

function skillItem(site: ExportSite, skill: Skill): SkillItem {
  return {
    ...common(site, skill),
    category: { key: skill.category, label: skill.categoryLabel },
    technologies: skill.technologies.map((link) => ref(site, link)),
    prerequisites: skill.prerequisites.map((link) => ref(site, link)),
    neededBy: byImportance(site, skill.neededBy),
  };
}

function technologyItem(site: ExportSite, technology: Technology): TechnologyItem {
  return {
    ...common(site, technology),
    kind: { key: technology.kind, label: technology.kindLabel },
    homepage: technology.homepage,
    skills: technology.skills.map((link) => ref(site, link)),
    usedBy: technology.usedBy.map((link) => ref(site, link)),
  };
}

function header(site: ExportSite, schema: ExportSchemaName) {
  return { version: exportVersion, schema: publicUrl(site, schemaPath(schema)), site: { name: site.name, url: publicUrl(site, "/") }, language: site.language };
}

/** The contents of /roles.json, /skills.json or /technologies.json. */
export function collectionExport(site: ExportSite, model: SiteModel, collection: ExportCollection): unknown {
  const lists = {
    roles: () => ({ roles: model.roles.map((role) => roleItem(site, role)) }),
    skills: () => ({ skills: model.skills.map((skill) => skillItem(site, skill)) }),
    technologies: () => ({ technologies: model.technologies.map((technology) => technologyItem(site, technology)) }),
  };
  return exportSchemas[collection].parse({ ...header(site, collection), lastModified: model.lastModified, ...lists[collection]() });
}

/** The contents of one guide's JSON file, with its text as `bodyHtml` (already carrying public URLs). */
export function guideExport(site: ExportSite, guide: Guide, bodyHtml: string): unknown {
  const body = { bodyHtml, headings: guide.headings.map((heading) => ({ level: heading.level, text: heading.text, id: heading.id })) };
  if (guide.type === "role") return exportSchemas.role.parse({ ...header(site, "role"), role: { ...roleItem(site, guide), ...body } });
  if (guide.type === "skill") return exportSchemas.skill.parse({ ...header(site, "skill"), skill: { ...skillItem(site, guide), ...body } });
  return exportSchemas.technology.parse({ ...header(site, "technology"), technology: { ...technologyItem(site, guide), ...body } });
}

/** The JSON Schema published for an export, generated from its zod schema. */
export function publishedJsonSchema(name: ExportSchemaName): Record<string, unknown> {
  return z.toJSONSchema(exportSchemas[name]);
}

/** Serialises an export the way every export file is written: two-space indentation and a final newline. */
export function exportJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
