import {
  Banner,
  BlockStack,
  Button,
  Card,
  FormLayout,
  IndexTable,
  InlineStack,
  Layout,
  Modal,
  Page,
  Text,
  TextField,
} from "@shopify/polaris";
import { useState } from "react";
import { ApiError } from "../api/client.js";
import type { StaffMember } from "../api/types.js";
import { useAdmin, useT } from "../app/context.js";
import { useLoad } from "../app/use-load.js";
import { codeLabel } from "../i18n/index.js";
import { memberName } from "../ui/members.js";
import { Notice } from "../ui/notice.js";
import { ProblemBanner } from "../ui/problem-banner.js";
import { mailboxErrors, memberChange, memberDraft, memberErrors, parseMailbox } from "./drafts.js";

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, { title: String(e) }));

/**
 * A save the server refused. A 403 says in words that the change needs an admin, with the role the
 * key has and the server's own answer, instead of a bare "forbidden".
 */
function SaveProblem({ error }: { error: ApiError }) {
  const { locale, identity } = useAdmin();
  const t = useT();
  if (error.status !== 403) return <ProblemBanner error={error} />;
  return (
    <Banner tone="critical" title={t("team.forbidden")}>
      <p>
        {identity.role
          ? t("team.forbiddenRole", { role: codeLabel(locale, "role", identity.role), reason: error.title })
          : error.title}
      </p>
    </Banner>
  );
}

/** Edits one member's display name and alert address (`PATCH /v1/staff/members/{id}`, admin). */
function MemberModal({
  member,
  onClose,
  onSaved,
}: {
  member: StaffMember;
  onClose(): void;
  onSaved(member: StaffMember): void;
}) {
  const { api } = useAdmin();
  const t = useT();
  const [draft, setDraft] = useState(() => memberDraft(member));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const change = memberChange(member, draft);
  const fields = memberErrors(error?.status === 400 ? error.errors : []);
  const unplaced = error && (error.status !== 400 || fields.other.length > 0 || error.errors.length === 0);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await api.updateMember(member.staffId, change));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      onClose={onClose}
      title={t("team.editTitle", { member: memberName(member) })}
      primaryAction={{
        content: t("common.save"),
        loading: busy,
        disabled: Object.keys(change).length === 0,
        onAction: () => void save(),
      }}
      secondaryActions={[{ content: t("common.cancel"), onAction: onClose }]}
    >
      <Modal.Section>
        <BlockStack gap="300">
          {unplaced && error ? <SaveProblem error={error} /> : null}
          <FormLayout>
            <TextField
              label={t("team.displayName")}
              autoComplete="off"
              value={draft.displayName}
              onChange={(displayName) => setDraft((d) => ({ ...d, displayName }))}
              helpText={t("team.displayNameHelp")}
              {...(fields.displayName.length > 0 ? { error: fields.displayName.join(" · ") } : {})}
            />
            <TextField
              label={t("team.email")}
              type="email"
              autoComplete="off"
              value={draft.email}
              onChange={(email) => setDraft((d) => ({ ...d, email }))}
              helpText={t("team.emailHelp")}
              {...(fields.email.length > 0 ? { error: fields.email.join(" · ") } : {})}
            />
          </FormLayout>
        </BlockStack>
      </Modal.Section>
    </Modal>
  );
}

/** The managers' SLA alert mailbox (`GET`/`PATCH /v1/staff/store-settings`, saving needs an admin). */
function AlertMailboxCard({ onSaved }: { onSaved(message: string): void }) {
  const { api } = useAdmin();
  const t = useT();
  const settings = useLoad(() => api.storeSettings(), [api]);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const saved = settings.data?.staffEmail ?? [];
  const value = text ?? saved.join("\n");
  const fieldErrors =
    error?.status === 400 && error.errors.length > 0 ? mailboxErrors(error.errors, sent) : [];

  const save = async () => {
    const addresses = parseMailbox(value);
    setBusy(true);
    setError(null);
    setSent(addresses);
    try {
      settings.set(await api.updateStoreSettings({ staffEmail: addresses }));
      setText(null);
      onSaved(t("team.mailboxSaved"));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          {t("team.alerts")}
        </Text>
        <Text as="p" tone="subdued">
          {t("team.alertsHelp")}
        </Text>
        {settings.error ? <ProblemBanner error={settings.error} onRetry={settings.reload} /> : null}
        {error && fieldErrors.length === 0 ? <SaveProblem error={error} /> : null}
        {settings.data ? (
          <div data-testid="team-mailbox-current">
            <Text as="p">
              {saved.length > 0
                ? t("team.mailboxCurrent", { addresses: saved.join(", ") })
                : t("team.mailboxNone")}
            </Text>
          </div>
        ) : null}
        <TextField
          label={t("team.mailbox")}
          autoComplete="off"
          multiline={3}
          value={value}
          onChange={setText}
          helpText={t("team.mailboxHelp")}
          disabled={!settings.data}
          {...(fieldErrors.length > 0 ? { error: fieldErrors.join(" · ") } : {})}
        />
        <InlineStack>
          <Button
            variant="primary"
            loading={busy}
            disabled={!settings.data || text === null}
            onClick={() => void save()}
          >
            {t("team.mailboxSave")}
          </Button>
        </InlineStack>
      </BlockStack>
    </Card>
  );
}

/** Team & alerts (managers and admins): who is on the team, their alert addresses, the managers' mailbox. */
export function TeamPage() {
  const { api, locale, identity } = useAdmin();
  const t = useT();
  const members = useLoad(() => api.members(), [api]);
  const [editing, setEditing] = useState<StaffMember | null>(null);
  const [toast, setToast] = useState<string | null>(null);

  if (identity.role === "agent") {
    return (
      <Page title={t("team.title")}>
        <Banner tone="info" title={t("team.managersOnly")} />
      </Page>
    );
  }

  const items = members.data?.items ?? [];
  return (
    <Page title={t("team.title")}>
      <BlockStack gap="400">
        <Notice message={toast} onDismiss={() => setToast(null)} />
        {identity.role === "manager" ? <Banner tone="info" title={t("team.adminSaves")} /> : null}
        <Layout>
          <Layout.Section>
            <Card padding="0">
              <div style={{ padding: "var(--p-space-400)" }}>
                <BlockStack gap="100">
                  <Text as="h2" variant="headingMd">
                    {t("team.members")}
                  </Text>
                  <Text as="p" tone="subdued">
                    {t("team.membersHelp")}
                  </Text>
                </BlockStack>
              </div>
              {members.error ? <ProblemBanner error={members.error} onRetry={members.reload} /> : null}
              <IndexTable
                resourceName={{ singular: t("team.resource"), plural: t("team.resources") }}
                itemCount={items.length}
                selectable={false}
                loading={members.loading}
                headings={[
                  { title: t("team.col.name") },
                  { title: t("team.col.staffId") },
                  { title: t("team.col.role") },
                  { title: t("team.col.email") },
                  { title: t("team.col.actions"), hidden: true },
                ]}
              >
                {items.map((member, index) => (
                  <IndexTable.Row id={member.staffId} key={member.staffId} position={index}>
                    <IndexTable.Cell>
                      <Text as="span" fontWeight="semibold">
                        {member.name}
                      </Text>
                    </IndexTable.Cell>
                    <IndexTable.Cell>{member.staffId}</IndexTable.Cell>
                    <IndexTable.Cell>{codeLabel(locale, "role", member.role)}</IndexTable.Cell>
                    <IndexTable.Cell>
                      {member.email ?? (
                        <Text as="span" tone="subdued">
                          {t("team.noEmail")}
                        </Text>
                      )}
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      <Button
                        onClick={() => setEditing(member)}
                        accessibilityLabel={t("team.editLabel", { member: memberName(member) })}
                      >
                        {t("team.edit")}
                      </Button>
                    </IndexTable.Cell>
                  </IndexTable.Row>
                ))}
              </IndexTable>
            </Card>
          </Layout.Section>
          <Layout.Section variant="oneThird">
            <AlertMailboxCard onSaved={setToast} />
          </Layout.Section>
        </Layout>
      </BlockStack>
      {editing ? (
        <MemberModal
          key={editing.staffId}
          member={editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            members.set({ items: items.map((m) => (m.staffId === saved.staffId ? saved : m)) });
            setToast(t("team.memberSaved", { member: memberName(saved) }));
          }}
        />
      ) : null}
    </Page>
  );
}
