import { Select, TextField } from "@shopify/polaris";
import type { StaffMember } from "../api/types.js";
import { useAdmin, useT } from "../app/context.js";
import { type Loaded, useLoad } from "../app/use-load.js";
import { assigneeOptions } from "./members.js";

/** The store's staff members (`GET /v1/staff/members`), loaded once per screen. */
export function useMembers(): Loaded<{ items: StaffMember[] }> {
  const { api } = useAdmin();
  return useLoad(() => api.members(), [api]);
}

/**
 * Picks a colleague from the store's staff list. Only when the list cannot be read (an older server,
 * a network failure) does it fall back to a typed staff id, and it says why.
 */
export function AssigneePicker({
  label,
  members,
  value,
  onChange,
  disabled,
}: {
  label: string;
  members: Loaded<{ items: StaffMember[] }>;
  value: string;
  onChange(staffId: string): void;
  disabled?: boolean;
}) {
  const { locale } = useAdmin();
  const t = useT();
  if (members.error && !members.data) {
    return (
      <TextField
        label={label}
        autoComplete="off"
        value={value}
        onChange={onChange}
        helpText={t("assign.listUnavailable", { reason: members.error.title })}
        {...(disabled ? { disabled } : {})}
      />
    );
  }
  return (
    <Select
      label={label}
      options={assigneeOptions(locale, members.data?.items ?? [])}
      placeholder={members.data ? t("assign.choose") : t("common.loading")}
      value={value}
      onChange={onChange}
      disabled={disabled || !members.data}
    />
  );
}
