// The site model: every guide resolved and cross-linked, the one source all pages, feeds and exports read.
import type { Importance, SkillCategory, TechnologyKind } from "../schema/index.ts";
import type { SafeHtml } from "../lib/html.ts";
import type { ImageAsset } from "./markdown/images.ts";
import type { SiteSettings } from "../schema/site.ts";
import type { CollectionName } from "../schema/index.ts";
import type { MessageFile } from "../i18n/message-file.ts";

/** What every page of a guide knows about another guide it links to. */
export interface GuideLink {
  slug: string;
  title: string;
  /** One or two sentences, as plain text: what meta tags, feeds, search and data exports show. */
  summary: string;
  /** The summary as HTML, when it uses inline Markdown (emphasis, code; links as their text); pages and lists show it. */
  summaryHtml?: SafeHtml;
  url: string;
  /**
   * The language of the page the link leads to, when it is not the language of the page the link is on: in a
   * translated edition of the site, a guide not yet translated links to its original (see src/i18n/editions.ts).
   */
  hreflang?: string;
  /** With `hreflang`: the visible note that says so in the page's language, like "(Englisch)". */
  languageNote?: string;
}

/** A link to a skill, with its category. */
export interface SkillLink extends GuideLink {
  category: SkillCategory;
}

/** A link to a technology, with its kind. */
export interface TechnologyLink extends GuideLink {
  kind: TechnologyKind;
}

/** Links grouped by how much a role needs them. */
export type ByImportance<T> = Record<Importance, T[]>;

/** A heading in a guide's body, for tables of contents and anchor checks. */
export interface Heading {
  level: number;
  text: string;
  id: string;
}

/** A source a reviewer checked a guide's facts against. */
export interface ReviewSource {
  title: string;
  url: string;
}

/** What every guide has, whatever its collection. */
export interface GuideBase extends GuideLink {
  aliases: string[];
  published: string;
  updated?: string;
  /** The day someone last checked the guide's facts, when the guide says. */
  reviewed?: string;
  /** The sources that check used; empty when the guide lists none. */
  sources: ReviewSource[];
  /** The later of published and updated: when the guide last changed. */
  lastModified: string;
  /** The rendered Markdown body: the only HTML that comes from content, rendered with raw HTML off. */
  body: SafeHtml;
  headings: Heading[];
  wordCount: number;
  /** The source file, relative to the content folder, in forward slashes. */
  sourcePath: string;
  /** The day the source file last changed: its last commit in git history, else lastModified. Set by buildModel. */
  lastUpdated?: string;
  /** Where to edit the source file in the repository, when the build knows the repository. */
  editUrl?: string;
}

/** A role guide, resolved. */
export interface Role extends GuideBase {
  type: "role";
  skills: ByImportance<SkillLink>;
  technologies: TechnologyLink[];
  worksWith: GuideLink[];
  movesTo: GuideLink[];
}

/** A skill guide, resolved, with the roles that need it. */
export interface Skill extends GuideBase {
  type: "skill";
  category: SkillCategory;
  categoryLabel: string;
  technologies: TechnologyLink[];
  prerequisites: SkillLink[];
  neededBy: ByImportance<GuideLink>;
}

/** A technology guide, resolved, with the roles and skills that use it. */
export interface Technology extends GuideBase {
  type: "technology";
  kind: TechnologyKind;
  kindLabel: string;
  /** The official home page, when the guide names one. */
  homepage?: string;
  skills: SkillLink[];
  usedBy: GuideLink[];
}

/** Any resolved guide. */
export type Guide = Role | Skill | Technology;

/** A titled group of guides, like the skills in one category. */
export interface GuideGroup<T> {
  key: string;
  label: string;
  items: T[];
}

/** Every guide of a site: its roles, then its skills, then its technologies, each in the model's order. */
export function allGuides(model: Pick<SiteModel, "roles" | "skills" | "technologies">): Guide[] {
  return [...model.roles, ...model.skills, ...model.technologies];
}

/** Everything the site publishes. */
export interface SiteModel {
  roles: Role[];
  skills: Skill[];
  technologies: Technology[];
  skillsByCategory: GuideGroup<Skill>[];
  technologiesByKind: GuideGroup<Technology>[];
  /** The latest lastModified of any guide, for feeds and sitemaps. */
  lastModified: string;
  /** The site settings from the content folder's site.yaml, defaults filled in. */
  settings: SiteSettings;
  /** The images guides show from the content folder, each processed once into the output folder's images/. */
  images: ImageAsset[];
  /** The content folder's language folders (<content>/<lang>/): each language's translations and interface messages. */
  languages: LanguageContent[];
}

/** A guide's words in another language, from <content>/<lang>/<collection>/<slug>.md; the rest comes from the original. */
export interface Translation {
  /** The language, as a canonical BCP 47 tag like "de" or "pt-BR". */
  language: string;
  collection: CollectionName;
  /** The slug of the guide it translates. */
  slug: string;
  title: string;
  summary: string;
  /** The summary as HTML, when it uses inline Markdown (see GuideLink). */
  summaryHtml?: SafeHtml;
  aliases: string[];
  published: string;
  updated?: string;
  reviewed?: string;
  /** The later of published and updated. */
  lastModified: string;
  /** The rendered body, its links leading to this language's translations where there are some. */
  body: SafeHtml;
  headings: Heading[];
  wordCount: number;
  /** The source file, relative to the content folder, like "de/roles/back-end-developer.md". */
  sourcePath: string;
  /** The day the source file last changed in git, else lastModified. */
  lastUpdated?: string;
  editUrl?: string;
}

/** What the content folder holds for one language: translations (never for the default language) and messages. */
export interface LanguageContent {
  /** The language's canonical BCP 47 tag, like "de" or "pt-BR". */
  tag: string;
  /** Its folder under the content folder, the tag in lower case: "pt-br". */
  folder: string;
  /** Its translated guides, in the order of the originals. */
  translations: Translation[];
  /** The interface messages of <content>/<lang>/messages.yaml, when the folder has one. */
  messages?: MessageFile;
}
