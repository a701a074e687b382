// Lighthouse scores for role pages, when Lighthouse is installed. It is not a dependency of the project (about 190 MB
// and 200 packages that every `npm ci` would pay for); install it for a run with `npm install --no-save lighthouse@12`.
import { serveSite } from "../../src/serve/static-server.ts";
import { chromiumPath } from "../chromium.ts";
import type { Measure } from "./optional-measures.ts";

/** The categories the targets name, and the score each must reach (0–100). */
export const lighthouseTargets = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 } as const;

type Category = keyof typeof lighthouseTargets;

/** The part of Lighthouse's result this report reads. */
interface LighthouseResult {
  lhr: {
    categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
    audits: Record<string, { score: number | null; title: string; displayValue?: string; errorMessage?: string }>;
    runtimeError?: { code: string; message: string };
  };
}
type LighthouseRun = (url: string, flags: Record<string, unknown>) => Promise<LighthouseResult | undefined>;
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): Promise<void> | void }>;
}

/** Lighthouse and its Chrome launcher, or undefined when they are not installed. */
async function loadLighthouse(): Promise<{ lighthouse: LighthouseRun; launcher: ChromeLauncher } | undefined> {
  // Names in variables, so TypeScript does not look for packages the project does not depend on.
  const [lighthouseName, launcherName] = ["lighthouse", "chrome-launcher"];
  try {
    const lighthouse = ((await import(lighthouseName)) as { default: LighthouseRun }).default;
    const launcher = (await import(launcherName)) as ChromeLauncher;
    return { lighthouse, launcher };
  } catch {
    return undefined;
  }
}

/** One page's scores (0–100) by category, null where Lighthouse could not score it, and what cost points or failed. */
export interface LighthouseScores {
  page: string;
  scores: Record<Category, number | null>;
  lost: string[];
}

/** Runs Lighthouse (mobile, simulated throttling: its defaults) on each page of a built site served as a host would. */
export async function measureLighthouse(siteDir: string, pages: readonly string[]): Promise<LighthouseScores[] | undefined> {
  const tools = await loadLighthouse();
  if (!tools) return undefined;
  const { server, url } = await serveSite({ siteDir, port: 0, pathPrefix: "/" });
  const chrome = await tools.launcher.launch({ chromePath: chromiumPath(), chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
  try {
    const results: LighthouseScores[] = [];
    for (const page of pages) {
      // Lighthouse now and then fails to score a category on a cold first load; a second run settles whether it is real.
      const pageUrl = new URL(page.slice(1), url).href;
      let scored = await scorePage(tools.lighthouse, pageUrl, chrome.port, page);
      if (Object.values(scored.scores).includes(null)) scored = await scorePage(tools.lighthouse, pageUrl, chrome.port, page);
      results.push(scored);
    }
    return results;
  } finally {
    await chrome.kill();
    server.close();
  }
}

/** Runs Lighthouse once on a page and reads its scores, the audits that cost points, and any error that left a category unscored. */
async function scorePage(lighthouse: LighthouseRun, pageUrl: string, port: number, page: string): Promise<LighthouseScores> {
  const result = await lighthouse(pageUrl, { port, output: "json", logLevel: "error", onlyCategories: Object.keys(lighthouseTargets) });
  if (!result) throw new Error(`Lighthouse returned no result for ${page}`);
  const { categories, audits, runtimeError } = result.lhr;
  const scores = Object.fromEntries(
    Object.keys(lighthouseTargets).map((name) => {
      const score = categories[name]?.score;
      return [name, typeof score === "number" ? Math.round(score * 100) : null];
    }),
  ) as Record<Category, number | null>;
  const lost = Object.values(categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${audits[ref.id]?.title ?? ref.id}${audits[ref.id]?.displayValue ? ` (${audits[ref.id]?.displayValue})` : ""}`),
  );
  const failed = Object.values(audits)
    .filter((audit) => audit.errorMessage)
    .map((audit) => `${audit.title}: error ${audit.errorMessage}`);
  return {
    page,
    scores,
    lost: [...new Set([...(runtimeError ? [`Lighthouse error ${runtimeError.code}: ${runtimeError.message}`] : []), ...lost, ...failed.slice(0, 3)])],
  };
}

/** The report section: scores per role page against the targets, or how to install Lighthouse to get them. */
export const lighthouseMeasure: Measure = async ({ bundledSite }) => {
  const pages = ["/roles/back-end-developer/", "/roles/front-end-developer/", "/roles/security-engineer/"];
  const lines = ["## Lighthouse", ""];
  const results = await measureLighthouse(bundledSite, pages);
  if (!results) {
    const missing = "Not measured: Lighthouse is not installed. Run `npm install --no-save lighthouse@12 && npm run bench` to include it.";
    return {
      lines: [...lines, missing, ""],
      targets: [
        {
          target: "Lighthouse on role pages: 100 accessibility, best practices, SEO; 95+ performance",
          measured: "not measured (Lighthouse not installed)",
          met: undefined,
        },
      ],
    };
  }
  lines.push("Role pages of the bundled guides, served as a host would (with the site's `_headers`), Lighthouse's mobile defaults.", "");
  lines.push(
    `| Page | ${Object.keys(lighthouseTargets).join(" | ")} | Points lost on |`,
    `| --- | ${Object.keys(lighthouseTargets)
      .map(() => "---:")
      .join(" | ")} | --- |`,
  );
  for (const result of results) {
    lines.push(
      `| ${result.page} | ${Object.values(result.scores)
        .map((score) => score ?? "not scored")
        .join(" | ")} | ${result.lost.join("; ") || "nothing"} |`,
    );
  }
  lines.push(
    "",
    `Targets: ${Object.entries(lighthouseTargets)
      .map(([name, score]) => `${name} ${score}`)
      .join(", ")}.`,
    "",
  );
  const lowest = Object.fromEntries(
    Object.keys(lighthouseTargets).map((name) => {
      const scores = results.map((result) => result.scores[name as Category]);
      return [name, scores.includes(null) ? null : Math.min(...(scores as number[]))];
    }),
  );
  const unscored = Object.values(lowest).includes(null);
  const met = unscored ? undefined : Object.entries(lighthouseTargets).every(([name, score]) => (lowest[name] ?? 0) >= score);
  const measured = `lowest: ${Object.entries(lowest)
    .map(([name, score]) => `${name} ${score ?? "not scored"}`)
    .join(", ")}`;
  return { lines, targets: [{ target: "Lighthouse on role pages: 100 accessibility, best practices, SEO; 95+ performance", measured, met }] };
};
