// @aftersales/core from Node: return eligibility, the complaint classifier and a business-time promise.
import {
  addBusinessTime, chinaMainlandHolidays, classify, compileCalendar, createDemoStore,
  defaultReturnPolicy, describeHours, evaluate, explainReason, formatMoney,
} from "@aftersales/core";

const now = "2026-11-23T09:00:00Z"; // time is always passed in
const store = createDemoStore({ now });
const found = await store.orderSource.findOrder({ number: "#1001", email: "Anna@Example.de " });
if (!found.ok) throw new Error(found.reason);
const order = found.order;
const request = { lines: [{ lineId: order.lines[0].id, quantity: 1, reason: "size", resolution: "refund" }] };
const decision = evaluate(defaultReturnPolicy(), order, request, now);
if (!decision.ok) throw new Error(JSON.stringify(decision.issues));
for (const line of decision.value.lines) {
  console.log(`${line.lineId}: ${line.status}, refund ${formatMoney(line.refundable, "en")}, until ${line.deadline}`);
  for (const reason of line.reasons) console.log(`  - ${explainReason(reason, "en")}`);
}

const complaint = classify("快递到的时候箱子压坏了，杯子碎了两个");
console.log("complaint:", complaint.categories[0]?.category, complaint.categories[0]?.matched.map((m) => m.term));

const shanghai = compileCalendar({
  timeZone: "Asia/Shanghai",
  weekly: Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ start: "09:00", end: "12:00" }, { start: "13:30", end: "18:00" }]])),
  ...chinaMainlandHolidays({ years: [2026] }),
});
console.log(describeHours(shanghai, "zh-Hans"), "→ reply by", new Date(addBusinessTime(shanghai, now, 30)).toISOString());
