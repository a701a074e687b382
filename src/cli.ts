// The command line: build, dev and serve, each delegating to its own module.
import path from "node:path";
import { parseArgs } from "node:util";
import * as pagefind from "pagefind";
import { buildSite } from "./build.ts";
import { ContentError } from "./content/problems.ts";
import { startDevServer } from "./dev.ts";
import { serveSite } from "./serve.ts";
import { parseBaseUrl } from "./settings.ts";

const usage = `Usage: npm run <command> -- [options]

Commands:
  build    Validate the guides and build the site into the output folder
  start    Build, serve on localhost and rebuild on every change (tsx src/cli.ts dev)
  serve    Serve an already built folder on localhost, search included

Options:
  --content <dir>    Folder holding roles/, skills/ and technologies/ (default: content)
  --output <dir>     Folder the site is written to (default: _site)
  --base-url <url>   Public address or path of the site, like https://example.org/guides/ (default: /)
  --port <number>    Port for start and serve (default: 8080)
  --help             Show this help`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      content: { type: "string", default: "content" },
      output: { type: "string", default: "_site" },
      "base-url": { type: "string", default: process.env.BASE_URL ?? "/" },
      port: { type: "string", default: process.env.PORT ?? "8080" },
      help: { type: "boolean", default: false },
    },
  });
  const [command] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return values.help ? 0 : 1;
  }
  const base = parseBaseUrl(values["base-url"]);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: found "${values.port}", expected a whole number from 0 to 65535`);

  switch (command) {
    case "build": {
      const started = performance.now();
      const report = await buildSite({ contentDir: values.content, outputDir: values.output, ...base });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`Built ${report.pages} pages (${report.roles} roles, ${report.skills} skills, ${report.technologies} technologies) into ${values.output}/ in ${seconds} s`);
      return 0;
    }
    case "dev":
      await startDevServer({ contentDir: path.resolve(values.content), port, ...base });
      return -1;
    case "serve": {
      const { url } = await serveSite({ siteDir: path.resolve(values.output), port, pathPrefix: base.pathPrefix });
      console.log(`Serving ${values.output}/ at ${url} (Ctrl+C stops)`);
      return -1;
    }
    default:
      console.error(`Unknown command "${command}".\n\n${usage}`);
      return 1;
  }
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
    } else {
      console.error(error instanceof Error ? error.message : error);
    }
    await pagefind.close();
    process.exit(1);
  },
);
