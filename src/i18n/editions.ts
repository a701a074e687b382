// The site in each of its languages: an edition is the whole site model as readers of one language see it. Guides
// translated into the language carry their translation's words and live under the language's prefix (/de/roles/x/);
// guides not yet translated stay in the lists with their original words and address, marked with the original's
// language (`hreflang`), so every list and link still reaches every guide. Labels (categories, kinds) come from the
// language's messages. Worked out once per model; frozen like the model.
import type { ByImportance, Guide, GuideGroup, GuideLink, Role, SiteModel, Skill, Technology, Translation } from "../content/model.ts";
import { importanceOrder, skillCategories, technologyKinds, type Importance, type SkillCategory, type TechnologyKind } from "../schema/taxonomy.ts";
import { titleComparer } from "../lib/text-order.ts";
import { siteLanguages, type SiteLanguage } from "./site-languages.ts";
import { languageName } from "./language-tags.ts";

/** The guides that have a page of their own in an edition. */
export interface EditionPages {
  roles: Role[];
  skills: Skill[];
  technologies: Technology[];
}

/** The site in one language. */
export interface Edition {
  language: SiteLanguage;
  /** The whole model in the edition's words: every guide, translated where a translation exists. */
  model: SiteModel;
  /** The guides with a page in this edition: every guide in the default edition, the translated ones in the others. */
  pages: EditionPages;
}

/** A version of one page in one language, for alternate links and the language switcher. */
export interface PageVersion {
  language: SiteLanguage;
  /** The page's site path in that language, like "/de/roles/x/". */
  url: string;
}

const editionsByModel = new WeakMap<SiteModel, Edition[]>();

/** Every edition of the site: the default language's first, then the others in the order of their folders. */
export function editionsOf(model: SiteModel): Edition[] {
  let editions = editionsByModel.get(model);
  if (!editions) {
    const languages = siteLanguages(model.settings.language, model.languages);
    const original = languages[0]!;
    editions = languages.map((language) => freeze(editionOf(model, language, original)));
    editionsByModel.set(model, editions);
  }
  return editions;
}

/** The site path of a page in an edition: "/roles/" in German is "/de/roles/". */
export function inEdition(language: Pick<SiteLanguage, "prefix">, sitePath: string): string {
  return `${language.prefix}${sitePath.replace(/^\//, "")}`;
}

/** The page a site path of an edition shows, as its default-language path: "/de/roles/x/" → "/roles/x/". */
export function pageKey(language: Pick<SiteLanguage, "prefix">, sitePath: string): string {
  return sitePath.startsWith(language.prefix) ? `/${sitePath.slice(language.prefix.length)}` : sitePath;
}

const guidePath = /^\/(roles|skills|technologies)\/[a-z0-9-]+\/$/;

/**
 * The versions of a page (by its default-language path) in every edition that has it: each list page in all, a guide
 * where it is translated, a file that is no page of its own (/404.html) in the default language only.
 */
export function pageVersions(editions: readonly Edition[], key: string): PageVersion[] {
  return editions.flatMap((edition) => {
    if (!key.endsWith("/") && !edition.language.isDefault) return [];
    if (guidePath.test(key) && !edition.language.isDefault) {
      const translated = [...edition.pages.roles, ...edition.pages.skills, ...edition.pages.technologies].some(
        (guide) => pageKey(edition.language, guide.url) === key,
      );
      if (!translated) return [];
    }
    return [{ language: edition.language, url: inEdition(edition.language, key) }];
  });
}

function editionOf(model: SiteModel, language: SiteLanguage, original: SiteLanguage): Edition {
  const messages = language.messages;
  const translations = new Map(
    (model.languages.find((content) => content.folder === language.folder)?.translations ?? []).map((translation) => [
      `${translation.collection}/${translation.slug}`,
      translation,
    ]),
  );
  const categoryLabel = (key: SkillCategory) => messages.t(`skillCategory.${key}`);
  const kindLabel = (key: TechnologyKind) => messages.t(`technologyKind.${key}`);
  const relabelled =
    translations.size === 0 &&
    (Object.keys(skillCategories) as SkillCategory[]).every((key) => categoryLabel(key) === skillCategories[key]) &&
    (Object.keys(technologyKinds) as TechnologyKind[]).every((key) => kindLabel(key) === technologyKinds[key]);
  // The default language of an English site: the model itself, so its pages stay exactly as they were.
  if (language.isDefault && relabelled) return { language, model, pages: { roles: model.roles, skills: model.skills, technologies: model.technologies } };

  const face = new Map<string, GuideLink>();
  const untranslated = {
    hreflang: original.pageLanguage,
    languageNote: messages.t("language.untranslated", { language: languageName(original.pageLanguage, language.pageLanguage) }),
  };
  const faceOf = (guide: Guide): GuideLink => {
    const translation = translations.get(`${guide.type === "role" ? "roles" : guide.type === "skill" ? "skills" : "technologies"}/${guide.slug}`);
    // summaryHtml is always set, so a translation's plain summary replaces an original's marked-up one.
    if (translation)
      return {
        slug: guide.slug,
        title: translation.title,
        summary: translation.summary,
        summaryHtml: translation.summaryHtml,
        url: inEdition(language, guide.url),
      };
    return {
      slug: guide.slug,
      title: guide.title,
      summary: guide.summary,
      summaryHtml: guide.summaryHtml,
      url: guide.url,
      ...(language.isDefault ? {} : untranslated),
    };
  };
  for (const guide of [...model.roles, ...model.skills, ...model.technologies]) face.set(guide.url, faceOf(guide));
  const link = <T extends GuideLink>(target: T): T => ({ ...target, ...face.get(target.url) });
  const links = <T extends GuideLink>(targets: readonly T[]): T[] => targets.map(link);
  const byImportance = <T extends GuideLink>(targets: ByImportance<T>): ByImportance<T> =>
    Object.fromEntries(importanceOrder.map((importance: Importance) => [importance, links(targets[importance])])) as ByImportance<T>;
  const words = (guide: Guide) => ({ ...guide, ...face.get(guide.url), ...translatedWords(translations.get(`${collectionOf(guide)}/${guide.slug}`)) });

  const roles: Role[] = model.roles.map((role) => ({
    ...words(role),
    type: "role",
    skills: byImportance(role.skills),
    technologies: links(role.technologies),
    worksWith: links(role.worksWith),
    movesTo: links(role.movesTo),
  }));
  const skills: Skill[] = model.skills.map(
    (skill) =>
      ({
        ...words(skill),
        type: "skill",
        categoryLabel: categoryLabel(skill.category),
        technologies: links(skill.technologies),
        prerequisites: links(skill.prerequisites),
        neededBy: byImportance(skill.neededBy),
      }) as Skill,
  );
  const technologies: Technology[] = model.technologies.map(
    (technology) =>
      ({
        ...words(technology),
        type: "technology",
        kindLabel: kindLabel(technology.kind),
        skills: links(technology.skills),
        usedBy: links(technology.usedBy),
      }) as Technology,
  );
  const compare = titleComparer(language.pageLanguage);
  const sorted = <T extends GuideLink>(items: T[]) => [...items].sort((a, b) => compare(a.title, b.title));
  const group = <T extends Guide>(items: T[], keys: readonly string[], keyOf: (item: T) => string, label: (key: string) => string): GuideGroup<T>[] =>
    keys.map((key) => ({ key, label: label(key), items: sorted(items.filter((item) => keyOf(item) === key)) })).filter((entry) => entry.items.length > 0);
  const localised: SiteModel = {
    ...model,
    roles: sorted(roles),
    skills: sorted(skills),
    technologies: sorted(technologies),
    skillsByCategory: group(
      skills,
      Object.keys(skillCategories),
      (skill) => skill.category,
      (key) => categoryLabel(key as SkillCategory),
    ),
    technologiesByKind: group(
      technologies,
      Object.keys(technologyKinds),
      (technology) => technology.kind,
      (key) => kindLabel(key as TechnologyKind),
    ),
  };
  const hasPage = (guide: Guide) => language.isDefault || translations.has(`${collectionOf(guide)}/${guide.slug}`);
  return {
    language,
    model: localised,
    pages: { roles: localised.roles.filter(hasPage), skills: localised.skills.filter(hasPage), technologies: localised.technologies.filter(hasPage) },
  };
}

/** The fields a translation gives a guide: its words, dates and source, replacing the original's. */
function translatedWords(translation: Translation | undefined): Partial<Guide> {
  if (!translation) return {};
  const { title, summary, summaryHtml, aliases, published, updated, reviewed, lastModified, body, headings, wordCount, sourcePath, lastUpdated, editUrl } =
    translation;
  return { title, summary, summaryHtml, aliases, published, updated, reviewed, lastModified, body, headings, wordCount, sourcePath, lastUpdated, editUrl };
}

function collectionOf(guide: Guide): "roles" | "skills" | "technologies" {
  return guide.type === "role" ? "roles" : guide.type === "skill" ? "skills" : "technologies";
}

function freeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) freeze(child);
  return Object.freeze(value);
}
