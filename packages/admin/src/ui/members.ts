import type { StaffMember } from "../api/types.js";
import { codeLabel, type Locale } from "../i18n/index.js";

/** A member as staff read it: the name, with the staff id when the name is not the id ("Mia (mia)"). */
export function memberName(member: Pick<StaffMember, "staffId" | "name">): string {
  return member.name === member.staffId ? member.name : `${member.name} (${member.staffId})`;
}

/** The name of whoever has `staffId`, or the id itself when the list does not know them (a revoked key). */
export function nameOf(members: readonly StaffMember[] | undefined, staffId: string): string {
  const found = members?.find((m) => m.staffId === staffId);
  return found ? memberName(found) : staffId;
}

/** The options of an assignee picker: every member with their role, in the server's order (by name). */
export function assigneeOptions(
  locale: Locale,
  members: readonly StaffMember[],
): { label: string; value: string }[] {
  return members.map((m) => ({
    value: m.staffId,
    label: `${memberName(m)} · ${codeLabel(locale, "role", m.role)}`,
  }));
}
