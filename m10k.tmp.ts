import { generateSyntheticContent } from "/work/main/scripts/bench/synthetic.ts";
import { measureOurBuild } from "/work/main/scripts/bench/baselines.ts";
const size = Number(process.argv[2]);
await generateSyntheticContent(`/tmp/syn${size}`, size);
const o = await measureOurBuild(`/tmp/syn${size}`, `/tmp/syn${size}-out`);
console.log("ours", size, Math.round(o.wallMs), Math.round(o.peakBytes / 1e6), o.code, o.stderr.slice(-500));
