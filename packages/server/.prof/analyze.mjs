import { readdirSync, readFileSync } from "node:fs";

const f = readdirSync(".").find((x) => x.endsWith(".cpuprofile"));
const p = JSON.parse(readFileSync(f, "utf8"));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = p.timeDeltas;
let total = 0;
const counts = new Map();
p.samples.forEach((id, i) => {
  counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0));
  total += dt[i] ?? 0;
});
const byFn = new Map(),
  byFile = new Map();
for (const [id, t] of counts) {
  const n = byId.get(id);
  const cf = n.callFrame;
  const key = `${cf.functionName || "(anon)"} ${cf.url.split("/").slice(-3).join("/")}:${cf.lineNumber}`;
  byFn.set(key, (byFn.get(key) ?? 0) + t);
  const file = cf.url.includes("node_modules")
    ? cf.url.split("node_modules/").pop().split("/").slice(0, 2).join("/")
    : cf.url.split("/").slice(-3).join("/") || cf.functionName;
  byFile.set(file, (byFile.get(file) ?? 0) + t);
}
const top = (m, k) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([n, t]) => `${((100 * t) / total).toFixed(1).padStart(5)}% ${n}`)
    .join("\n");
console.log("BY FILE\n" + top(byFile, 25));
console.log("BY FN\n" + top(byFn, 30));
