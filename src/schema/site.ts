// The site settings: <content>/site.yaml, optional; every field has a default, so a content folder without the file
// builds the site as it always has.
import { z } from "zod";
import { plainText, WebUrlSchema } from "./fields.ts";

/** Whether a collection's standard body sections must all be there (an error) or are only recommended (a warning). */
export const SectionRuleSchema = z.enum(["required", "recommended"]);

/** How strictly each collection's guides must follow their standard section headings. */
export const SectionsSchema = z.strictObject({
  /** The standard sections of role guides: required or recommended. */
  roles: SectionRuleSchema.default("recommended"),
  /** The standard sections of skill guides: required or recommended. */
  skills: SectionRuleSchema.default("recommended"),
  /** The standard sections of technology guides: required or recommended. */
  technologies: SectionRuleSchema.default("recommended"),
});

/** The home page's own words. */
export const HomeSchema = z.strictObject({
  /** The home page's heading (its h1). */
  heading: plainText(120).default("Find your way into a developer role"),
  /** One or two sentences under the heading; also the site's description for search engines, share cards and the footer. */
  introduction: plainText(300).default("Open guides to developer roles: what each role does, the skills and technologies it needs, and how to get there."),
});

/** The repository that holds the guides, for "Edit this page" links. */
export const RepositorySchema = z.strictObject({
  /** The repository's web address, like https://github.com/acme/guides. */
  url: WebUrlSchema.refine((value) => value.startsWith("https://"), { message: "an address starting with https://" }),
  /** The branch edits are proposed against. */
  branch: z
    .string()
    .regex(/^[^\s~^:?*[\\]+$/, { message: "a branch name like main" })
    .default("main"),
  /** The content folder's path inside the repository, like "content"; left out, it is found with git (or is the root). */
  path: z
    .string()
    .refine(
      (value) =>
        !value
          .replace(/^\/+|\/+$/g, "")
          .split("/")
          .some((segment) => segment === "." || segment === ".."),
      { message: "a folder path without . or .. segments, like content" },
    )
    .optional(),
});

/** Which external sites a guide may show images from. */
export const ImagesSchema = z.strictObject({
  /** Origins like https://upload.wikimedia.org that guides may load images from; the Content-Security-Policy allows exactly these. */
  allowedOrigins: z
    .array(z.string().refine(isHttpsOrigin, { message: "an origin: https:// and a host name, with no path, like https://images.example.org" }))
    .default([]),
});

/** A review age: a whole number and a unit, like "6 months" or "1 year". */
export const reviewAgePattern = /^([1-9]\d*) (day|week|month|year)s?$/;

/** How long a guide stays trusted after its last review. */
export const ReviewSchema = z.strictObject({
  /** How long after its `reviewed` date a guide is due for review again, like "6 months" or "1 year". */
  maxAge: z.string().regex(reviewAgePattern, { message: 'a number and a unit, like "6 months", "90 days" or "1 year"' }).default("6 months"),
  /** Whether every guide must have a `reviewed` date (an error without one); a guide past its review age is only warned about. */
  requireReviewed: z.boolean().default(false),
});

/** The settings in <content>/site.yaml. */
export const SiteSettingsSchema = z.strictObject({
  /** The site's name, shown in the header, page titles, share cards, the feed and the installed app. */
  name: plainText(60).default("Role Guides"),
  /** The home page's heading and introduction. */
  home: HomeSchema.default(HomeSchema.parse({})),
  /** An image under the content folder's images/ folder shown beside the name in the header, like images/logo.svg. */
  logo: z
    .string()
    .regex(/^images\/(?:[\w.-]+\/)*[\w.-]+\.(?:svg|png|webp|avif|jpe?g|gif)$/i, {
      message: "a path under images/ to an SVG, PNG, WebP, AVIF, JPEG or GIF file, like images/logo.svg",
    })
    .optional(),
  /** The repository holding the guides, for "Edit this page" links; --repository overrides it. */
  repository: RepositorySchema.optional(),
  /** The site's public address, like https://example.org/guides/; --base-url and BASE_URL override it. */
  baseUrl: z
    .string()
    .refine(isBaseUrl, { message: "an absolute https:// or http:// address like https://example.org/guides/, or a path like /guides/" })
    .optional(),
  /** The language the guides are written in, as a BCP 47 tag like en, en-GB or de; pages and search use it. */
  language: z
    .string()
    .refine(isLanguageTag, { message: "a BCP 47 language tag like en, en-GB or pt-BR" })
    .transform((tag) => Intl.getCanonicalLocales(tag)[0] ?? tag)
    .default("en"),
  /** For each collection, whether its standard body sections are required or recommended. */
  sections: SectionsSchema.default(SectionsSchema.parse({})),
  /** External image origins guides may use. */
  images: ImagesSchema.default(ImagesSchema.parse({})),
  /** When guides are due for review. */
  review: ReviewSchema.default(ReviewSchema.parse({})),
});

/** The validated site settings, defaults filled in. */
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

/** The settings a content folder without site.yaml gets. */
export const defaultSiteSettings: SiteSettings = SiteSettingsSchema.parse({});

/** A review age as luxon reads a duration, like { months: 6 } for "6 months". */
export function reviewAgeDuration(maxAge: string): Partial<Record<"days" | "weeks" | "months" | "years", number>> {
  const match = reviewAgePattern.exec(maxAge);
  if (!match) throw new Error(`review.maxAge: found "${maxAge}", expected a number and a unit, like "6 months"`);
  return { [`${match[2] ?? "month"}s`]: Number(match[1]) };
}

function isHttpsOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.origin === value.replace(/\/$/, "") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

function isBaseUrl(value: string): boolean {
  if (value.startsWith("/")) return !value.startsWith("//") && !value.split("/").some((segment) => segment === "." || segment === "..");
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.search === "" && url.hash === "";
  } catch {
    return false;
  }
}

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
