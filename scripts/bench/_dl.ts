import { measureDevLoop } from "./dev-loop.ts";
const r = await measureDevLoop("content", "skills/sql.md", Number(process.argv[2] ?? 8190), 7);
console.log(JSON.stringify(r));
process.exit(0);
