import { describe, expect, it } from "vitest";
import { afterDelivery, codes, decideLine, line, order } from "../fixtures/eligibility.js";

const snapshot = order([line("A")]);
const now = afterDelivery(5);

describe("reason and evidence rule", () => {
  it("asks for a photo for defects and approves once one is attached", () => {
    const without = decideLine({}, snapshot, { lineId: "A", quantity: 1, reason: "defective" }, now);
    expect(without.status).toBe("needs_review");
    expect(without.evidenceRequired).toBe("photo");
    expect(without.merchantFault).toBe(true);
    expect(without.reasons).toEqual([{ code: "evidence_required", params: { kind: "photo" } }]);

    const withPhoto = decideLine(
      {},
      snapshot,
      { lineId: "A", quantity: 1, reason: "defective", evidence: { photos: 2 } },
      now,
    );
    expect(withPhoto.status).toBe("auto_approve");
    expect(withPhoto.reasons).toEqual([]);
  });

  it("takes a photo or a video where either will do", () => {
    const policy = {
      reasons: { damaged_in_transit: { merchantFault: true, evidence: "photo_or_video" as const } },
    };
    const request = { lineId: "A", quantity: 1, reason: "damaged_in_transit" } as const;
    expect(codes(decideLine(policy, snapshot, request, now))).toEqual(["evidence_required"]);
    expect(codes(decideLine(policy, snapshot, { ...request, evidence: { videos: 1 } }, now))).toEqual([]);
    expect(codes(decideLine(policy, snapshot, { ...request, evidence: { photos: 1 } }, now))).toEqual([]);
    expect(
      codes(decideLine(policy, snapshot, { ...request, evidence: { photos: 0, videos: 0 } }, now)),
    ).toEqual(["evidence_required"]);
  });

  it("takes the description or the note as a written description", () => {
    const request = { lineId: "A", quantity: 1, reason: "not_as_described" } as const;
    expect(decideLine({}, snapshot, request, now).reasons).toEqual([
      { code: "evidence_required", params: { kind: "description" } },
      { code: "reason_requires_review", params: { reason: "not_as_described" } },
    ]);
    expect(codes(decideLine({}, snapshot, { ...request, note: "Colour is blue, not green" }, now))).toEqual([
      "reason_requires_review",
    ]);
    expect(
      codes(decideLine({}, snapshot, { ...request, evidence: { description: "Wrong colour" } }, now)),
    ).toEqual(["reason_requires_review"]);
    expect(codes(decideLine({}, snapshot, { ...request, evidence: { description: "   " } }, now))).toEqual([
      "evidence_required",
      "reason_requires_review",
    ]);
  });

  it("refuses a reason the policy does not list", () => {
    const decided = decideLine(
      { reasons: { defective: { merchantFault: true, evidence: "photo" } } },
      snapshot,
      { lineId: "A", quantity: 1, reason: "changed_mind" },
      now,
    );
    expect(decided.status).toBe("ineligible");
    expect(decided.reasons).toEqual([{ code: "reason_not_accepted", params: { reason: "changed_mind" } }]);
    expect(decided.merchantFault).toBe(false);
  });

  it("needs no evidence for a change of mind and treats it as the customer's choice", () => {
    const decided = decideLine({}, snapshot, { lineId: "A", quantity: 1, reason: "changed_mind" }, now);
    expect(decided).toMatchObject({ status: "auto_approve", evidenceRequired: "none", merchantFault: false });
  });
});
