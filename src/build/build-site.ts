// A whole build: validate the content, render with Eleventy into a temporary folder, index it, then swap it in.
import { randomBytes } from "node:crypto";
import { chmod, lstat, mkdir, readdir, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { tryBuildModel } from "../content/index.ts";
import { ContentError, isError, type ContentProblem } from "../content/problems.ts";
import type { RepositoryConfig } from "../content/repository.ts";
import { reviewDay, reviewsDue, type ReviewDue } from "../content/reviews.ts";
import { allGuides } from "../content/model.ts";
import { createBuildContext, provideBuildContext, type BuildContext, type FinishingSteps, type ProgressSink } from "../site/context.ts";
import { eleventyConfigPath, layoutsDir, projectRoot } from "../lib/project-paths.ts";
import { isInside } from "../lib/paths.ts";
import { collectGarbage } from "../lib/memory.ts";

/** The file that marks a folder as one this generator wrote, so it may be replaced. */
export const outputMarker = ".role-guides-output";

/** What the caller asks of a build. */
export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  baseUrl?: URL;
  pathPrefix: string;
  /** The repository the guides are edited in, for "Edit this page" links: absent for site.yaml's, null for none. */
  repository?: RepositoryConfig | null;
  /** Where to report the build's phases and pages (src/build/progress.ts); silent when absent. */
  progress?: ProgressSink;
}

/** What a finished build reports. */
export interface BuildReport {
  pages: number;
  roles: number;
  skills: number;
  technologies: number;
  /** The guides whose review is older than site.yaml's review.maxAge today, oldest first, and that period; they stop nothing. */
  reviews: { due: ReviewDue[]; maxAge: string };
  /** The content's warnings: problems `npm run check` reports as warnings, which do not stop a build. */
  warnings: ContentProblem[];
}

/** Builds the site; on any error the previous output folder is left exactly as it was. */
export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  const contentDir = path.resolve(options.contentDir);
  const outputDir = path.resolve(options.outputDir);
  await assertReplaceable(outputDir, contentDir);
  // The same validation `npm run check` runs: its errors stop the build, its warnings are reported and stop nothing.
  const { progress } = options;
  progress?.phase("Reading the guides");
  const { model, problems: warnings } = await tryBuildModel(contentDir, { repository: options.repository });
  if (!model) throw new ContentError(warnings.filter(isError));
  const parent = path.dirname(outputDir);
  await mkdir(parent, { recursive: true }).catch((error: unknown) => {
    throw new Error(`--output ${outputDir}: cannot create the folder ${parent} (${errorCode(error)}); choose a folder you can write to`);
  });
  // mkdir, unlike mkdtemp's 0700, gives the folder the usual permissions (0777 less the umask), which it keeps once swapped in.
  const staging = path.join(parent, `.${path.basename(outputDir)}.building-${randomBytes(6).toString("hex")}`);
  await mkdir(staging);
  try {
    const finishingSteps: FinishingSteps = {};
    const context = createBuildContext({
      contentDir,
      outputDir: staging,
      baseUrl: options.baseUrl,
      pathPrefix: options.pathPrefix,
      mode: "build",
      model,
      repository: options.repository,
      progress,
      finishingSteps,
    });
    progress?.phase("Preparing pages");
    const pages = await writePages(staging, context);
    // Eleventy and the pages it held are garbage by now: collected at once, at 10,000 guides that gives back about
    // 600 MB before Pagefind, in its own process, needs 1.5 GB to write the index (docs/performance.md).
    collectGarbage();
    await finishingSteps.run?.();
    await writeFile(path.join(staging, outputMarker), "This folder is written by Role Guides and replaced whole on every build.\n");
    progress?.phase("Replacing the output folder");
    await swapIn(staging, outputDir);
    // A guide without a date is not warned about: the field is optional, and when site.yaml requires it there is no build.
    const due = reviewsDue(allGuides(model), model.settings.review, reviewDay()).filter((item) => item.reviewed);
    return {
      pages,
      roles: model.roles.length,
      skills: model.skills.length,
      technologies: model.technologies.length,
      reviews: { due, maxAge: model.settings.review.maxAge },
      warnings,
    };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Has Eleventy render and write every page into `staging` and returns how many it wrote, keeping nothing of it. */
async function writePages(staging: string, context: BuildContext): Promise<number> {
  const eleventy = new Eleventy(layoutsDir, staging, {
    configPath: eleventyConfigPath,
    quietMode: true,
    config: (config) => provideBuildContext(config, context),
  });
  const [, pages] = await eleventy.write();
  return pages.length;
}

/**
 * Replaces `target` with `staging` in two renames, so readers of `target` never see a half-written site; the new folder
 * keeps the old one's permissions. An empty folder someone made for the site is kept (its owner with it) and the site
 * moved into it instead.
 */
async function swapIn(staging: string, target: string): Promise<void> {
  const exists = await lstat(target).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await rename(staging, target);
    return;
  }
  const present = await readdir(target);
  if (present.length === 0) {
    for (const entry of await readdir(staging)) await rename(path.join(staging, entry), path.join(target, entry));
    await rm(staging, { recursive: true, force: true });
    return;
  }
  // The new folder takes the permissions the old one had, which its owner may have chosen.
  await chmod(staging, (await stat(target)).mode & 0o7777);
  const retired = `${staging}.old`;
  await rename(target, retired);
  try {
    await rename(staging, target);
  } catch (error) {
    await rename(retired, target);
    throw error;
  }
  await rm(retired, { recursive: true, force: true });
}

/**
 * Refuses an output folder that would swallow the sources, or that is anything but a folder this generator wrote (or an
 * empty one): a file, someone else's folder or a symbolic link is never deleted or replaced.
 */
async function assertReplaceable(outputDir: string, contentDir: string): Promise<void> {
  // Compare real paths, so a symlinked parent cannot hide that the output lands in the sources.
  const realOutput = await realPathOfNew(outputDir);
  for (const [name, folder] of [
    ["the content folder", contentDir],
    ["the generator", projectRoot],
    ["the working directory", process.cwd()],
  ] as const) {
    const realFolder = await realPathOfNew(folder);
    if (realOutput === realFolder || isInside(realOutput, realFolder)) {
      throw new Error(`--output ${outputDir}: the output folder would contain ${name} and replace it on every build; choose a folder of its own, like _site`);
    }
  }
  if (isInside(await realPathOfNew(contentDir), realOutput)) {
    throw new Error(`--output ${outputDir}: the output folder is inside the content folder; choose a folder outside it, like _site`);
  }
  const found = await lstat(outputDir).catch(() => undefined);
  if (!found) return;
  if (found.isSymbolicLink()) {
    throw new Error(
      `--output ${outputDir}: this is a symbolic link, and every build replaces the output folder whole; give the folder it points to, or a new folder`,
    );
  }
  if (!found.isDirectory()) {
    throw new Error(`--output ${outputDir}: this is a file, not a folder, and every build replaces the output folder whole; choose a new folder, like _site`);
  }
  const entries = await readdir(outputDir).catch((error: unknown) => {
    throw new Error(`--output ${outputDir}: the folder cannot be read (${errorCode(error)}); choose a folder you can write to`);
  });
  if (entries.length === 0) return;
  const marker = await lstat(path.join(outputDir, outputMarker)).catch(() => undefined);
  if (!marker?.isFile()) {
    throw new Error(
      `--output ${outputDir}: the folder exists and was not written by Role Guides, and every build replaces it whole; choose an empty or new folder, or remove it`,
    );
  }
}

/** The real path `target` has or would have once created: its deepest existing folder resolved, the rest appended. */
async function realPathOfNew(target: string): Promise<string> {
  const missing: string[] = [];
  let current = path.resolve(target);
  for (;;) {
    const real = await realpath(current).catch(() => undefined);
    if (real !== undefined) return path.join(real, ...missing.reverse());
    const parent = path.dirname(current);
    if (parent === current) return path.resolve(target);
    missing.push(path.basename(current));
    current = parent;
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}
