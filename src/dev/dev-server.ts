// The dev loop: Eleventy's watch mode and dev server, with content errors shown in the browser instead of stopping.
// After an edit only the pages it touches are rendered again (see src/site/render-scope.ts) and the search index
// follows in the background, so a saved guide is served well within a second.
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import * as pagefind from "pagefind";
import { createBuildContext, provideBuildContext } from "../site/context.ts";
import type { RepositoryConfig } from "../content/repository.ts";
import { BackgroundWork } from "./background-work.ts";
import { eleventyConfigPath, layoutsDir, projectRoot } from "../lib/project-paths.ts";

/** Options for the dev server. */
export interface DevOptions {
  contentDir: string;
  port: number;
  baseUrl?: URL;
  pathPrefix: string;
  /** Where the dev build is written (default: .cache/dev-site, so the deployable _site is never half-written). */
  outputDir?: string;
  /** The repository the guides are edited in, for "Edit this page" links. */
  repository?: RepositoryConfig;
}

/** A running dev server. */
export interface DevServer {
  /** Stops watching and serving, once background work (the search index) has finished. */
  close(): Promise<void>;
}

/** Builds, serves with live reload, and rebuilds on every change to content, layouts or styles. */
export async function startDevServer(options: DevOptions): Promise<DevServer> {
  const outputDir = options.outputDir ?? path.join(projectRoot, ".cache", "dev-site");
  const background = new BackgroundWork();
  const eleventy = new Eleventy(layoutsDir, outputDir, {
    configPath: eleventyConfigPath,
    runMode: "serve",
    quietMode: true,
    config: (config) => {
      provideBuildContext(config, createBuildContext({ contentDir: options.contentDir, outputDir, baseUrl: options.baseUrl, pathPrefix: options.pathPrefix, mode: "dev", repository: options.repository, background }));
      config.setServerOptions({ port: options.port, showVersion: false });
      // Eleventy waits for a saved file to stay unchanged for 150 ms before rebuilding; editors write a guide at once.
      config.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });
    },
  });
  await eleventy.init();
  const rebuild = await eleventy.watch();
  // Eleventy rebuilds when a watched file is added or changed, not when one is deleted; a deleted guide changes the model.
  eleventy.watcher?.on("unlink", (file) => void rebuild(file));
  await eleventy.serve(options.port);
  return {
    async close() {
      await eleventy.stopWatch();
      await background.idle();
      await pagefind.close();
    },
  };
}
