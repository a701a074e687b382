// Runs every test file under test/ with Node's own test runner (through tsx), on every platform.
import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const filter = process.argv.slice(2);
const files = (await readdir(path.join(root, "test"), { recursive: true }))
  .filter((file) => file.endsWith(".test.ts") && !file.split(path.sep).includes("fixtures"))
  .filter((file) => filter.length === 0 || filter.some((part) => file.includes(part)))
  .map((file) => path.join("test", file))
  .sort();
if (files.length === 0) {
  console.error(`No test files match ${filter.join(", ")}`);
  process.exit(1);
}
const child = spawn(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=1", ...files], { cwd: root, stdio: "inherit" });
child.on("close", (code) => process.exit(code ?? 1));
