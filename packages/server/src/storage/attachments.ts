import { createHash } from "node:crypto";
import { newId } from "../clock.js";
import type { Queryable } from "./db.js";

/** Image types customers may attach as evidence. */
export const ATTACHMENT_TYPES = ["image/jpeg", "image/png", "image/webp", "image/heic"] as const;
/** One accepted attachment type. */
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
/** Largest accepted attachment (10 MiB). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Most attachments one case may carry. */
export const MAX_ATTACHMENTS_PER_CASE = 5;

const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"]);

/**
 * The image type of `bytes` judged by their content (magic bytes), never by the name or the
 * declared type; null when it is none of {@link ATTACHMENT_TYPES}.
 */
export function sniffImageType(bytes: Uint8Array): AttachmentType | null {
  const b = (i: number) => bytes[i] ?? -1;
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return "image/jpeg";
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b(i) === v)) return "image/png";
  if (bytes.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  if (bytes.length >= 12 && ascii(4, 8) === "ftyp" && HEIF_BRANDS.has(ascii(8, 12))) return "image/heic";
  return null;
}

/** An attachment without its bytes. */
export interface AttachmentMeta {
  readonly id: string;
  readonly owner: string;
  readonly caseId: string | null;
  readonly contentType: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** Stores an uploaded file, not yet tied to a case, owned by `owner` (`order:<id>` or `staff:<id>`). */
export async function saveAttachment(
  db: Queryable,
  input: { tenantId: string; owner: string; contentType: AttachmentType; content: Uint8Array; now: string },
): Promise<AttachmentMeta> {
  const id = newId("att");
  const sha256 = createHash("sha256").update(input.content).digest("hex");
  await db.query(
    `INSERT INTO attachments (tenant_id, id, owner, case_id, content_type, bytes, sha256, content, created_at)
     VALUES ($1, $2, $3, NULL, $4, $5, $6, $7, $8)`,
    [
      input.tenantId,
      id,
      input.owner,
      input.contentType,
      input.content.length,
      sha256,
      input.content,
      input.now,
    ],
  );
  return {
    id,
    owner: input.owner,
    caseId: null,
    contentType: input.contentType,
    bytes: input.content.length,
    sha256,
  };
}

/** The attachment with its bytes, or null (also for another tenant's id). */
export async function loadAttachment(
  db: Queryable,
  tenantId: string,
  id: string,
): Promise<(AttachmentMeta & { content: Uint8Array }) | null> {
  const { rows } = await db.query<{
    id: string;
    owner: string;
    case_id: string | null;
    content_type: string;
    bytes: number;
    sha256: string;
    content: Uint8Array;
  }>(
    "SELECT id, owner, case_id, content_type, bytes, sha256, content FROM attachments WHERE tenant_id = $1 AND id = $2",
    [tenantId, id],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    owner: r.owner,
    caseId: r.case_id,
    contentType: r.content_type,
    bytes: r.bytes,
    sha256: r.sha256,
    content: new Uint8Array(r.content),
  };
}

/**
 * Ties pending attachments of `owner` to a case. Returns the ids that could not be claimed (unknown,
 * someone else's, or already on another case); the caller rejects the request when any are left.
 */
export async function claimAttachments(
  tx: Queryable,
  input: { tenantId: string; owner: string; caseId: string; ids: readonly string[] },
): Promise<string[]> {
  if (input.ids.length === 0) return [];
  const { rows } = await tx.query<{ id: string }>(
    `UPDATE attachments SET case_id = $3
     WHERE tenant_id = $1 AND owner = $2 AND id = ANY($4::text[]) AND (case_id IS NULL OR case_id = $3)
     RETURNING id`,
    [input.tenantId, input.owner, input.caseId, [...input.ids]],
  );
  const claimed = new Set(rows.map((r) => r.id));
  return input.ids.filter((id) => !claimed.has(id));
}

/** How many attachments a case carries. */
export async function countCaseAttachments(db: Queryable, tenantId: string, caseId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM attachments WHERE tenant_id = $1 AND case_id = $2",
    [tenantId, caseId],
  );
  return rows[0]?.n ?? 0;
}
