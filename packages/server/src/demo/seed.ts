import {
  type CaseActor,
  type CaseCommandInput,
  type CaseKind,
  createDemoStore,
  type DemoStore,
  demoTenant,
  type OrderSnapshot,
} from "@aftersales/core";
import { createApiKey } from "../auth/api-keys.js";
import { runCaseCommand } from "../cases/service.js";
import { newId } from "../clock.js";
import { ServerError } from "../errors.js";
import { fallbackCalendar } from "../sla/setup.js";
import type { Db } from "../storage/db.js";
import { putSettings } from "../storage/settings.js";
import { createTenant, findTenantBySlug, type Tenant } from "../storage/tenants.js";

/** What seeding the demo produced. */
export interface DemoSeed {
  readonly tenant: Tenant;
  readonly store: DemoStore;
  /** The admin API key, only when this call created the tenant (keys are stored hashed). */
  readonly adminKey: string | null;
  /** Number of cases created by this call. */
  readonly cases: number;
}

type Step = { readonly actor: "customer" | "staff"; readonly command: CaseCommandInput };

const staffActor: CaseActor = { type: "staff", id: "demo-agent" };
const customerActor: CaseActor = { type: "customer" };

/** One scripted case per status, so the console and the widget show every state. */
function scripts(): { kind: CaseKind; description: string; category?: string; steps: Step[] }[] {
  const ack: Step = { actor: "staff", command: { type: "acknowledge" } };
  return [
    { kind: "inquiry", description: "Do you ship to Austria, and how long does it take?", steps: [] },
    { kind: "complaint", category: "delivery_delay", description: "My parcel is a week late.", steps: [ack] },
    {
      kind: "return",
      description: "The shirt is too small.",
      steps: [ack, { actor: "staff", command: { type: "start_investigation" } }],
    },
    {
      kind: "complaint",
      category: "product_quality",
      description: "The zip broke after two days.",
      steps: [
        ack,
        {
          actor: "staff",
          command: { type: "request_information", body: "Could you send a photo of the zip?" },
        },
      ],
    },
    {
      kind: "complaint",
      category: "delivery_damage",
      description: "The box arrived crushed and the mug is chipped.",
      steps: [
        ack,
        {
          actor: "staff",
          command: {
            type: "propose_options",
            options: [
              { id: "opt1", kind: "replacement", label: "Send a new mug" },
              { id: "opt2", kind: "refund", label: "Refund the mug" },
            ],
          },
        },
      ],
    },
    {
      kind: "return",
      description: "Wrong colour, I would like to send it back.",
      steps: [
        ack,
        {
          actor: "staff",
          command: {
            type: "approve_return",
            instructions: "Print the label from your email and drop the parcel at any DHL point.",
          },
        },
      ],
    },
    {
      kind: "inquiry",
      description: "Is the linen shirt pre-washed?",
      steps: [
        {
          actor: "staff",
          command: { type: "post_message", body: "Yes, all our linen is stone-washed before sewing." },
        },
        { actor: "staff", command: { type: "resolve", resolution: "answered" } },
      ],
    },
    {
      kind: "inquiry",
      description: "Can I change the delivery address?",
      steps: [
        { actor: "staff", command: { type: "resolve", resolution: "answered", summary: "Address changed." } },
        { actor: "staff", command: { type: "close" } },
      ],
    },
    {
      kind: "return",
      description: "I changed my mind about the gift card.",
      steps: [
        {
          actor: "staff",
          command: { type: "decline", reasonCode: "gift_card", message: "Gift cards cannot be returned." },
        },
      ],
    },
    {
      kind: "inquiry",
      description: "Where is my order?",
      steps: [{ actor: "customer", command: { type: "cancel", reason: "Found it, thanks!" } }],
    },
    {
      kind: "complaint",
      category: "service_attitude",
      description: "Nobody answered my phone call.",
      steps: [
        { actor: "staff", command: { type: "resolve", resolution: "apologised" } },
        { actor: "staff", command: { type: "reopen", reason: "The customer wrote again." } },
      ],
    },
  ];
}

function firstReturnableLine(order: OrderSnapshot) {
  return order.lines.find((l) => l.refundableQuantity > 0) ?? order.lines[0]!;
}

/**
 * Creates the demo store (`demo`) with its office-hours calendar, an admin API key and one case in
 * every status on the demo orders, dated over the last days. Does nothing (and returns no key) when
 * the store exists already.
 */
export async function seedDemo(db: Db, options: { now: number }): Promise<DemoSeed> {
  const store = createDemoStore({ now: options.now });
  const existing = await findTenantBySlug(db, demoTenant.slug);
  if (existing) return { tenant: existing, store, adminKey: null, cases: 0 };
  const nowIso = new Date(options.now).toISOString();
  const tenant = await createTenant(db, {
    slug: demoTenant.slug,
    name: demoTenant.name,
    settings: {
      timeZone: demoTenant.timeZone,
      locale: demoTenant.locale,
      contactChannels: ["email", "phone", "chat"],
    },
  });
  await putSettings(db, "calendars", {
    tenantId: tenant.id,
    id: "default",
    body: fallbackCalendar(demoTenant.timeZone),
    now: nowIso,
  });
  const { key } = await createApiKey(db, {
    tenantId: tenant.id,
    name: "demo admin",
    role: "admin",
    staffId: "demo-admin",
    now: nowIso,
  });
  const orders = store.orders();
  const list = scripts();
  let created = 0;
  for (const [index, script] of list.entries()) {
    const order = orders[index % orders.length]!;
    const caseId = newId("cas");
    // Cases opened over the past days, newest last; each step an hour after the previous.
    let at = options.now - (list.length - index) * 6 * 3600_000;
    const line = firstReturnableLine(order);
    const open: CaseCommandInput = {
      type: "open_case",
      kind: script.kind,
      channel: "web",
      ...(script.category ? { category: script.category } : {}),
      order: { id: order.id, number: order.number },
      customer: {
        id: order.customer.id,
        email: order.customer.email,
        ...(order.customer.country ? { country: order.customer.country } : {}),
      },
      description: script.description,
      ...(script.kind === "return" || script.kind === "exchange"
        ? { lines: [{ lineId: line.id, quantity: 1, reason: "size", resolution: "refund" }] }
        : {}),
    };
    const steps: Step[] = [{ actor: "customer", command: open }, ...script.steps];
    for (const step of steps) {
      const outcome = await runCaseCommand(db, {
        tenantId: tenant.id,
        caseId,
        command: step.command,
        actor: step.actor === "staff" ? staffActor : customerActor,
        now: new Date(at).toISOString(),
      });
      if (!outcome.ok) {
        throw new ServerError(
          "demo_seed_failed",
          `Demo case ${index + 1} step ${step.command.type}: ${JSON.stringify(outcome)}`,
        );
      }
      at += 3600_000;
    }
    created++;
  }
  return { tenant, store, adminKey: key, cases: created };
}
