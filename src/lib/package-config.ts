// Settings a project keeps in its package.json under "roleGuides", read once as command-line defaults.
import { readFileSync } from "node:fs";
import path from "node:path";

/** The `roleGuides.baseUrl` field of the package.json in `dir`, or undefined when there is no such file or field. */
export function packageBaseUrl(dir = process.cwd()): string | undefined {
  const file = path.join(dir, "package.json");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  let config: { baseUrl?: unknown } | undefined;
  try {
    config = (JSON.parse(text) as { roleGuides?: { baseUrl?: unknown } } | null)?.roleGuides;
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const value = config?.baseUrl;
  if (value === undefined) return undefined;
  if (typeof value !== "string") {
    throw new Error(`${file}: roleGuides.baseUrl: found ${JSON.stringify(value)}, expected a string like "https://example.org/guides/"`);
  }
  return value;
}
