/** Locales, message tables and the formatting the screens share. */
export { en, type MessageKey } from "./en.js";
export {
  codeLabel,
  currencyDigits,
  decimalString,
  formatDuration,
  formatInstant,
  formatMoney,
  formatNumber,
  formatPercent,
  isMessageKey,
  Locale,
  localDate,
  type MessageParams,
  parseAmount,
  pickLocale,
  translate,
  zonedWallToUtc,
} from "./format.js";
export { zhHans } from "./zh-hans.js";
