import { z } from "zod";

// Provided by `shopify app dev` (SHOPIFY_API_KEY, SHOPIFY_API_SECRET, SHOPIFY_APP_URL, SCOPES)
// and by the deployment (DATABASE_URL, AFTERSALES_SECRET; SMTP_URL and SMTP_FROM for email, else
// emails are only logged).
const EnvSchema = z.object({
  SHOPIFY_API_KEY: z.string().min(1),
  SHOPIFY_API_SECRET: z.string().min(1),
  SHOPIFY_APP_URL: z.url(),
  SCOPES: z
    .string()
    .default("")
    .transform((s) =>
      s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  DATABASE_URL: z.string().min(1),
  AFTERSALES_SECRET: z.string().min(32),
  SMTP_URL: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(1).default("Aftersales <no-reply@localhost>"),
});

export const env = EnvSchema.parse(process.env);
