import { expect } from "vitest";
import {
  type PlatformEvent,
  PlatformEventSchema,
  type PlatformTopic,
  type WebhookHeaders,
  type WebhookRequest,
  type WebhookVerification,
  type WebhookVerifier,
  webhookBodyBytes,
} from "../ports/webhooks.js";
import { type ContractCase, expectFailure, registerContract } from "./contract-case.js";

/** An unsigned webhook as the platform would send it: body plus its non-signature headers. */
export interface UnsignedWebhook {
  readonly rawBody: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** A supported webhook and what the verifier must make of it. */
export interface ExpectedWebhookEvent extends UnsignedWebhook {
  readonly expected: {
    readonly topic: PlatformTopic;
    readonly deliveryId: string;
    readonly resourceId?: string;
    readonly shop?: string;
    readonly occurredAt?: string;
  };
}

/** Platform payloads for the webhook contract, taken from the platform's documentation. */
export interface WebhookVerifierContractFixtures {
  /** At least one webhook of a supported topic. */
  readonly events: readonly ExpectedWebhookEvent[];
  /** A webhook of a topic the verifier does not handle. */
  readonly unsupportedTopic: UnsignedWebhook;
  /** A webhook whose body or headers cannot be read (e.g. a truncated JSON body). */
  readonly malformed: UnsignedWebhook;
  /**
   * The platform's unsigned ping request (WooCommerce's `webhook_id=…` on save), answered with
   * `{ ok: true, ping: true }`; `null` when the platform has none.
   */
  readonly ping: WebhookRequest | null;
}

/** What a factory gives {@link runWebhookVerifierContract}. */
export interface WebhookVerifierContractSetup {
  readonly verifier: WebhookVerifier;
  /**
   * Adds valid signature headers for `rawBody` to `headers` with the secret the verifier was built
   * with: the adapter's own signing code (or a copy of the platform's), since core does no crypto.
   */
  sign(rawBody: string, headers: Readonly<Record<string, string>>): WebhookRequest | Promise<WebhookRequest>;
  readonly fixtures: WebhookVerifierContractFixtures;
}

type Setup = WebhookVerifierContractSetup;

function headerRecord(headers: WebhookHeaders): Record<string, string> {
  const record: Record<string, string> = {};
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [key, value] of entries) if (value !== undefined) record[key.toLowerCase()] = value;
  return record;
}

async function signed(setup: Setup, webhook: UnsignedWebhook): Promise<Record<string, string>> {
  return headerRecord((await setup.sign(webhook.rawBody, webhook.headers)).headers);
}

/** The headers `sign` added or changed: the signature (and anything signed with it). */
function signatureHeaders(signedHeaders: Record<string, string>, unsigned: UnsignedWebhook): string[] {
  const before = headerRecord(unsigned.headers);
  return Object.keys(signedHeaders).filter((key) => before[key] !== signedHeaders[key]);
}

function expectEvent(
  result: WebhookVerification,
  setup: Setup,
  fixture: ExpectedWebhookEvent,
): PlatformEvent {
  if (!result.ok) expect.fail(`expected an event for ${fixture.expected.topic}, got ${result.reason}`);
  if (!("event" in result)) return expect.fail(`expected an event for ${fixture.expected.topic}, got a ping`);
  const parsed = PlatformEventSchema.safeParse(result.event);
  expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."))).toEqual([]);
  expect(result.event).toMatchObject({ platform: setup.verifier.platform, ...fixture.expected });
  return result.event;
}

function expectRejection(result: WebhookVerification, reason: string): void {
  expectFailure(result, "reason", [reason]);
}

function firstEvent(setup: Setup): ExpectedWebhookEvent {
  const fixture = setup.fixtures.events[0];
  if (!fixture) return expect.fail("the webhook contract needs at least one event fixture");
  return fixture;
}

/** The checks of the webhook-verifier contract (exported for the suite's own tests). */
export const webhookVerifierContractCases: readonly ContractCase<Setup>[] = [
  {
    name: "turns every signed fixture into its normalised event",
    async run(setup) {
      expect(setup.fixtures.events.length).toBeGreaterThan(0);
      for (const fixture of setup.fixtures.events) {
        const request = await setup.sign(fixture.rawBody, fixture.headers);
        expectEvent(await setup.verifier.verify(request), setup, fixture);
      }
    },
  },
  {
    name: "reads headers case-insensitively from a plain record or a Headers object",
    async run(setup) {
      const fixture = firstEvent(setup);
      const headers = await signed(setup, fixture);
      const upper = Object.fromEntries(
        Object.entries(headers).map(([key, value]) => [key.toUpperCase(), value]),
      );
      for (const variant of [headers, upper, new Headers(headers)]) {
        expectEvent(
          await setup.verifier.verify({ headers: variant, rawBody: fixture.rawBody }),
          setup,
          fixture,
        );
      }
    },
  },
  {
    name: "accepts the raw body as bytes or as text, with the same event",
    async run(setup) {
      const fixture = firstEvent(setup);
      const headers = await signed(setup, fixture);
      const fromText = await setup.verifier.verify({ headers, rawBody: fixture.rawBody });
      const fromBytes = await setup.verifier.verify({ headers, rawBody: webhookBodyBytes(fixture.rawBody) });
      expect(fromBytes).toEqual(fromText);
      expectEvent(fromBytes, setup, fixture);
    },
  },
  {
    name: "gives the same delivery id every time the same delivery is verified",
    async run(setup) {
      const fixture = firstEvent(setup);
      const request = await setup.sign(fixture.rawBody, fixture.headers);
      const first = expectEvent(await setup.verifier.verify(request), setup, fixture);
      const again = expectEvent(await setup.verifier.verify(request), setup, fixture);
      expect(again.deliveryId).toBe(first.deliveryId);
    },
  },
  {
    name: "rejects a body changed after signing as bad_signature",
    async run(setup) {
      const fixture = firstEvent(setup);
      const headers = await signed(setup, fixture);
      for (const rawBody of [
        `${fixture.rawBody} `,
        fixture.rawBody.slice(0, -1),
        webhookBodyBytes(`${fixture.rawBody}\n`),
      ]) {
        expectRejection(await setup.verifier.verify({ headers, rawBody }), "bad_signature");
      }
    },
  },
  {
    name: "rejects a signature made for another body as bad_signature",
    async run(setup) {
      const fixture = firstEvent(setup);
      const headers = await signed(setup, fixture);
      const other = await signed(setup, { ...fixture, rawBody: `${fixture.rawBody}\n` });
      const keys = signatureHeaders(headers, fixture);
      expect(keys.length, "sign() must add a signature header").toBeGreaterThan(0);
      const swapped = { ...headers, ...Object.fromEntries(keys.map((key) => [key, other[key]!])) };
      expectRejection(
        await setup.verifier.verify({ headers: swapped, rawBody: fixture.rawBody }),
        "bad_signature",
      );
    },
  },
  {
    name: "rejects a request without its signature as bad_signature",
    async run(setup) {
      const fixture = firstEvent(setup);
      const headers = await signed(setup, fixture);
      for (const key of signatureHeaders(headers, fixture)) delete headers[key];
      expectRejection(await setup.verifier.verify({ headers, rawBody: fixture.rawBody }), "bad_signature");
      expectRejection(
        await setup.verifier.verify({ headers: {}, rawBody: fixture.rawBody }),
        "bad_signature",
      );
    },
  },
  {
    name: "reports a signed webhook of an unhandled topic as unsupported_topic",
    async run(setup) {
      const { unsupportedTopic } = setup.fixtures;
      const request = await setup.sign(unsupportedTopic.rawBody, unsupportedTopic.headers);
      expectRejection(await setup.verifier.verify(request), "unsupported_topic");
    },
  },
  {
    name: "reports a signed webhook it cannot read as malformed",
    async run(setup) {
      const { malformed } = setup.fixtures;
      const request = await setup.sign(malformed.rawBody, malformed.headers);
      expectRejection(await setup.verifier.verify(request), "malformed");
    },
  },
  {
    name: "answers the platform's unsigned ping, and treats nothing else unsigned as one",
    async run(setup) {
      const { ping } = setup.fixtures;
      if (ping) expect(await setup.verifier.verify(ping)).toEqual({ ok: true, ping: true });
      const empty = await setup.verifier.verify({ headers: {}, rawBody: "" });
      expect(empty.ok, "an empty unsigned request is not accepted").toBe(false);
      const fixture = firstEvent(setup);
      const unsignedEvent = await setup.verifier.verify({
        headers: fixture.headers,
        rawBody: fixture.rawBody,
      });
      expect(unsignedEvent.ok, "an unsigned event is not accepted").toBe(false);
    },
  },
];

/**
 * Registers the `WebhookVerifier` contract as vitest tests: signed fixtures become normalised
 * events (headers in any case or as `Headers`, body as text or bytes), a changed body, a foreign or
 * missing signature is `bad_signature`, unknown topics and unreadable bodies are values, the ping
 * is recognised. `makeVerifier` runs once per test and brings the adapter's own `sign`.
 */
export function runWebhookVerifierContract(
  name: string,
  makeVerifier: () => Promise<WebhookVerifierContractSetup> | WebhookVerifierContractSetup,
): void {
  registerContract(`WebhookVerifier contract: ${name}`, webhookVerifierContractCases, makeVerifier);
}
