import { z } from "zod";

/**
 * ISO 4217 minor-unit exponents that differ from the common 2. Source: the ISO 4217 list
 * (SIX Group, "List One"). Everything not listed here has two decimals.
 */
const EXPONENT_EXCEPTIONS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

/** An ISO 4217 alphabetic currency code, upper case (`"EUR"`, `"JPY"`, `"KWD"`). */
export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, "must be an ISO 4217 currency code such as EUR")
  .describe("ISO 4217 currency code");

/** An ISO 4217 alphabetic currency code. */
export type Currency = z.infer<typeof CurrencySchema>;

/**
 * The number of decimal places of a currency's minor unit (JPY 0, EUR 2, KWD 3), which fixes how
 * platform decimal strings convert to integer minor units.
 */
export function currencyExponent(currency: Currency): number {
  return EXPONENT_EXCEPTIONS[currency] ?? 2;
}
