import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("applies defaults when nothing is set", () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: "127.0.0.1",
      databaseUrl: undefined,
      dataDir: ".aftersales",
      smtpUrl: undefined,
      smtpFrom: "Aftersales <no-reply@localhost>",
      publicUrl: "http://127.0.0.1:3000",
      secret: undefined,
      logLevel: "info",
    });
  });

  it("links emails to the address the server listens on unless PUBLIC_URL says otherwise", () => {
    expect(loadConfig({ HOST: "0.0.0.0", PORT: "8080" }).publicUrl).toBe("http://localhost:8080");
    expect(loadConfig({ HOST: "::1" }).publicUrl).toBe("http://[::1]:3000");
    expect(loadConfig({ HOST: "192.168.1.20" }).publicUrl).toBe("http://192.168.1.20:3000");
  });

  it("reads every variable", () => {
    const config = loadConfig({
      PORT: "8080",
      DATABASE_URL: "postgres://u@db/x",
      DATA_DIR: "/var/lib/as",
      SMTP_URL: "smtp://mail:25",
      PUBLIC_URL: "https://help.example.com/",
      SECRET: "x".repeat(32),
      LOG_LEVEL: "warn",
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: "postgres://u@db/x",
      dataDir: "/var/lib/as",
      smtpUrl: "smtp://mail:25",
      publicUrl: "https://help.example.com",
      secret: "x".repeat(32),
      logLevel: "warn",
    });
  });

  it("names each bad variable with the reason and the value, but never echoes the secret", () => {
    expect(() =>
      loadConfig({
        PORT: "abc",
        DATABASE_URL: "mysql://x",
        SMTP_URL: "http://mail",
        PUBLIC_URL: "not a url",
        SECRET: "short",
        LOG_LEVEL: "loud",
      }),
    ).toThrowError(
      [
        "Invalid configuration:",
        '  PORT: must be a whole number (got "abc")',
        '  DATABASE_URL: must be a postgres:// or postgresql:// URL (got "mysql://x")',
        '  SMTP_URL: must be an smtp:// or smtps:// URL (got "http://mail")',
        '  PUBLIC_URL: must be an absolute http(s) URL (got "not a url")',
        "  SECRET: must be at least 32 characters (e.g. `openssl rand -hex 32`)",
        '  LOG_LEVEL: Invalid option: expected one of "fatal"|"error"|"warn"|"info"|"debug"|"trace"|"silent" (got "loud")',
      ].join("\n"),
    );
  });

  it("rejects a port out of range", () => {
    expect(() => loadConfig({ PORT: "70000" })).toThrowError(
      'Invalid configuration:\n  PORT: must be between 1 and 65535 (got "70000")',
    );
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "" }).databaseUrl).toBeUndefined();
  });
});
