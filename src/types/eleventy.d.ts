// Types for the part of Eleventy 3.1's API this project uses; Eleventy ships JavaScript without declarations.
declare module "@11ty/eleventy" {
  /** The events a plugin can listen to. */
  export interface EleventyEventArgs {
    directories: { input: string; output: string };
    runMode: "build" | "watch" | "serve";
    outputMode: "fs" | "json" | "ndjson";
    incremental: boolean;
    results?: Array<{ inputPath: string; outputPath: string | false; url: string | false; content: string }>;
  }

  /** The configuration object handed to `.eleventy.ts` and to every plugin. */
  export interface UserConfig {
    addPlugin<O>(plugin: (config: UserConfig, options: O) => unknown, options?: O): void;
    addPlugin(plugin: (config: UserConfig) => unknown): void;
    addGlobalData(name: string, data: unknown): UserConfig;
    /** `compile` wraps the language named by `key`: its function renders each page, calling `this.defaultRenderer`. */
    addExtension(
      extensions: string[],
      options: {
        key: string;
        compile?: (content: string, inputPath: string) => (this: { defaultRenderer: (data: unknown) => Promise<unknown> }, data: never) => Promise<unknown>;
      },
    ): void;
    addTemplateFormats(formats: string | string[]): void;
    setTemplateFormats(formats: string | string[]): void;
    addTransform(
      name: string,
      transform: (this: { page: { outputPath: string | false; inputPath: string; url: string } }, content: string) => string | Promise<string>,
    ): void;
    addWatchTarget(target: string, options?: { resetConfig?: boolean }): void;
    setWatchThrottleWaitTime(ms: number): void;
    setServerOptions(options: Record<string, unknown>): void;
    setServerPassthroughCopyBehavior(behavior: "copy" | "passthrough"): void;
    setQuietMode(quiet: boolean): void;
    setUseGitIgnore(use: boolean): void;
    setDataFileBaseName(name: string): void;
    ignores: { add(glob: string): void };
    /** A filter added by a plugin, like the HTML base plugin's transformWithHtmlBase. */
    getFilter(name: "transformWithHtmlBase"): (content: string, base?: string, pageUrl?: string) => Promise<string>;
    on(event: "eleventy.before" | "eleventy.after", handler: (args: EleventyEventArgs) => unknown): void;
    /** Before a watch-mode rebuild, with the files (relative to the working folder, or absolute) that triggered it. */
    on(event: "eleventy.beforeWatch", handler: (changedFiles: string[]) => unknown): void;
    /** After each watch-mode rebuild has finished, whether it succeeded or not. */
    on(event: "eleventy.afterwatch", handler: () => unknown): void;
    /** Once every page's data is known, just before the first is rendered: the page addresses of each template. */
    on(
      event: "eleventy.contentMap",
      handler: (map: { inputPathToUrl: Record<string, Array<string | false>>; urlToInputPath: Record<string, unknown> }) => unknown,
    ): void;
    setChokidarConfig(options: { awaitWriteFinish?: false | { stabilityThreshold: number; pollInterval: number } }): void;
    pathPrefix: string;
    dir: Record<string, string>;
  }

  /** Options for Eleventy's programmatic API. */
  export interface EleventyOptions {
    source?: "cli" | "script";
    runMode?: "build" | "serve" | "watch";
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    config?: (config: UserConfig) => unknown;
  }

  /** Eleventy's programmatic API. */
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<[unknown[], Array<{ inputPath: string; outputPath: string | false; url: string | false }>]>;
    /** Builds, starts watching, and resolves to the function that queues a rebuild for a changed path. */
    watch(): Promise<(path: string) => Promise<void>>;
    /** The file watcher, once watch() has resolved. */
    watcher?: { on(event: "unlink", listener: (path: string) => void): void };
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
    setIsVerbose(verbose: boolean): void;
  }

  /** Rewrites root-relative URLs in HTML to include the path prefix. */
  export function HtmlBasePlugin(config: UserConfig, options?: { baseHref?: string }): void;
}
