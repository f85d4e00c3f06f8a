/**
 * Analytics speed: the full service dashboard (`buildDashboard`: one pass to case summaries, then
 * response times, backlog, CSAT, returns and complaints by product, top issues, spikes, per-agent
 * figures, daily series) over 1,000,000 events, against two baselines run in the same process:
 *
 * - **one pass**: a loop that only reads each event's case id, type and instant (`Date.parse`) —
 *   the floor any reduction over the events pays;
 * - **naive**: the obvious implementation of three of the figures (median first response, median
 *   resolution, CSAT average): group the events by case, then `filter`/`find` per case and metric.
 *
 * SLA attainment is timed separately: once from evaluations the server already keeps (the
 * sweeper's output), and once evaluating every case from its events with the default policy on a
 * Shanghai business calendar. The events are generated deterministically (seeded PRNG, bench
 * only). Timing never fails the run; the target line says whether 1,000,000 events took ≤ 1 s.
 *
 * Run: `npx tsx bench/analytics.ts` (one core; prints events/s, times and ratios).
 */

import { availableParallelism, loadavg } from "node:os";
import {
  agentFigures,
  backlog,
  buildDashboard,
  type CaseActor,
  type CaseEvent,
  type CaseEventData,
  type CaseEventType,
  type CaseKind,
  type Channel,
  compileCalendar,
  complaintsReport,
  csat,
  dailySeries,
  defaultSlaPolicy,
  detectSpikes,
  EventVisibility,
  evaluateSla,
  productLookupFromOrders,
  responseTimes,
  returnsByProduct,
  type SlaEvaluation,
  summarizeCases,
  topIssues,
} from "../packages/core/src/index.js";

const TARGET_EVENTS = 1_000_000;
const ZONE = "Asia/Shanghai";
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** The report: the 30 local days up to "now"; events start 120 days earlier. */
const NOW = Date.parse("2026-11-30T10:00:00.000Z");
const range = { from: "2026-11-01", to: "2026-11-30", timeZone: ZONE };
const HISTORY = 120 * DAY;

// mulberry32: small, fast, deterministic.
let state = 0x9e3779b9;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number) => random() < p;
const between = (lo: number, hi: number) => lo + random() * (hi - lo);

// A catalogue of 2,000 products and 40,000 orders of one to three lines.
const productCount = 2_000;
const orders = Array.from({ length: 40_000 }, (_, o) => ({
  id: `o${o}`,
  lines: Array.from({ length: 1 + Math.floor(random() * 3) }, (_, l) => {
    // A skewed catalogue: low product numbers sell (and break) more often.
    const p = Math.floor(productCount * random() ** 2);
    return { id: `L${l}`, productId: `P${p}`, sku: `SKU-${p}`, title: `Product ${p}` };
  }),
}));
// A rare product that draws a burst of complaints today: the spike warning should name it.
const spikeOrder = {
  id: "o-spike",
  lines: [{ id: "L0", productId: "P1999", sku: "SKU-1999", title: "Product 1999" }],
};
orders.push(spikeOrder);
const agents: CaseActor[] = Array.from({ length: 25 }, (_, i) => ({ type: "staff", id: `agent${i}` }));
const customer: CaseActor = { type: "customer", id: "c" };
const system: CaseActor = { type: "system" };
const kinds: CaseKind[] = [
  "inquiry",
  "inquiry",
  "return",
  "return",
  "return",
  "exchange",
  "complaint",
  "complaint",
];
const channels: Channel[] = ["web", "web", "email", "chat"];
const categories = ["product_quality", "delivery_delay", "delivery_damage", "wrong_or_missing_item", "other"];
const reasons = ["size", "size", "defective", "not_as_described", "changed_mind"];
const body = { body: "…" };
const empty = {};

const events: CaseEvent[] = [];
let caseCount = 0;
while (events.length < TARGET_EVENTS) {
  const caseId = `case${caseCount++}`;
  let seq = 0;
  const planted = caseCount <= 12;
  let t = planted ? NOW - random() * 8 * HOUR : NOW - HISTORY + random() * HISTORY;
  const add = <T extends CaseEventType>(type: T, actor: CaseActor, data: CaseEventData<T>, after: number) => {
    t += after;
    if (t > NOW) return false;
    events.push({
      caseId,
      seq: ++seq,
      type,
      at: new Date(Math.round(t / 1000) * 1000).toISOString(),
      actor,
      visibility: EventVisibility[type],
      data,
    } as CaseEvent);
    return true;
  };
  const kind = planted ? "complaint" : pick(kinds);
  const order = planted ? spikeOrder : pick(orders);
  const lines =
    kind === "inquiry"
      ? undefined
      : order.lines.slice(0, 1 + Math.floor(random() * order.lines.length)).map((l) => ({
          lineId: l.id,
          quantity: 1 + Math.floor(random() * 2),
          reason: pick(reasons),
          resolution: "refund",
        }));
  const agent = pick(agents);
  add(
    "case_opened",
    customer,
    {
      kind,
      channel: pick(channels),
      priority: "normal",
      ...(kind === "complaint" ? { category: pick(categories) } : {}),
      order: { id: order.id, number: order.id },
      customer: { id: "c", email: "c@example.com" },
      description: "…",
      ...(lines ? { lines } : {}),
    },
    0,
  );
  const steps = (): boolean => {
    if (!add("acknowledged", system, empty, between(1, 10) * MIN)) return false;
    if (!add("assigned", system, { assigneeId: agent.id! }, between(1, 60) * MIN)) return false;
    if (!add("message_posted", agent, body, between(5, 600) * MIN)) return false;
    if (chance(0.3)) {
      if (!add("information_requested", agent, body, between(5, 120) * MIN)) return false;
      if (!add("message_posted", customer, body, between(10, 2000) * MIN)) return false;
      if (!add("message_posted", agent, body, between(5, 300) * MIN)) return false;
    }
    if (chance(0.2) && !add("note_added", agent, body, between(1, 60) * MIN)) return false;
    if (kind === "return" || kind === "exchange") {
      if (!add("return_approved", agent, { returnless: false }, between(10, 600) * MIN)) return false;
      if (!add("shipment_recorded", customer, empty, between(1, 3) * DAY)) return false;
      if (!add("item_received", agent, empty, between(1, 4) * DAY)) return false;
      if (!add("item_inspected", agent, { outcome: "accepted" }, between(1, 24) * HOUR)) return false;
      const refund = { amount: { amount: 4990, currency: "CNY" }, method: "original_payment" } as const;
      if (!add("refund_issued", agent, refund, between(1, 48) * HOUR)) return false;
    }
    if (!add("resolved", agent, { resolution: "done" }, between(1, 72) * HOUR)) return false;
    if (chance(0.05)) {
      if (!add("reopened", agent, empty, between(1, 5) * DAY)) return false;
      if (!add("message_posted", agent, body, between(10, 300) * MIN)) return false;
      if (!add("resolved", agent, { resolution: "done" }, between(1, 48) * HOUR)) return false;
    }
    if (
      chance(0.6) &&
      !add("rated", customer, { score: pick([5, 5, 5, 4, 4, 3, 2, 1]) }, between(1, 48) * HOUR)
    )
      return false;
    if (!add("follow_up_sent", system, empty, between(1, 3) * DAY)) return false;
    return add("closed", system, empty, between(1, 7) * DAY);
  };
  if (chance(0.04)) {
    add("message_posted", agent, body, between(5, 600) * MIN);
    add("cancelled", customer, { reason: "changed mind" }, between(1, 24) * HOUR);
  } else {
    steps();
  }
}
events.length = TARGET_EVENTS; // the last case may be cut short: still a valid prefix of its events
// As a store lists them: by instant, cases interleaved.
events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq));
{
  // As a server holds them after reading rows from storage: parsed objects allocated in list order,
  // each with its own strings (not the generator's shared ones, scattered by the sort).
  const loaded = JSON.parse(JSON.stringify(events)) as CaseEvent[];
  events.length = 0;
  for (const e of loaded) events.push(e);
}

const products = productLookupFromOrders(orders);
const sales = Array.from({ length: productCount }, (_, p) => ({ productId: `P${p}`, unitsSold: 500 }));

function groupByCase(list: readonly CaseEvent[]): Map<string, CaseEvent[]> {
  const groups = new Map<string, CaseEvent[]>();
  for (const e of list) {
    const group = groups.get(e.caseId);
    if (group === undefined) groups.set(e.caseId, [e]);
    else group.push(e);
  }
  return groups;
}

/** Median (and fastest) of `rounds` timed runs after a warm-up: the machine is shared, runs are noisy. */
function time<T>(run: () => T, rounds = 5): { ms: number; min: number; result: T } {
  let result = run(); // warm-up (JIT)
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const began = performance.now();
    result = run();
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(rounds / 2)]!, min: times[0]!, result };
}

function onePass(): number {
  let sum = 0;
  for (const e of events) sum += Date.parse(e.at) + e.caseId.length + e.type.length;
  return sum;
}

function naive(): { firstMedian: number; resolutionMedian: number; csat: number } {
  const byCase = groupByCase(events);
  const start = Date.parse("2026-10-31T16:00:00.000Z");
  const end = Date.parse("2026-11-30T16:00:00.000Z");
  const inRange = (at: string) => Date.parse(at) >= start && Date.parse(at) < end;
  const first: number[] = [];
  const resolution: number[] = [];
  const scores: number[] = [];
  for (const list of byCase.values()) {
    const opened = list.find((e) => e.type === "case_opened");
    if (!opened) continue;
    const reply = list
      .filter((e) => e.actor.type === "staff")
      .find((e) => ["message_posted", "information_requested", "options_proposed"].includes(e.type));
    if (reply && inRange(reply.at)) first.push(Date.parse(reply.at) - Date.parse(opened.at));
    const resolved = list.filter((e) => e.type === "resolved").at(-1);
    const reopened = list.filter((e) => e.type === "reopened").at(-1);
    if (resolved && inRange(resolved.at) && (!reopened || reopened.seq < resolved.seq)) {
      resolution.push(Date.parse(resolved.at) - Date.parse(opened.at));
    }
    for (const r of list.filter((e) => e.type === "rated" && inRange(e.at))) {
      scores.push((r.data as { score: number }).score);
    }
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.ceil(xs.length / 2) - 1]! / MIN;
  return {
    firstMedian: median(first),
    resolutionMedian: median(resolution),
    csat: scores.reduce((a, b) => a + b, 0) / scores.length,
  };
}

const split = [
  { start: "09:00", end: "12:00" },
  { start: "13:00", end: "18:00" },
];
const calendars = {
  default: compileCalendar({
    timeZone: ZONE,
    weekly: { mon: split, tue: split, wed: split, thu: split, fri: split },
  }),
};
const byCase = groupByCase(events);
/** `--stages`: time the dashboard and each of its reductions alone, then stop (for profiling). */
if (process.argv.includes("--stages")) {
  const only = time(() => buildDashboard({ events, range, now: NOW, products, sales }));
  console.log(`buildDashboard: ${only.ms.toFixed(0)} ms for ${events.length} events`);
  const until = Date.parse("2026-11-30T16:00:00.000Z");
  const summaries = time(() => summarizeCases(events, { until: Math.min(NOW + 1, until) })).result;
  const stages: [string, () => unknown][] = [
    ["summarizeCases", () => summarizeCases(events, { until: Math.min(NOW + 1, until) })],
    ["responseTimes", () => responseTimes(summaries, range)],
    ["backlog", () => backlog(summaries, NOW)],
    ["csat", () => csat(summaries, range)],
    ["returnsByProduct", () => returnsByProduct(summaries, range, products, sales)],
    ["complaintsReport", () => complaintsReport(summaries, range, products)],
    ["topIssues", () => topIssues(summaries, range, products)],
    ["detectSpikes", () => detectSpikes(summaries, range, products)],
    ["agentFigures", () => agentFigures(summaries, range)],
    ["dailySeries", () => dailySeries(summaries, range, NOW)],
  ];
  for (const [name, run] of stages)
    console.log(`  ${name.padEnd(18)} ${time(run).ms.toFixed(1).padStart(8)} ms`);
  process.exit(0);
}
// The dashboard first, before the baselines' and the SLA runs' garbage exists.
const dashboard = time(() => buildDashboard({ events, range, now: NOW, products, sales }));
const base = time(onePass);
const naiveRun = time(naive);
const slaTimed = time(
  () => [...byCase.values()].map((list) => evaluateSla(list, defaultSlaPolicy, calendars, NOW)),
  1,
);
const evaluations: SlaEvaluation[] = slaTimed.result;
const withStoredSla = time(() =>
  buildDashboard({ events, range, now: NOW, products, sales, sla: { evaluations } }),
);
const withSlaFromEvents = time(
  () =>
    buildDashboard({
      events,
      range,
      now: NOW,
      products,
      sales,
      sla: { policy: defaultSlaPolicy, calendars },
    }),
  1,
);

const d = dashboard.result;
const n = events.length;
const count = (x: number) => x.toLocaleString("en-US");
const row = (name: string, t: { ms: number; min: number }, note = "") =>
  console.log(
    `${name.padEnd(46)} ${t.ms.toFixed(0).padStart(6)} ms ${count(Math.round((n / t.ms) * 1000)).padStart(11)} events/s` +
      `  (fastest ${t.min.toFixed(0)} ms)${note}`,
  );
console.log(`Analytics: ${count(n)} events, ${count(caseCount)} cases, ${count(orders.length)} orders`);
console.log(
  `Range ${range.from} … ${range.to} (${ZONE}); Node ${process.version}; median of 5 runs after a warm-up;` +
    ` load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores\n`,
);
row("one pass (read case id, type, Date.parse)", base);
row("naive group-by + filter (3 figures only)", naiveRun);
row("buildDashboard (every figure, no SLA)", dashboard);
row("buildDashboard + stored SLA evaluations", withStoredSla);
row("buildDashboard + evaluateSla of active cases", withSlaFromEvents, "  1 run");
console.log(
  `evaluateSla of all ${count(byCase.size)} cases (business calendar): ${slaTimed.ms.toFixed(0)} ms,` +
    ` ${count(Math.round((byCase.size / slaTimed.ms) * 1000))} cases/s (1 run)`,
);
console.log(
  `\nratios: dashboard / one pass ${(dashboard.ms / base.ms).toFixed(2)}×;` +
    ` naive (3 figures) / dashboard (every figure) ${(naiveRun.ms / dashboard.ms).toFixed(2)}×`,
);
// The dashboard rounds once to 2 decimals; the naive figures are unrounded.
const close = (a: number, b: number | null) => b !== null && Math.abs(a - b) <= 0.005;
const agree =
  close(naiveRun.result.firstMedian, d.responseTimes.firstResponse.medianMinutes) &&
  close(naiveRun.result.resolutionMedian, d.responseTimes.resolution.medianMinutes) &&
  close(naiveRun.result.csat, d.csat.average);
const first = d.responseTimes.firstResponse;
console.log(
  `figures: first response median ${first.medianMinutes} min (p90 ${first.p90Minutes}),` +
    ` resolution median ${d.responseTimes.resolution.medianMinutes} min,` +
    ` CSAT ${d.csat.average} (${d.csat.satisfiedPercent}% satisfied), backlog ${d.backlog.total};` +
    ` naive agrees: ${agree ? "yes" : "NO"}`,
);
const spikes = d.spikes.map((x) => `${x.label}: ${x.count} today vs mean ${x.baselineMean} (p ${x.pValue})`);
console.log(`spikes: ${spikes.join("; ") || "none"}`);
const sla = withStoredSla.result.sla?.byTarget.map((r) => `${r.target} ${r.attainmentPercent}%`).join(", ");
console.log(`SLA attainment (default policy): ${sla}`);
console.log(
  `target (every figure incl. SLA from stored evaluations over ${count(n)} events <= 1 s, median run):` +
    ` ${withStoredSla.ms <= 1000 ? "met" : "NOT met"}`,
);
