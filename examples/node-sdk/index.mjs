// Using @aftersales/core from Node: parse platform money, split a discount, format for people.
import { allocate, formatMoney, parseMoney } from "@aftersales/core";

const total = parseMoney("49.90", "EUR");
const discount = parseMoney("5.00", "EUR");
const shares = allocate(discount, [2990, 1000, 1000]);
console.log(
  `Order total ${formatMoney(total, "en")}; discount shares:`,
  shares.map((m) => formatMoney(m, "en")).join(", "),
);
