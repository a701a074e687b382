// Reads <content>/site.yaml: YAML with line positions, checked against the settings schema like a guide's front matter.
// Without the file every setting keeps its default.
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { defaultSiteSettings, SiteSettingsSchema, type SiteSettings } from "../schema/site.ts";
import { isInside } from "../lib/paths.ts";
import { anchorsAndAliases, parseStrictYaml, yamlErrorLine, yamlErrorSentence } from "../lib/strict-yaml.ts";
import { displayPath } from "./display-path.ts";
import { describeValue, type ContentProblem } from "./problems.ts";
import { describeIssues, lineOf, type YamlSource } from "./validate.ts";

/** The settings file's name at the root of the content folder. */
export const siteSettingsFile = "site.yaml";

/** The largest settings file accepted, in bytes. */
const maxSettingsBytes = 64 * 1024;

/** What reading site.yaml gave: the settings (the defaults where the file is missing or wrong) and its problems. */
export interface SiteSettingsResult {
  settings: SiteSettings;
  problems: ContentProblem[];
}

/** Reads and checks `<contentDir>/site.yaml`; a missing file gives the default settings and no problem. */
export async function loadSiteSettings(contentDir: string): Promise<SiteSettingsResult> {
  const file = path.join(contentDir, siteSettingsFile);
  const where = displayPath(file);
  const fail = (problem: Omit<ContentProblem, "file">): SiteSettingsResult => ({ settings: defaultSiteSettings, problems: [{ file: where, ...problem }] });
  const real = await realpath(file).catch((error: NodeJS.ErrnoException) => error);
  if (real instanceof Error) {
    if (real.code === "ENOENT") return { settings: defaultSiteSettings, problems: [] };
    return fail({ message: `the settings file cannot be read (${real.code ?? real.message})`, suggestion: "check its permissions" });
  }
  const root = await realpath(contentDir);
  if (!isInside(root, real)) return fail({ message: `${siteSettingsFile} is a symbolic link to ${real}, outside the content folder`, suggestion: "put the settings file itself in the content folder" });
  const info = await stat(real);
  if (!info.isFile()) return fail({ message: `found a folder named ${siteSettingsFile}, expected a YAML file`, suggestion: "replace it with a file" });
  if (info.size > maxSettingsBytes) return fail({ message: `the file is ${Math.ceil(info.size / 1024)} KB, expected at most ${maxSettingsBytes / 1024} KB`, suggestion: "keep only the settings in it" });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await readFile(real));
  } catch {
    return fail({ message: "the file is not valid UTF-8 text", suggestion: "save it with UTF-8 encoding" });
  }
  return checkSettings(root, where, text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
}

async function checkSettings(root: string, where: string, text: string): Promise<SiteSettingsResult> {
  const { document, lineCounter } = parseStrictYaml(text);
  const source: YamlSource = { file: where, frontMatter: document, lineCounter, frontMatterLine: 1 };
  const problems: ContentProblem[] = [...document.errors, ...document.warnings].map((error) => ({
    file: where,
    line: yamlErrorLine(error, lineCounter),
    message: `invalid YAML: ${yamlErrorSentence(error)}`,
    suggestion: error.code === "DUPLICATE_KEY" ? "each setting may appear once; merge the two" : "quote text that contains a colon followed by a space, or starts with a special character",
  }));
  for (const { range } of anchorsAndAliases(document)) {
    problems.push({ file: where, line: lineCounter.linePos(range[0]).line, message: "found a YAML anchor or alias, which site.yaml does not support", suggestion: "write the value out" });
  }
  if (problems.length > 0) return { settings: defaultSiteSettings, problems };
  const value: unknown = document.toJS({ maxAliasCount: 0 }) ?? {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { settings: defaultSiteSettings, problems: [{ file: where, line: 1, message: `found ${describeValue(value)}, expected settings written as "name: …" lines`, suggestion: "see README.md for the settings" }] };
  }
  const result = SiteSettingsSchema.safeParse(value);
  if (!result.success) return { settings: defaultSiteSettings, problems: describeIssues(source, SiteSettingsSchema, value, result.error.issues) };
  const logoProblem = result.data.logo === undefined ? undefined : await checkLogo(root, result.data.logo);
  if (logoProblem) return { settings: defaultSiteSettings, problems: [{ file: where, line: lineOf(source, ["logo"]), field: "logo", ...logoProblem }] };
  return { settings: result.data, problems: [] };
}

/** Checks that the logo is a file inside the content folder's images/ folder, following no link out of it. */
async function checkLogo(root: string, logo: string): Promise<Omit<ContentProblem, "file"> | undefined> {
  const images = path.join(root, "images");
  const real = await realpath(path.join(root, logo)).catch(() => undefined);
  if (real === undefined) return { message: `found "${logo}", but there is no such file in the content folder`, suggestion: `add the image as ${logo} in the content folder, or correct the path` };
  if (!isInside(images, real)) return { message: `found "${logo}", which leads outside the content folder's images/ folder`, suggestion: "copy the image into the images/ folder" };
  const info = await stat(real);
  if (!info.isFile()) return { message: `found "${logo}", which is a folder`, suggestion: "name the image file itself, like images/logo.svg" };
  return undefined;
}

/** The real path of the site's logo, once loadSiteSettings has checked it; undefined when the site has none. */
export async function logoFile(contentDir: string, settings: SiteSettings): Promise<string | undefined> {
  return settings.logo === undefined ? undefined : realpath(path.join(contentDir, settings.logo));
}
