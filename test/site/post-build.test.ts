import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { UserConfig } from "@11ty/eleventy";
import postBuild, { type PostBuildStep } from "../../src/site/post-build.ts";

/** A stand-in for Eleventy's configuration that records `eleventy.after` listeners, so the test can fire them. */
function recordingConfig(): { config: UserConfig; fireAfter(): Promise<void> } {
  const listeners: Array<() => Promise<void>> = [];
  const config = { on: (event: string, listener: () => Promise<void>) => event === "eleventy.after" && listeners.push(listener) } as unknown as UserConfig;
  return { config, fireAfter: async () => void (await Promise.all(listeners.map((listener) => listener()))) };
}

describe("the post-build pipeline", () => {
  it("runs its steps one after another in the order given, skipping absent ones", async () => {
    const { config, fireAfter } = recordingConfig();
    const ran: string[] = [];
    const step = (name: string, delay: number): PostBuildStep => ({ name, run: () => new Promise((resolve) => setTimeout(() => resolve(void ran.push(name)), delay)) });
    postBuild(config, [step("exports", 20), undefined, step("search", 0), step("offline", 5)]);
    await fireAfter();
    assert.deepEqual(ran, ["exports", "search", "offline"]);
  });

  it("stops at a failing step and names it in the error", async () => {
    const { config, fireAfter } = recordingConfig();
    const ran: string[] = [];
    postBuild(config, [
      { name: "Search indexing", run: () => Promise.reject(new Error("disk full")) },
      { name: "Writing the service worker", run: async () => void ran.push("offline") },
    ]);
    await assert.rejects(fireAfter(), { message: "Search indexing failed: disk full" });
    assert.deepEqual(ran, []);
  });
});
