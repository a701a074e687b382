// The `_headers` file that Netlify and Cloudflare Pages read: the site's rules, the file's text, and matching a path.
import { contentSecurityPolicy, cspHeaderValue } from "./csp.ts";

/** Response headers for the paths a pattern matches: `*` matches anything, `:name` one path segment. */
export interface HeaderRule {
  path: string;
  headers: ReadonlyArray<readonly [string, string]>;
}

const immutable = [["Cache-Control", "public, max-age=31536000, immutable"]] as const;

/**
 * The site's header rules under its path prefix. No header is set by two rules that match the same path, because
 * Netlify lets the later rule win and Cloudflare joins both values; HTML keeps each host's default Cache-Control,
 * which revalidates on every visit (public, max-age=0, must-revalidate). `policy` is the site's Content-Security-Policy.
 */
export function siteHeaderRules(pathPrefix: string, policy: Readonly<Record<string, readonly string[]>> = contentSecurityPolicy): HeaderRule[] {
  return [
    {
      path: `${pathPrefix}*`,
      headers: [
        ["Content-Security-Policy", cspHeaderValue(policy)],
        ["X-Content-Type-Options", "nosniff"],
        ["Referrer-Policy", "strict-origin-when-cross-origin"],
        ["Permissions-Policy", "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"],
        ["Cross-Origin-Opener-Policy", "same-origin"],
      ],
    },
    // Named by a hash of their content, so a changed file always has a new name.
    { path: `${pathPrefix}assets/*`, headers: immutable },
    { path: `${pathPrefix}pagefind/fragment/*`, headers: immutable },
    { path: `${pathPrefix}pagefind/index/*`, headers: immutable },
    { path: `${pathPrefix}pagefind/filter/*`, headers: immutable },
    // Browsers must see a new service worker as soon as it is deployed.
    { path: `${pathPrefix}sw.js`, headers: [["Cache-Control", "no-cache"]] },
  ];
}

/** Writes rules in the `_headers` format. */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join("\n"));
  return `# Response headers for Netlify and Cloudflare Pages; other hosts: see docs/deploy.md.\n${blocks.join("\n\n")}\n`;
}

/** Reads a `_headers` file's rules; comments and blank lines are skipped. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: Array<{ path: string; headers: Array<readonly [string, string]> }> = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: trimmed, headers: [] });
      continue;
    }
    const colon = trimmed.indexOf(":");
    const current = rules.at(-1);
    if (!current || colon <= 0) throw new Error(`_headers:${index + 1}: expected "  Name: value" under a path, found "${trimmed}"`);
    current.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

function patternOf(path: string): RegExp {
  const source = path
    .split(/(\*|:[A-Za-z0-9_]+)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`);
}

/** The headers every matching rule gives a request path, in file order; a name set twice gets both values, comma-joined. */
export function headersForPath(rules: readonly HeaderRule[], requestPath: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!patternOf(rule.path).test(requestPath)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const existing = result.get(key);
      result.set(key, existing === undefined ? value : `${existing}, ${value}`);
    }
  }
  return result;
}
