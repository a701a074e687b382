// The build context: everything one build or dev session knows besides the guides. The command line creates it and
// hands it to Eleventy's configuration, which passes it to every plugin as its options.
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import type { SiteModel } from "../content/model.ts";
import type { ContentProblem } from "../content/problems.ts";
import type { RepositoryConfig } from "../content/repository.ts";
import { defaultSiteSettings } from "../schema/site.ts";
import { renderEverything, type RenderScope } from "./render-scope.ts";

/** What changed before an Eleventy run: everything, or only these files (absolute paths). */
export type RunChanges = { everything: true } | { everything: false; files: readonly string[] };

/** Work the dev server runs after a page is served (see src/dev/background-work.ts). */
export interface BackgroundRunner {
  /** Returns a function that starts `task` in the background, one run at a time. */
  refresher(name: string, task: () => Promise<void>): () => void;
}

/**
 * Where a build takes over the steps that finish the output folder (src/site/post-build.ts), to run them once Eleventy
 * has returned and let go of every page it rendered, rather than inside Eleventy's run.
 */
export interface FinishingSteps {
  /** Set by the post-build plugin: runs every step in order. */
  run?: () => Promise<void>;
}

/** What a build reports as it goes; the command line shows it as a progress line (src/build/progress.ts). */
export interface ProgressSink {
  /** Starts a phase, ending the one before; `total` when the number of items it works through is known. */
  phase(name: string, total?: { count: number; unit: string }): void;
  /** One more item of the current phase is done. */
  advance(): void;
}

/** What the templates see of the content in the current run; the content plugin keeps it up to date. */
export interface ContentState {
  model: SiteModel;
  /** The problems of the latest edit (dev mode only; a build stops at the first problem list). */
  problems: ContentProblem[];
  /** Which pages this run renders. */
  renderScope: RenderScope;
}

/** Everything the plugins need to know about one build or dev session. */
export interface BuildContext {
  /** The folder holding roles/, skills/ and technologies/. */
  readonly contentDir: string;
  /** Where Eleventy writes; during `build` a temporary folder that replaces the output folder on success. */
  readonly outputDir: string;
  /** The site's public address, like https://example.org/guides/, when known. */
  readonly baseUrl?: URL;
  /** The URL path the site lives under: "/" or "/guides/". */
  readonly pathPrefix: string;
  /** "build" writes once; "dev" watches, rebuilds and reports content errors in the browser. */
  readonly mode: "build" | "dev";
  /** Whether the model was built and validated before Eleventy started (a build); otherwise every run builds it. */
  readonly modelIsPrebuilt: boolean;
  /** The repository the guides are edited in, for "Edit this page" links: absent for site.yaml's, null for none. */
  readonly repository?: RepositoryConfig | null;
  /** Where the dev server runs work a reload need not wait for (the search index after an edit). */
  readonly background?: BackgroundRunner;
  /** Where the build reports its phases and pages, when someone is watching. */
  readonly progress?: ProgressSink;
  /** When set, the post-build steps are handed over here instead of running at the end of each Eleventy run. */
  readonly finishingSteps?: FinishingSteps;
  /** The content of the current run. */
  readonly content: ContentState;
  /** What changed before the current run; updated from Eleventy's watch events. */
  changes: RunChanges;
}

/** What the command line decides about a build or dev session. */
export interface BuildContextOptions {
  contentDir: string;
  outputDir: string;
  baseUrl?: URL;
  pathPrefix: string;
  mode: "build" | "dev";
  /** A model already built and validated by the caller; otherwise the content plugin builds it on every run. */
  model?: SiteModel;
  repository?: RepositoryConfig | null;
  background?: BackgroundRunner;
  progress?: ProgressSink;
  finishingSteps?: FinishingSteps;
}

const emptyModel: SiteModel = {
  roles: [],
  skills: [],
  technologies: [],
  skillsByCategory: [],
  technologiesByKind: [],
  lastModified: "1970-01-01",
  images: [],
  settings: defaultSiteSettings,
  languages: [],
};

/** Creates the context of one build or dev session. */
export function createBuildContext(options: BuildContextOptions): BuildContext {
  const { model, ...settings } = options;
  return {
    ...settings,
    modelIsPrebuilt: model !== undefined,
    content: { model: model ?? emptyModel, problems: [], renderScope: renderEverything },
    changes: { everything: true },
  };
}

const contextByConfig = new WeakMap<UserConfig, BuildContext>();

/**
 * Hands a context to the Eleventy configuration about to load `.eleventy.ts`. Eleventy offers no other way into a
 * configuration file, so this is the one place a context travels beside Eleventy's own options.
 */
export function provideBuildContext(config: UserConfig, context: BuildContext): void {
  contextByConfig.set(config, context);
}

/** The context handed to this configuration; Eleventy started directly gets a plain build of content/ into _site/, and says so. */
export function buildContextOf(config: UserConfig): BuildContext {
  const provided = contextByConfig.get(config);
  if (provided) return provided;
  console.warn(
    "Eleventy started directly: building content/ into _site/ with the default settings. `npm run build` also checks every guide first and replaces the output folder only when the build succeeds.",
  );
  const context = createBuildContext({ contentDir: path.resolve("content"), outputDir: path.resolve("_site"), pathPrefix: "/", mode: "build" });
  contextByConfig.set(config, context);
  return context;
}
