import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { UserConfig } from "@11ty/eleventy";
import postBuild, { type PostBuildStep } from "../../src/site/post-build.ts";

/** A stand-in for Eleventy's configuration that records `eleventy.after` listeners, so the test can fire them. */
function recordingConfig(): { config: UserConfig; fireAfter: () => Promise<void> } {
  const listeners: Array<() => Promise<void>> = [];
  const config = { on: (event: string, listener: () => Promise<void>) => event === "eleventy.after" && listeners.push(listener) } as unknown as UserConfig;
  return { config, fireAfter: async () => void (await Promise.all(listeners.map((listener) => listener()))) };
}

describe("the post-build pipeline", () => {
  it("runs its steps one after another in the order given, skipping absent ones", async () => {
    const { config, fireAfter } = recordingConfig();
    const ran: string[] = [];
    const step = (name: string, delay: number): PostBuildStep => ({
      name,
      run: () => new Promise((resolve) => setTimeout(() => resolve(void ran.push(name)), delay)),
    });
    postBuild(config, { steps: [step("exports", 20), undefined, step("search", 0), step("offline", 5)] });
    await fireAfter();
    assert.deepEqual(ran, ["exports", "search", "offline"]);
  });

  it("stops at a failing step and names it in the error", async () => {
    const { config, fireAfter } = recordingConfig();
    const ran: string[] = [];
    postBuild(config, {
      steps: [
        { name: "Search indexing", run: () => Promise.reject(new Error("disk full")) },
        { name: "Writing the service worker", run: () => Promise.resolve(void ran.push("offline")) },
      ],
    });
    await assert.rejects(fireAfter(), { message: "Search indexing failed: disk full" });
    assert.deepEqual(ran, []);
  });

  it("reports each step as a phase of the build as it starts", async () => {
    const { config, fireAfter } = recordingConfig();
    const events: string[] = [];
    const progress = { phase: (name: string) => void events.push(`phase ${name}`), advance: () => void events.push("advance") };
    const step = (name: string): PostBuildStep => ({ name, run: () => Promise.resolve(void events.push(`ran ${name}`)) });
    postBuild(config, { steps: [step("Search indexing"), undefined, step("Writing the service worker")], progress });
    await fireAfter();
    assert.deepEqual(events, ["phase Search indexing", "ran Search indexing", "phase Writing the service worker", "ran Writing the service worker"]);
  });

  it("runs the steps of a group side by side, and the next step once all of them have finished", async () => {
    const { config, fireAfter } = recordingConfig();
    const ran: string[] = [];
    let indexStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (indexStarted = resolve));
    // The exports wait for the index to have started: run one after the other, this would never finish.
    const exports: PostBuildStep = { name: "Writing the guides' JSON files", run: async () => void (await started, ran.push("exports")) };
    const index: PostBuildStep = { name: "Search indexing", run: () => Promise.resolve(void (indexStarted(), ran.push("index"))) };
    const offline: PostBuildStep = { name: "Writing the service worker", run: () => Promise.resolve(void ran.push("offline")) };
    postBuild(config, { steps: [[exports, undefined, index], offline] });
    await fireAfter();
    assert.deepEqual(ran, ["index", "exports", "offline"]);
  });

  it("lets every step of a group finish before failing with the failed step's name", async () => {
    const { config, fireAfter } = recordingConfig();
    const ran: string[] = [];
    const slow: PostBuildStep = {
      name: "Writing the guides' JSON files",
      run: () => new Promise((resolve) => setTimeout(() => resolve(void ran.push("exports")), 20)),
    };
    const failing: PostBuildStep = { name: "Search indexing", run: () => Promise.reject(new Error("disk full")) };
    postBuild(config, { steps: [[slow, failing], { name: "Writing the service worker", run: () => Promise.resolve(void ran.push("offline")) }] });
    await assert.rejects(fireAfter(), { message: "Search indexing failed: disk full" });
    assert.deepEqual(ran, ["exports"]);
  });
});
