// schema.org structured data (JSON-LD) for pages: Occupation for roles, DefinedTerm for skills and technologies.
import type { Guide, GuideLink, Role, SiteModel, Skill, Technology } from "../content/model.ts";
import { publicUrl, type SiteLocation } from "./public-url.ts";
import { catalogueTranslator, type Messages } from "../i18n/messages.ts";

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** The site's name and description, as structured data names them. */
export interface SiteNaming extends SiteLocation {
  name: string;
  description: string;
  /** The language of the page, a BCP 47 tag. */
  language: string;
  /** The words of the page's language (English by default) and where its pages live ("/" or "/de/"). */
  messages?: Messages;
  languagePrefix?: string;
}

const termSets = {
  skill: { name: "nav.skills", path: "/skills/" },
  technology: { name: "nav.technologies", path: "/technologies/" },
} as const;

function words(site: SiteNaming): Messages {
  return site.messages ?? catalogueTranslator();
}

/** A site path in the page's language: "/skills/" is "/de/skills/" on a German page. */
function local(site: SiteNaming, sitePath: string): string {
  return `${site.languagePrefix ?? "/"}${sitePath.slice(1)}`;
}

function webSite(site: SiteNaming): JsonLd {
  return { "@type": "WebSite", "@id": `${publicUrl(site, local(site, "/"))}#website`, name: site.name, url: publicUrl(site, local(site, "/")) };
}

function termSet(site: SiteNaming, kind: keyof typeof termSets): JsonLd {
  const url = publicUrl(site, local(site, termSets[kind].path));
  return {
    "@type": "DefinedTermSet",
    "@id": `${url}#terms`,
    name: words(site).t("structuredData.termSet", { site: site.name, name: words(site).t(termSets[kind].name) }),
    url,
  };
}

function term(site: SiteNaming, link: GuideLink): JsonLd {
  return { "@type": "DefinedTerm", name: link.title, termCode: link.slug, url: publicUrl(site, link.url) };
}

function termInSet(site: SiteNaming, link: GuideLink, kind: keyof typeof termSets): JsonLd {
  return { ...term(site, link), inDefinedTermSet: { "@id": `${publicUrl(site, local(site, termSets[kind].path))}#terms` } };
}

function withAliases(aliases: readonly string[]): JsonLd {
  return aliases.length > 0 ? { alternateName: [...aliases] } : {};
}

function roleEntity(site: SiteNaming, role: Role): JsonLd {
  const skills = [...role.skills.required, ...role.skills.recommended, ...role.skills.niceToHave];
  return {
    "@type": "Occupation",
    name: role.title,
    description: role.summary,
    ...withAliases(role.aliases),
    url: publicUrl(site, role.url),
    skills: skills.map((skill) => termInSet(site, skill, "skill")),
  };
}

function skillEntity(site: SiteNaming, skill: Skill): JsonLd {
  return { ...term(site, skill), description: skill.summary, ...withAliases(skill.aliases), inDefinedTermSet: termSet(site, "skill") };
}

function technologyEntity(site: SiteNaming, technology: Technology): JsonLd {
  return {
    ...term(site, technology),
    description: technology.summary,
    ...withAliases(technology.aliases),
    ...(technology.homepage ? { sameAs: technology.homepage } : {}),
    inDefinedTermSet: termSet(site, "technology"),
  };
}

function entityOf(site: SiteNaming, guide: Guide): JsonLd {
  if (guide.type === "role") return roleEntity(site, guide);
  if (guide.type === "skill") return skillEntity(site, guide);
  return technologyEntity(site, guide);
}

const sectionOf = {
  role: { name: "nav.roles", path: "/roles/" },
  skill: { name: "nav.skills", path: "/skills/" },
  technology: { name: "nav.technologies", path: "/technologies/" },
} as const;

/** A guide page: the web page, its breadcrumb trail, and the role, skill or technology it is about as its main entity. */
export function guidePageData(site: SiteNaming, guide: Guide): JsonLd {
  const url = publicUrl(site, guide.url);
  const section = sectionOf[guide.type];
  const trail = [
    { name: words(site).t("site.home"), url: publicUrl(site, local(site, "/")) },
    { name: words(site).t(section.name), url: publicUrl(site, local(site, section.path)) },
    { name: guide.title, url },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "WebPage",
    "@id": url,
    url,
    name: guide.title,
    description: guide.summary,
    inLanguage: site.language,
    datePublished: guide.published,
    dateModified: guide.lastModified,
    isPartOf: webSite(site),
    breadcrumb: {
      "@type": "BreadcrumbList",
      itemListElement: trail.map((step, index) => ({ "@type": "ListItem", position: index + 1, name: step.name, item: step.url })),
    },
    mainEntity: entityOf(site, guide),
  };
}

/** The skills or technologies index: the set of every term it defines. */
export function termSetPageData(site: SiteNaming, kind: keyof typeof termSets, model: SiteModel): JsonLd {
  const guides = kind === "skill" ? model.skills : model.technologies;
  return {
    "@context": "https://schema.org",
    ...termSet(site, kind),
    description: words(site).t(kind === "skill" ? "structuredData.skillsDescription" : "structuredData.technologiesDescription"),
    hasDefinedTerm: guides.map((guide) => term(site, guide)),
  };
}

/** The home page: the site itself. */
export function homePageData(site: SiteNaming): JsonLd {
  return { "@context": "https://schema.org", ...webSite(site), description: site.description, inLanguage: site.language };
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>` and `&` become \u escapes, so no text inside can
 * close the element or open a comment, and U+2028/U+2029 are escaped for old JavaScript parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
