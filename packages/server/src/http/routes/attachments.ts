import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { nowIso } from "../../clock.js";
import {
  loadAttachment,
  MAX_ATTACHMENT_BYTES,
  saveAttachment,
  sniffImageType,
} from "../../storage/attachments.js";
import { customerOwner, requireCustomerOrStaff } from "../auth.js";
import type { AppEnv } from "../env.js";
import { notFound, Problem, ProblemType } from "../problem.js";
import { AttachmentView, IdParam, json, problems } from "../schemas.js";

const uploadRoute = createRoute({
  method: "post",
  path: "/v1/attachments",
  tags: ["customer", "staff"],
  security: [{ customerToken: [] }, { apiKey: [] }],
  summary: "Upload an image (multipart field `file`, or the raw bytes with an image/* Content-Type)",
  request: {
    body: {
      required: true,
      content: {
        "multipart/form-data": {
          schema: z.object({ file: z.any().openapi({ type: "string", format: "binary" }) }),
        },
        "image/*": { schema: z.any().openapi({ type: "string", format: "binary" }) },
      },
    },
  },
  responses: { 201: json(AttachmentView, "The stored attachment"), ...problems(400, 401, 413, 415) },
});

const downloadRoute = createRoute({
  method: "get",
  path: "/v1/attachments/{id}",
  tags: ["customer", "staff"],
  security: [{ customerToken: [] }, { apiKey: [] }],
  summary: "The bytes of an attachment (to the uploading shopper and staff only)",
  request: { params: IdParam },
  responses: {
    200: {
      description: "The file",
      content: { "image/*": { schema: z.any().openapi({ type: "string", format: "binary" }) } },
    },
    ...problems(401, 404),
  },
});

const unsupported = () =>
  new Problem(415, ProblemType.unsupported_media_type, "Only JPEG, PNG, WebP and HEIC images are accepted");
const tooLarge = () =>
  new Problem(413, ProblemType.payload_too_large, `Attachments are limited to ${MAX_ATTACHMENT_BYTES} bytes`);

/** Upload and download of evidence images. */
export function registerAttachmentRoutes(app: OpenAPIHono<AppEnv>): void {
  app.use("/v1/attachments", requireCustomerOrStaff());
  app.use("/v1/attachments/*", requireCustomerOrStaff());

  // Registered by hand: the body is bytes, which the zod validators do not read.
  app.post("/v1/attachments", async (c) => {
    const { db, clock } = c.get("services");
    const type = (c.req.header("content-type") ?? "").toLowerCase();
    let bytes: Uint8Array;
    if (type.startsWith("multipart/form-data")) {
      const form = await c.req.formData().catch(() => {
        throw new Problem(400, ProblemType.validation_failed, "The multipart body could not be read");
      });
      const file = form.get("file");
      if (!(file instanceof Blob)) {
        throw new Problem(400, ProblemType.validation_failed, "The form has no file", {
          errors: [{ path: "file", message: "required", code: "required" }],
        });
      }
      if (file.size > MAX_ATTACHMENT_BYTES) throw tooLarge();
      bytes = new Uint8Array(await file.arrayBuffer());
    } else if (type.startsWith("image/") || type === "application/octet-stream") {
      bytes = new Uint8Array(await c.req.arrayBuffer());
    } else {
      throw unsupported();
    }
    if (bytes.length > MAX_ATTACHMENT_BYTES) throw tooLarge();
    const sniffed = sniffImageType(bytes);
    if (!sniffed) throw unsupported();
    const customer = c.get("customer");
    const staff = c.get("staff");
    const tenantId = staff?.tenantId ?? customer.tenantId;
    const owner = staff ? `staff:${staff.staffId}` : customerOwner(customer);
    const saved = await saveAttachment(db, {
      tenantId,
      owner,
      contentType: sniffed,
      content: bytes,
      now: nowIso(clock),
    });
    return c.json({ id: saved.id, contentType: saved.contentType, bytes: saved.bytes }, 201);
  });

  app.openapi(downloadRoute, async (c) => {
    const { db } = c.get("services");
    const { id } = c.req.valid("param");
    const staff = c.get("staff");
    const customer = c.get("customer");
    const tenantId = staff?.tenantId ?? customer.tenantId;
    const found = await loadAttachment(db, tenantId, id);
    if (!found || (!staff && found.owner !== customerOwner(customer))) throw notFound("Attachment");
    return new Response(found.content, {
      status: 200,
      headers: {
        "content-type": found.contentType,
        "content-length": String(found.bytes),
        "cache-control": "private, max-age=3600",
        "x-content-type-options": "nosniff",
        "content-disposition": `inline; filename="${found.id}"`,
      },
    }) as never;
  });

  app.openAPIRegistry.registerPath(uploadRoute);
}
