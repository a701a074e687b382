// The comparison data of a whole site: every role's profile, the titles and addresses of skills and technologies, and
// the pairs of closely related roles; the picker reads it from /compare/roles.json.
import type { SiteModel } from "../content/model.ts";
import { roleProfile, type LinkInfo, type RoleProfile } from "./role-profile.ts";
import { pairPath, relatedPairs } from "./related-roles.ts";
import { withPathPrefix } from "../lib/url-paths.ts";

/** A comparison page the build writes, for a pair of closely related roles. */
export interface PairInfo {
  roles: [string, string];
  url: string;
}

/** Everything the comparison picker needs, written to /compare/roles.json; every URL already carries the path prefix. */
export interface CompareData {
  version: 1;
  roles: RoleProfile[];
  skills: Record<string, LinkInfo>;
  technologies: Record<string, LinkInfo>;
  pairs: PairInfo[];
}

/**
 * The comparison data of a whole site, with URLs under `pathPrefix` ("/" for pages, which the build prefixes itself);
 * the comparison pages of an edition in another language live under its prefix (`languagePrefix`, like "/de/").
 * Finding the related pairs compares every two roles: src/views/ works it out once per model.
 */
export function compareData(model: Pick<SiteModel, "roles" | "skills" | "technologies">, pathPrefix: string, languagePrefix = "/"): CompareData {
  const roles = model.roles.map(roleProfile).map((role) => ({ ...role, url: withPathPrefix(pathPrefix, role.url) }));
  const links = (guides: ReadonlyArray<{ slug: string; title: string; url: string; hreflang?: string; languageNote?: string }>) =>
    Object.fromEntries(
      guides.map((guide) => [
        guide.slug,
        {
          title: guide.title,
          url: withPathPrefix(pathPrefix, guide.url),
          ...(guide.hreflang ? { hreflang: guide.hreflang, languageNote: guide.languageNote } : {}),
        },
      ]),
    );
  return {
    version: 1,
    roles,
    skills: links(model.skills),
    technologies: links(model.technologies),
    pairs: relatedPairs(roles).map(([a, b]) => ({
      roles: [a.slug, b.slug],
      url: withPathPrefix(pathPrefix, withPathPrefix(languagePrefix, pairPath(a.slug, b.slug))),
    })),
  };
}
