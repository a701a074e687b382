// The command line: build, dev, serve, check and new, each delegating to its own module.
import path from "node:path";
import { parseArgs } from "node:util";
import * as pagefind from "pagefind";
import { buildSite } from "./build/build-site.ts";
import { createProgress } from "./build/progress.ts";
import { ContentError, formatProblem, sortProblems, type ContentProblem } from "./content/problems.ts";
import { startDevServer } from "./dev/dev-server.ts";
import { serveSite } from "./serve/static-server.ts";
import { parseBaseUrl } from "./site/base-url.ts";
import { packageBaseUrl } from "./lib/package-config.ts";
import { runCheckCommand } from "./check/command.ts";
import { parseRepositoryOption } from "./content/repository.ts";
import { loadSiteSettings } from "./content/site-settings.ts";
import { reviewWarning } from "./content/reviews.ts";
import { createGuide, ScaffoldError } from "./scaffold/index.ts";
import { createTranslation } from "./scaffold/translation.ts";

const usage = `Usage: npm run <command> -- [options]

Commands:
  build    Validate the guides and build the site into the output folder
  start    Build, serve on localhost and rebuild on every change (tsx src/cli.ts dev)
  serve    Serve an already built folder on localhost, search included
  check    Check every guide without building: schema, links, style, sections (--fix, --watch)
  new      Start a guide: npm run new -- role "Site reliability engineer" (or skill, technology), or a
           translation: npm run new -- role "Backend-Entwickler:in" --lang de --translates back-end-developer

Options:
  --content <dir>    Folder holding roles/, skills/ and technologies/ (default: content)
  --output <dir>     Folder the site is written to (default: _site)
  --base-url <url>   Public address or path of the site, like https://example.org/guides/ (default: BASE_URL,
                     then baseUrl in site.yaml, then roleGuides.baseUrl in package.json, then /)
  --port <number>    Port for start and serve (default: 8080)
  --host <address>   Address start and serve listen on (default: 127.0.0.1, this machine only; 0.0.0.0 for
                     every network, so other devices can reach it)
  --repository <url> Repository for "Edit this page" links, or "none" (default: ROLE_GUIDES_REPOSITORY, then
                     repository in the content folder's site.yaml)
  --summary, --category, --kind, --homepage <value>   Starting values for new
  --lang <tag>, --translates <slug>   Make new start a translation of that guide into that language
  --force            Let new write a guide whose title is close to an existing one's
  --help             Show this help`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      content: { type: "string", default: "content" },
      output: { type: "string", default: "_site" },
      "base-url": { type: "string" },
      port: { type: "string", default: process.env.PORT ?? "8080" },
      host: { type: "string", default: "127.0.0.1" },
      help: { type: "boolean", default: false },
      repository: { type: "string", default: process.env.ROLE_GUIDES_REPOSITORY },
      fix: { type: "boolean", default: false },
      watch: { type: "boolean", default: false },
      summary: { type: "string" },
      category: { type: "string" },
      kind: { type: "string" },
      homepage: { type: "string" },
      force: { type: "boolean", default: false },
      lang: { type: "string" },
      translates: { type: "string" },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return values.help ? 0 : 1;
  }
  // site.yaml's problems are reported with the guides' by the build and the check; here its defaults stand in for them.
  const { settings } = await loadSiteSettings(path.resolve(values.content));
  const base = parseBaseUrl(...baseUrlSetting(values["base-url"], settings.baseUrl, path.join(values.content, "site.yaml")));
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) throw new Error(`--port: found ${JSON.stringify(values.port)}, expected a whole number from 0 to 65535`);
  const host = checkedHost(values.host);

  // Without --repository the model takes the repository from site.yaml; a bare address keeps site.yaml's branch and path.
  const configured = settings.repository && { url: settings.repository.url, branch: settings.repository.branch, contentPath: settings.repository.path ?? "" };
  const repository = values.repository === undefined ? undefined : parseRepositoryOption(values.repository, configured);

  switch (command) {
    case "check":
      return runCheckCommand({ contentDir: path.resolve(values.content), fix: values.fix, watch: values.watch, github: process.env.GITHUB_ACTIONS === "true" });
    case "new": {
      const [kind = "", ...words] = rest;
      if (!kind || words.length === 0) throw new ScaffoldError('say what to start and its title, like: npm run new -- role "Site reliability engineer"');
      if (values.lang !== undefined || values.translates !== undefined) {
        if (values.lang === undefined || values.translates === undefined)
          throw new ScaffoldError(
            'a translation needs both --lang and --translates, like: npm run new -- role "Backend-Entwickler:in" --lang de --translates back-end-developer',
          );
        const created = await createTranslation({
          kind,
          title: words.join(" "),
          language: values.lang,
          translates: values.translates,
          contentDir: path.resolve(values.content),
        });
        console.log(`Created ${created.file}\n\nNext steps:\n${created.nextSteps.map((step, index) => `  ${index + 1}. ${step}`).join("\n")}`);
        return 0;
      }
      const created = await createGuide({
        kind,
        title: words.join(" "),
        contentDir: path.resolve(values.content),
        summary: values.summary,
        category: values.category,
        technologyKind: values.kind,
        homepage: values.homepage,
        force: values.force,
      });
      console.log(`Created ${created.file}\n\nNext steps:\n${created.nextSteps.map((step, index) => `  ${index + 1}. ${step}`).join("\n")}`);
      return 0;
    }
    case "build": {
      const started = performance.now();
      const progress = createProgress({ stream: process.stderr, env: process.env, sharing: [process.stdout] });
      const report = await buildSite({ contentDir: values.content, outputDir: values.output, ...base, repository, progress }).then(
        (finished) => (progress.finish(), finished),
        (error: unknown) => {
          progress.finish("stopped");
          throw error;
        },
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (report.warnings.length > 0) console.warn(formatWarnings(report.warnings));
      const dueWarning = reviewWarning(report.reviews.due, report.reviews.maxAge);
      if (dueWarning) console.warn(`${dueWarning}\n`);
      console.log(
        `Built ${report.pages} pages (${report.roles} roles, ${report.skills} skills, ${report.technologies} technologies) into ${values.output}/ in ${seconds} s`,
      );
      return 0;
    }
    case "dev": {
      const { url } = await startDevServer({ contentDir: path.resolve(values.content), port, host, ...base, repository });
      console.log(`Serving ${values.content}/ at ${url}, rebuilding on every change (Ctrl+C stops)`);
      return -1;
    }
    case "serve": {
      const { url } = await serveSite({ siteDir: path.resolve(values.output), port, host, pathPrefix: base.pathPrefix });
      console.log(`Serving ${values.output}/ at ${url} (Ctrl+C stops)`);
      return -1;
    }
    default:
      console.error(`Unknown command "${command}".\n\n${usage}`);
      return 1;
  }
}

/** The --host value: an IP address or a host name, nothing else. */
function checkedHost(value: string): string {
  if (/^[A-Za-z0-9.-]+$/.test(value) || /^\[?[0-9A-Fa-f:.]+\]?$/.test(value)) return value.replace(/^\[|\]$/g, "");
  throw new Error(`--host: found ${JSON.stringify(value)}, expected an address like 127.0.0.1 (this machine only), 0.0.0.0 (every network) or ::1`);
}

/** The content's warnings as the build prints them: they stop nothing, and `npm run check` reports them too. */
function formatWarnings(warnings: readonly ContentProblem[]): string {
  const count = warnings.length === 1 ? "1 warning" : `${warnings.length} warnings`;
  return `The content has ${count} (they stop nothing; \`npm run check\` reports them too):\n${sortProblems(warnings)
    .map((problem) => `  ${formatProblem(problem)}`)
    .join("\n")}\n`;
}

main(process.argv.slice(2)).then(
  async (code) => {
    if (code >= 0) {
      await pagefind.close();
      process.exit(code);
    }
  },
  async (error: unknown) => {
    if (error instanceof ContentError) {
      console.error(`${error.message}\n\nNothing was written; the previous output is unchanged.`);
    } else if (error instanceof ScaffoldError) {
      console.error(`Nothing was created: ${error.message}`);
    } else {
      console.error(error instanceof Error ? error.message : error);
    }
    await pagefind.close();
    process.exit(1);
  },
);

/** The base URL and where it comes from: --base-url, then BASE_URL, then site.yaml, then package.json, then "/". */
function baseUrlSetting(option: string | undefined, fromSiteYaml: string | undefined, siteYaml: string): [string, string] {
  if (option !== undefined) return [option, "--base-url"];
  if (process.env.BASE_URL) return [process.env.BASE_URL, "BASE_URL"];
  if (fromSiteYaml !== undefined) return [fromSiteYaml, `${siteYaml} baseUrl`];
  const fromPackage = packageBaseUrl();
  return fromPackage === undefined ? ["/", "--base-url"] : [fromPackage, "package.json roleGuides.baseUrl"];
}
