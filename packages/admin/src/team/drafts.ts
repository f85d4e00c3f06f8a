import type { FieldError, StaffMember, StaffMemberChange } from "../api/types.js";

/** The addresses typed into the mailbox field: one per line, or separated by commas, semicolons or spaces. */
export function parseMailbox(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * The server's field errors of a mailbox change in words at the field: `staffEmail.1` names the
 * second address as typed, so staff see which one to fix.
 */
export function mailboxErrors(errors: readonly FieldError[], addresses: readonly string[]): string[] {
  return errors.map((e) => {
    const index = /^staffEmail\.(\d+)$/.exec(e.path)?.[1];
    const address = index === undefined ? undefined : addresses[Number(index)];
    return address === undefined ? e.message : `${address}: ${e.message}`;
  });
}

/** What the member edit form holds. */
export interface MemberDraft {
  readonly displayName: string;
  readonly email: string;
}

/** The form's starting values for a member. */
export function memberDraft(member: StaffMember): MemberDraft {
  return { displayName: member.name, email: member.email ?? "" };
}

/**
 * The `PATCH /v1/staff/members/{id}` body of an edit: only the fields that changed, an emptied one as
 * `null` (the server then clears it: no alert address, or the key's own name).
 */
export function memberChange(member: StaffMember, draft: MemberDraft): StaffMemberChange {
  const start = memberDraft(member);
  const name = draft.displayName.trim();
  const email = draft.email.trim();
  return {
    ...(name !== start.displayName ? { displayName: name === "" ? null : name } : {}),
    ...(email !== start.email ? { email: email === "" ? null : email } : {}),
  };
}

/** The field errors of a member change, by field (`email`, `displayName`), and the ones without a field. */
export function memberErrors(errors: readonly FieldError[]): {
  email: string[];
  displayName: string[];
  other: FieldError[];
} {
  const result = { email: [] as string[], displayName: [] as string[], other: [] as FieldError[] };
  for (const e of errors) {
    if (e.path === "email") result.email.push(e.message);
    else if (e.path === "displayName") result.displayName.push(e.message);
    else result.other.push(e);
  }
  return result;
}
