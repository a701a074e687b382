// Finds the Chromium the browser tests and benchmarks drive: CHROMIUM_PATH, else the usual system locations.
import { existsSync } from "node:fs";

/** The path of a Chromium binary, or an error that says how to install one. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(", ")}). Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its binary.`,
    );
  }
  return found;
}
