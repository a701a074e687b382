// Gives memory back between the phases of a build, when a phase has left a large heap of garbage behind.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collector: (() => void) | undefined;

/**
 * Runs a full garbage collection now. V8 otherwise keeps the heap a finished phase grew to until it next runs short, so
 * a build holding every page until Eleventy returns would keep that memory while Pagefind needs as much again. Node
 * exposes `gc` only to contexts created after the flag is set, hence the new context.
 */
export function collectGarbage(): void {
  if (!collector) {
    setFlagsFromString("--expose-gc");
    collector = runInNewContext("gc") as () => void;
  }
  collector();
}
