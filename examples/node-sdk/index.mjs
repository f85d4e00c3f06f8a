// @aftersales/core from Node: return eligibility, the complaint classifier and a business-time promise.
import * as core from "@aftersales/core";

const now = "2026-11-23T09:00:00Z"; // time is always passed in
const store = core.createDemoStore({ now });
const found = await store.orderSource.findOrder({ number: "#1001", email: "Anna@Example.de " });
if (!found.ok) throw new Error(found.reason);
const line = found.order.lines[0];
const request = { lines: [{ lineId: line.id, quantity: 1, reason: "size", resolution: "refund" }] };
const decision = core.evaluate(core.defaultReturnPolicy(), found.order, request, now);
if (!decision.ok) throw new Error(JSON.stringify(decision.issues));
for (const d of decision.value.lines) {
  console.log(
    `${d.lineId}: ${d.status}, refund ${core.formatMoney(d.refundable, "en")}, until ${d.deadline}`,
  );
  for (const reason of d.reasons) console.log(`  - ${core.explainReason(reason, "en")}`);
}

const { categories } = core.classify("快递到的时候箱子压坏了，杯子碎了两个");
console.log(
  "complaint:",
  categories[0]?.category,
  categories[0]?.matched.map((m) => m.term),
);

const day = [
  { start: "09:00", end: "12:00" },
  { start: "13:30", end: "18:00" },
];
const weekly = { mon: day, tue: day, wed: day, thu: day, fri: day };
const shanghai = core.compileCalendar({
  timeZone: "Asia/Shanghai",
  weekly,
  ...core.chinaMainlandHolidays({ years: [2026] }),
});
const due = new Date(core.addBusinessTime(shanghai, now, 30)).toISOString();
console.log(core.describeHours(shanghai, "zh-Hans"), "→ reply by", due);
