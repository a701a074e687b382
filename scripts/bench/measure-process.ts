// Runs a command and measures its wall time and the peak memory of its whole process tree (Linux /proc sampling).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** What one measured run took. */
export interface ProcessMeasurement {
  wallMs: number;
  /** Peak resident memory of the process and all its descendants together, in bytes (0 where /proc is unavailable). */
  peakBytes: number;
  code: number;
  stderr: string;
}

function childrenByParent(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      map.set(parent, [...(map.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return map;
}

function treeResidentBytes(root: number): number {
  const children = childrenByParent();
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      total += kilobytes * 1024;
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `command args` to completion, sampling the process tree's memory every `intervalMs`. */
export function measureProcess(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; intervalMs?: number } = {},
): Promise<ProcessMeasurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let peakBytes = 0;
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const sampler = setInterval(() => {
      if (child.pid !== undefined && process.platform === "linux") peakBytes = Math.max(peakBytes, treeResidentBytes(child.pid));
    }, options.intervalMs ?? 25);
    child.on("error", (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(sampler);
      resolve({ wallMs: performance.now() - started, peakBytes, code: code ?? 1, stderr });
    });
  });
}
