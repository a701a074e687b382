// The shape of the JSON exports (roles.json, skills.json, technologies.json and one file per guide), version 1.
// These zod schemas are the single source of truth: the exports are checked against them at build time and the
// published JSON Schemas (/schema/<name>.schema.json, docs/exports.md) are generated from them.
import { z } from "zod";
import { slugPattern } from "../lib/slugs.ts";
import { skillCategories, technologyKinds, type SkillCategory, type TechnologyKind } from "../schema/taxonomy.ts";

/** The version of the export shape; it changes only when a field is removed, renamed or changes meaning. */
export const exportVersion = 1;

const Version = z.literal(exportVersion).meta({
  description: "The version of this file's shape. Fields may be added within a version; removing, renaming or changing the meaning of one makes a new version.",
});

const Url = z
  .string()
  .regex(/^(https?:\/\/[^\s]+|\/[^\s]*)$/)
  .meta({
    id: "url",
    description: "An absolute URL when the site was built with its public address, otherwise a root-relative path that includes the site's path prefix.",
  });

const Slug = z.string().regex(slugPattern).meta({ id: "slug", description: "A guide's permanent, URL-safe name." });

const IsoDate = z.iso.date().meta({ id: "date", description: "A calendar day, YYYY-MM-DD." });

/** A link to another guide. */
export const GuideRefSchema = z
  .strictObject({ slug: Slug, title: z.string(), url: Url })
  .meta({ id: "guideRef", title: "Guide reference", description: "A link to another guide: its slug, title and page." });

const ByImportance = (description: string) =>
  z
    .strictObject({
      required: z.array(GuideRefSchema).meta({ description: "Nobody can do the job without these." }),
      recommended: z.array(GuideRefSchema).meta({ description: "Most people in the role use these often." }),
      niceToHave: z.array(GuideRefSchema).meta({ description: "These help, but many in the role do without." }),
    })
    .meta({ description });

const guideFields = {
  slug: Slug,
  title: z.string().meta({ description: "The guide's title." }),
  summary: z.string().meta({ description: "One or two sentences, plain text." }),
  aliases: z.array(z.string()).meta({ description: "Other names people search for." }),
  url: Url.meta({ description: "The guide's page." }),
  dataUrl: Url.meta({ description: "This guide's own JSON file, which adds the guide's text." }),
  published: IsoDate.meta({ description: "The day the guide was first published." }),
  updated: IsoDate.optional().meta({ description: "The day the guide last changed in substance, when it has." }),
  lastModified: IsoDate.meta({ description: "The later of published and updated." }),
  reviewed: IsoDate.optional().meta({ description: "The day someone last checked the guide's facts, when the guide records it." }),
  sources: z
    .array(z.strictObject({ title: z.string(), url: z.url({ protocol: /^https$/ }) }))
    .meta({ description: "The sources that check used, each with its title and https address; empty when the guide lists none." }),
  language: z.string().optional().meta({
    description:
      "The language of the guide's texts, as a BCP 47 tag, when it is not the file's: in a translated edition, a guide not yet translated, whose url leads to its original.",
  }),
};

const bodyFields = {
  bodyHtml: z.string().meta({ description: "The guide's text as HTML rendered from Markdown (no raw HTML from the source), with URLs like the url fields." }),
  headings: z
    .array(z.strictObject({ level: z.number().int().min(1).max(6), text: z.string(), id: z.string() }))
    .meta({ description: "The headings of the text, in order, with the id each has in bodyHtml and on the page." }),
};

const SkillCategoryKey = z.enum(Object.keys(skillCategories) as [SkillCategory, ...SkillCategory[]]);
const TechnologyKindKey = z.enum(Object.keys(technologyKinds) as [TechnologyKind, ...TechnologyKind[]]);

/** A role, as roles.json lists it. */
export const RoleItemSchema = z
  .strictObject({
    ...guideFields,
    skills: ByImportance("The skills the role needs, by importance."),
    technologies: z.array(GuideRefSchema).meta({ description: "Technologies people in the role commonly use." }),
    worksWith: z.array(GuideRefSchema).meta({ description: "Roles this role works with day to day." }),
    movesTo: z.array(GuideRefSchema).meta({ description: "Roles people in this role commonly move to next." }),
  })
  .meta({ title: "Role" });

/** A skill, as skills.json lists it. */
export const SkillItemSchema = z
  .strictObject({
    ...guideFields,
    category: z.strictObject({ key: SkillCategoryKey, label: z.string() }).meta({ description: "The category the skill is grouped under." }),
    technologies: z.array(GuideRefSchema).meta({ description: "Technologies that put the skill to work." }),
    prerequisites: z.array(GuideRefSchema).meta({ description: "Skills worth learning before this one." }),
    neededBy: ByImportance("The roles that need the skill, by how much they need it."),
  })
  .meta({ title: "Skill" });

/** A technology, as technologies.json lists it. */
export const TechnologyItemSchema = z
  .strictObject({
    ...guideFields,
    kind: z.strictObject({ key: TechnologyKindKey, label: z.string() }).meta({ description: "What sort of technology it is." }),
    homepage: z
      .url({ protocol: /^https?$/ })
      .optional()
      .meta({ description: "The technology's official home page, when it has one." }),
    skills: z.array(GuideRefSchema).meta({ description: "Skills the technology is used for." }),
    usedBy: z.array(GuideRefSchema).meta({ description: "Roles that use the technology." }),
  })
  .meta({ title: "Technology" });

const listFields = {
  version: Version,
  schema: Url.meta({ description: "The JSON Schema this file follows." }),
  site: z.strictObject({ name: z.string(), url: Url }).meta({ description: "The site that published the file." }),
  language: z.string().meta({
    description:
      "The language of the file's texts, as a BCP 47 tag like en-GB or de; a site in several languages publishes each language's files under its own prefix, like /de/roles.json.",
  }),
  lastModified: IsoDate.meta({ description: "The latest lastModified of any guide on the site." }),
};

/** roles.json: every role. */
export const RolesExportSchema = z.strictObject({ ...listFields, roles: z.array(RoleItemSchema) }).meta({ title: "Role Guides: roles" });
/** skills.json: every skill. */
export const SkillsExportSchema = z.strictObject({ ...listFields, skills: z.array(SkillItemSchema) }).meta({ title: "Role Guides: skills" });
/** technologies.json: every technology. */
export const TechnologiesExportSchema = z
  .strictObject({ ...listFields, technologies: z.array(TechnologyItemSchema) })
  .meta({ title: "Role Guides: technologies" });

const entryFields = { version: Version, schema: listFields.schema, site: listFields.site, language: listFields.language };

/** roles/<slug>.json: one role with its text. */
export const RoleExportSchema = z.strictObject({ ...entryFields, role: RoleItemSchema.extend(bodyFields) }).meta({ title: "Role Guides: one role" });
/** skills/<slug>.json: one skill with its text. */
export const SkillExportSchema = z.strictObject({ ...entryFields, skill: SkillItemSchema.extend(bodyFields) }).meta({ title: "Role Guides: one skill" });
/** technologies/<slug>.json: one technology with its text. */
export const TechnologyExportSchema = z
  .strictObject({ ...entryFields, technology: TechnologyItemSchema.extend(bodyFields) })
  .meta({ title: "Role Guides: one technology" });

/** Every published export schema by the name of its file under /schema/ (roles → /schema/roles.schema.json). */
export const exportSchemas = {
  roles: RolesExportSchema,
  skills: SkillsExportSchema,
  technologies: TechnologiesExportSchema,
  role: RoleExportSchema,
  skill: SkillExportSchema,
  technology: TechnologyExportSchema,
} as const;

/** The name of a published export schema. */
export type ExportSchemaName = keyof typeof exportSchemas;

/** A role as roles.json lists it. */
export type RoleItem = z.infer<typeof RoleItemSchema>;
/** A skill as skills.json lists it. */
export type SkillItem = z.infer<typeof SkillItemSchema>;
/** A technology as technologies.json lists it. */
export type TechnologyItem = z.infer<typeof TechnologyItemSchema>;
