import { initial } from "./0001-initial.js";
import { idempotencyText } from "./0002-idempotency-text.js";
import { staffContacts } from "./0003-staff-contacts.js";
import { casePlatformLinks } from "./0004-case-platform-links.js";

/** One schema change, applied once, in order of `version`. Never edit a released migration. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Every migration of the server's schema, oldest first. */
export const migrations: readonly Migration[] = [
  { version: 1, name: "initial", sql: initial },
  { version: 2, name: "idempotency-text", sql: idempotencyText },
  { version: 3, name: "staff-contacts", sql: staffContacts },
  { version: 4, name: "case-platform-links", sql: casePlatformLinks },
];
