// The dev loop: Eleventy's watch mode, with content errors shown in the browser instead of stopping, served by our own
// small server: on 127.0.0.1 unless told otherwise, with the same rules and headers as `npm run serve` (see
// src/serve/site-files.ts) and a live reload. After an edit only the pages it touches are rendered again (see
// src/site/render-scope.ts) and the search index follows in the background, so a saved guide is served well within a second.
import { createServer } from "node:http";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import * as pagefind from "pagefind";
import { createBuildContext, provideBuildContext } from "../site/context.ts";
import type { RepositoryConfig } from "../content/repository.ts";
import { createSiteResponder } from "../serve/site-files.ts";
import { listen, serverOrigin } from "../serve/static-server.ts";
import { BackgroundWork } from "./background-work.ts";
import { LiveReload } from "./live-reload.ts";
import { eleventyConfigPath, layoutsDir, projectRoot } from "../lib/project-paths.ts";

/** Options for the dev server. */
export interface DevOptions {
  contentDir: string;
  port: number;
  /** The address to listen on (default 127.0.0.1, this machine only). */
  host?: string;
  baseUrl?: URL;
  pathPrefix: string;
  /** Where the dev build is written (default: .cache/dev-site, so the deployable _site is never half-written). */
  outputDir?: string;
  /** The repository the guides are edited in, for "Edit this page" links: absent for site.yaml's, null for none. */
  repository?: RepositoryConfig | null;
}

/** A running dev server. */
export interface DevServer {
  /** The address of the site's home page, like http://127.0.0.1:8080/. */
  url: string;
  /** Stops watching and serving, once background work (the search index) has finished. */
  close(): Promise<void>;
}

/** Builds, serves with live reload, and rebuilds on every change to content, layouts or styles. */
export async function startDevServer(options: DevOptions): Promise<DevServer> {
  const outputDir = options.outputDir ?? path.join(projectRoot, ".cache", "dev-site");
  const host = options.host ?? "127.0.0.1";
  const background = new BackgroundWork();
  const liveReload = await LiveReload.create();
  const respond = createSiteResponder({
    siteDir: outputDir,
    pathPrefix: options.pathPrefix,
    transformHtml: (html) => liveReload.addScript(html),
    routes: liveReload.routes(),
  });
  const server = createServer((request, response) => void respond(request, response));
  // Listen before the first build, so a port in use is reported at once; until then every address answers 404.
  const port = await listen(server, options.port, host);
  const eleventy = new Eleventy(layoutsDir, outputDir, {
    configPath: eleventyConfigPath,
    runMode: "watch",
    quietMode: true,
    config: (config) => {
      provideBuildContext(
        config,
        createBuildContext({
          contentDir: options.contentDir,
          outputDir,
          baseUrl: options.baseUrl,
          pathPrefix: options.pathPrefix,
          mode: "dev",
          repository: options.repository,
          background,
        }),
      );
      // Eleventy waits for a saved file to stay unchanged for 150 ms before rebuilding; editors write a guide at once.
      config.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });
      // Each rebuild (successful or not: content problems show in the page) ends with the pages reloading.
      config.on("eleventy.afterwatch", () => liveReload.reload());
    },
  });
  try {
    await eleventy.init();
    const rebuild = await eleventy.watch();
    // Eleventy rebuilds when a watched file is added or changed, not when one is deleted; a deleted guide changes the model.
    eleventy.watcher?.on("unlink", (file) => void rebuild(file));
  } catch (error) {
    server.close();
    throw error;
  }
  return {
    url: `${serverOrigin(host, port)}${options.pathPrefix}`,
    async close() {
      await eleventy.stopWatch();
      liveReload.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await background.idle();
      await pagefind.close();
    },
  };
}
