import type { LineFlags, OrderSnapshot, SalesChannel } from "../order/snapshot.js";
import type { LegalRegion, StatutoryExclusion } from "./reasons.js";

/**
 * A statutory minimum right of return that no merchant policy can go below: the customer may
 * return goods bought at a distance within `days` of receiving them, for any reason, except the
 * goods the law leaves out.
 */
export interface LegalFloor {
  readonly region: LegalRegion;
  /** Days from delivery (the decision counts basis + days × 24 h, see `evaluate`). */
  readonly days: number;
  /** The statute, for people reading a decision. */
  readonly source: string;
  /** Goods the statute excludes, in the order they are checked. */
  readonly exclusions: readonly StatutoryExclusion[];
}

// EU / EEA / UK — right of withdrawal from a distance contract: 14 days from the day the consumer
// acquires physical possession of the goods (Directive 2011/83/EU art. 9(1), 9(2)(b)); no reason
// needed; the trader reimburses all payments received (art. 13) and may charge no restocking fee,
// but the consumer bears the direct cost of sending the goods back if informed of it (art. 14(1)).
// Exceptions (art. 16): goods made to the consumer's specifications or clearly personalised (c),
// goods liable to deteriorate or expire rapidly (d), sealed goods unsuitable for return for health
// or hygiene reasons once unsealed (e) — we take the merchant's `hygiene` flag to mean such goods —,
// newspapers, periodicals and magazines other than subscriptions (j), and digital content not on a
// tangible medium once performance has begun with the consumer's consent (m, our `digitalOpened`).
// The directive binds the EEA (IS, LI, NO) through the EEA Agreement. The UK kept the same rules
// after Brexit: Consumer Contracts (Information, Cancellation and Additional Charges) Regulations
// 2013, reg. 29–31 (14 days from delivery), reg. 28 (exceptions), reg. 34 (reimbursement).
// Gift cards and final-sale goods are not among the exceptions, so the floor applies to them.
const EU_EXCLUSIONS: readonly StatutoryExclusion[] = [
  "customized",
  "perishable",
  "hygiene",
  "periodical",
  "digital_opened",
];

// Mainland China — PRC Consumer Rights Protection Law (2013 revision) art. 25: goods bought online,
// by TV, phone or mail order may be returned without giving a reason within 7 days of receipt,
// except goods custom-made for the consumer, fresh and perishable goods, audio-visual products and
// software downloaded online or unsealed by the consumer, and delivered newspapers and periodicals;
// the consumer pays the return freight unless agreed otherwise, the business refunds the price
// within 7 days. SAMR's Interim Measures for 7-day No-reason Returns of Online Purchases (2017)
// art. 7 also allows excluding goods whose unsealing affects health or safety (our `hygiene`) when
// the consumer confirmed it at purchase — we take the merchant's flag as that confirmation.
// Hong Kong, Macao and Taiwan (HK, MO, TW) have their own laws and are not covered by this floor.
const CN_EXCLUSIONS: readonly StatutoryExclusion[] = [
  "customized",
  "perishable",
  "digital_opened",
  "periodical",
  "hygiene",
];

/** The floors this module knows, by region. */
export const LEGAL_FLOORS: Readonly<Record<LegalRegion, LegalFloor>> = Object.freeze({
  EU: Object.freeze({
    region: "EU",
    days: 14,
    source: "Directive 2011/83/EU art. 9, 16",
    exclusions: EU_EXCLUSIONS,
  }),
  EEA: Object.freeze({
    region: "EEA",
    days: 14,
    source: "Directive 2011/83/EU art. 9, 16 (EEA Agreement)",
    exclusions: EU_EXCLUSIONS,
  }),
  UK: Object.freeze({
    region: "UK",
    days: 14,
    source: "Consumer Contracts Regulations 2013 reg. 28–31",
    exclusions: EU_EXCLUSIONS,
  }),
  CN: Object.freeze({
    region: "CN",
    days: 7,
    source: "PRC Consumer Rights Protection Law art. 25",
    exclusions: CN_EXCLUSIONS,
  }),
});

// The 27 member states, plus the outermost regions that carry their own ISO 3166-1 codes but are
// part of the EU (French overseas departments GF, GP, MQ, RE, YT, Saint-Martin MF) and Åland (AX).
const EU_COUNTRIES = new Set([
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
  "GF",
  "GP",
  "MQ",
  "RE",
  "YT",
  "MF",
  "AX",
]);
const EEA_COUNTRIES = new Set(["IS", "LI", "NO"]);
// "UK" is not an ISO 3166-1 code but some platforms send it for GB.
const UK_COUNTRIES = new Set(["GB", "UK"]);

/** The legal region of a country code, or `null` when none of the floors covers it (US, HK, MO, TW …). */
export function legalRegionOf(country: string): LegalRegion | null {
  if (EU_COUNTRIES.has(country)) return "EU";
  if (EEA_COUNTRIES.has(country)) return "EEA";
  if (UK_COUNTRIES.has(country)) return "UK";
  if (country === "CN") return "CN";
  return null;
}

/**
 * Distance sales: sold without the parties being together (online shop, phone, marketplace).
 * The statutes above cover only those; a sale in a shop (`pos`) has no statutory return right.
 */
export function isDistanceSale(channel: SalesChannel): boolean {
  return channel !== "pos";
}

/**
 * The customer's country as the law sees it: the customer's country, else the shipping address's,
 * else the billing address's (consumer law follows where the consumer lives and receives the goods).
 */
export function customerCountry(order: OrderSnapshot): string | undefined {
  return order.customer.country ?? order.shippingAddress?.country ?? order.billingAddress?.country;
}

/** The floor that protects this order's customer, or `null` (no region, or not a distance sale). */
export function legalFloorFor(order: OrderSnapshot): LegalFloor | null {
  if (!isDistanceSale(order.salesChannel)) return null;
  const country = customerCountry(order);
  if (country === undefined) return null;
  const region = legalRegionOf(country);
  return region === null ? null : LEGAL_FLOORS[region];
}

/** The first statutory exclusion of `floor` that this line falls under, or `null` when the floor covers it. */
export function statutoryExclusionOf(floor: LegalFloor, flags: LineFlags): StatutoryExclusion | null {
  for (const exclusion of floor.exclusions) {
    if (hasExclusion(exclusion, flags)) return exclusion;
  }
  return null;
}

function hasExclusion(exclusion: StatutoryExclusion, flags: LineFlags): boolean {
  switch (exclusion) {
    case "customized":
      return flags.customized;
    case "perishable":
      return flags.perishable;
    case "hygiene":
      return flags.hygiene;
    case "periodical":
      return flags.periodical;
    case "digital_opened":
      return flags.digitalOpened;
    default: {
      const unreachable: never = exclusion;
      return unreachable;
    }
  }
}
