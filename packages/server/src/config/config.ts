import { z } from "zod";
import { ServerError } from "../errors.js";

const LogLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\/.+/.test(v), "must be a postgres:// or postgresql:// URL");

/** The environment variables the server reads, with their defaults and checks. */
export const EnvSchema = z.object({
  PORT: z.coerce
    .number({ message: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 65535")
    .max(65535, "must be between 1 and 65535")
    .default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().min(1).default(".aftersales"),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\/.+/.test(v), "must be an smtp:// or smtps:// URL")
    .optional(),
  SMTP_FROM: z.string().min(3).default("Aftersales <no-reply@localhost>"),
  PUBLIC_URL: z.url({ message: "must be an absolute http(s) URL" }).optional(),
  SECRET: z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -hex 32`)").optional(),
  LOG_LEVEL: LogLevel.default("info"),
});

/** The validated server configuration. */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** PostgreSQL connection string; absent means embedded PGlite in {@link dataDir}. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  /** SMTP server for outgoing mail; absent means mail is only logged. */
  readonly smtpUrl: string | undefined;
  readonly smtpFrom: string;
  /** Base URL customers and staff reach the server at (links in emails). */
  readonly publicUrl: string;
  /** Key for signing customer tokens; absent only when the caller generates one (demo). */
  readonly secret: string | undefined;
  readonly logLevel: z.infer<typeof LogLevel>;
}

/**
 * Reads the configuration from environment variables. Throws a {@link ServerError} `invalid_config`
 * naming every bad variable and why, so a misconfigured deployment fails at start with one message.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): ServerConfig {
  const cleaned = Object.fromEntries(
    Object.keys(EnvSchema.shape).map((key) => [key, env[key] === "" ? undefined : env[key]]),
  );
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      const got = cleaned[name];
      const shown = name === "SECRET" || got === undefined ? "" : ` (got ${JSON.stringify(got)})`;
      return `${name}: ${issue.message}${shown}`;
    });
    throw new ServerError("invalid_config", `Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const v = result.data;
  return {
    port: v.PORT,
    host: v.HOST,
    databaseUrl: v.DATABASE_URL,
    dataDir: v.DATA_DIR,
    smtpUrl: v.SMTP_URL,
    smtpFrom: v.SMTP_FROM,
    publicUrl: (v.PUBLIC_URL ?? `http://${browserHost(v.HOST)}:${v.PORT}`).replace(/\/+$/, ""),
    secret: v.SECRET,
    logLevel: v.LOG_LEVEL,
  };
}

/**
 * The host a browser on this machine uses to reach a server listening on `host`: the host itself,
 * or `localhost` for the wildcard addresses. The default `PUBLIC_URL` (the links in emails) and the
 * printed URLs both use it, so a link opens the same origin the console printed.
 */
export function browserHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}
