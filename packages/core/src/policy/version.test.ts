import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AftersalesError } from "../errors.js";
import { defaultReturnPolicy, ReturnPolicySchema } from "./policy.js";
import { canonicalJson, policyVersion, sha256Hex } from "./version.js";

describe("sha256Hex", () => {
  it("matches the FIPS 180-4 test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
    expect(sha256Hex("a".repeat(1_000_000))).toBe(
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    );
  });

  it("agrees with node:crypto on any text, including block edges and non-ASCII", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
      }),
    );
    for (const n of [55, 56, 63, 64, 65, 119, 120]) {
      const text = "退".repeat(n);
      expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    }
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level, keeps array order and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1, { z: true, y: null }], c: "x" }, e: undefined })).toBe(
      '{"a":{"c":"x","d":[3,1,{"y":null,"z":true}]},"b":1}',
    );
    expect(canonicalJson([undefined, -0, 1.5, "é"])).toBe('[null,0,1.5,"é"]');
  });

  it("refuses what JSON cannot represent", () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(AftersalesError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function is not valid JSON/);
    expect(() => canonicalJson(1n)).toThrow(AftersalesError);
  });

  it("gives equal text for equal values whatever the key order", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe("policyVersion", () => {
  it("is 16 hex digits, the same for the same rules however they are written", () => {
    const version = policyVersion(defaultReturnPolicy());
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(policyVersion(ReturnPolicySchema.parse({ window: { days: 30 } }))).toBe(version);
    const a = ReturnPolicySchema.parse({
      fees: { restockingPercent: 10, returnShipping: { EUR: 495 } },
      label: "x",
    });
    const b = ReturnPolicySchema.parse({
      label: "x",
      fees: { returnShipping: { EUR: 495 }, restockingPercent: 10 },
    });
    expect(policyVersion(a)).toBe(policyVersion(b));
  });

  it("changes when any rule changes", () => {
    const base = policyVersion(defaultReturnPolicy());
    expect(policyVersion(ReturnPolicySchema.parse({ window: { days: 31 } }))).not.toBe(base);
    expect(policyVersion(ReturnPolicySchema.parse({ label: "spring" }))).not.toBe(base);
    expect(policyVersion(ReturnPolicySchema.parse({ legalFloors: { enabled: false } }))).not.toBe(base);
  });

  it("is pinned for the default policy, so a silent change to the defaults shows up here", () => {
    expect(policyVersion(defaultReturnPolicy())).toBe(
      sha256Hex(canonicalJson(defaultReturnPolicy())).slice(0, 16),
    );
    expect(policyVersion(defaultReturnPolicy())).toBe("c3900a951d5b9a09");
  });
});
