import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/db/env";

const SECRET = "a-session-secret-that-is-long-enough-0123";
const PUBLIC = {
  NODE_ENV: "production",
  APP_URL: "https://papers.example.org",
  CRON_SECRET: "cron-secret-0123456789",
  SESSION_SECRET: SECRET,
};

describe("environment", () => {
  it("requires SMTP_URL, CRON_SECRET and SESSION_SECRET when a production APP_URL is public", () => {
    expect(() => parseEnv({ NODE_ENV: "production", APP_URL: "https://papers.example.org" })).toThrow(
      /CRON_SECRET: is required[\s\S]*SESSION_SECRET: is required[\s\S]*SMTP_URL: is required/,
    );
    expect(parseEnv({ ...PUBLIC, SMTP_URL: "smtps://mail.example.org" }).SMTP_URL).toBe("smtps://mail.example.org");
  });

  it("refuses a previous session secret shorter than 32 characters, and a TRUSTED_PROXIES it cannot read", () => {
    expect(() => parseEnv({ SESSION_SECRET: SECRET, SESSION_SECRET_PREVIOUS: "short" })).toThrow(
      /SESSION_SECRET_PREVIOUS: must be at least 32/,
    );
    expect(() => parseEnv({ SESSION_SECRET: SECRET, TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(
      /TRUSTED_PROXIES: must be a hop count or a list/,
    );
    expect(() => parseEnv({ SESSION_SECRET: SECRET, SMTP_INSECURE: "yes" })).toThrow(
      /SMTP_INSECURE: must be "true" or "false"/,
    );
    expect(parseEnv({ SESSION_SECRET: SECRET, TRUSTED_PROXIES: "loopback, 10.0.0.0/8" }).TRUSTED_PROXIES).toBe(
      "loopback, 10.0.0.0/8",
    );
  });

  it("takes DKIM only whole (domain, selector and a key that parses), ", () => {
    expect(() => parseEnv({ SESSION_SECRET: SECRET, DKIM_DOMAIN: "example.org" })).toThrow(
      /DKIM_SELECTOR: is required when any DKIM_ variable is set[\s\S]*DKIM_PRIVATE_KEY: is required/,
    );
    expect(() =>
      parseEnv({
        SESSION_SECRET: SECRET,
        DKIM_DOMAIN: "example.org",
        DKIM_SELECTOR: "s1",
        DKIM_PRIVATE_KEY: "not a key",
      }),
    ).toThrow(/DKIM_PRIVATE_KEY: must be an RSA private key in PEM/);
    const ed25519 = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(() =>
      parseEnv({ SESSION_SECRET: SECRET, DKIM_DOMAIN: "example.org", DKIM_SELECTOR: "s1", DKIM_PRIVATE_KEY: ed25519 }),
    ).toThrow(/DKIM_PRIVATE_KEY: must be an RSA private key in PEM/);
    const key = generateKeyPairSync("rsa", { modulusLength: 2048 })
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString();
    const env = parseEnv({
      SESSION_SECRET: SECRET,
      DKIM_DOMAIN: "example.org",
      DKIM_SELECTOR: "s1",
      DKIM_PRIVATE_KEY: key.replace(/\n/g, "\\n"),
    });
    expect(env.DKIM_PRIVATE_KEY).toBe(key);
  });

  describe("the generated development secret", () => {
    const cwd = process.cwd();
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), "dp-env-"));
      process.chdir(dir);
    });
    afterEach(() => process.chdir(cwd));

    it("is created in a var/ folder and a file only their owner can read", () => {
      const env = parseEnv({});
      expect(Buffer.byteLength(env.SESSION_SECRET)).toBeGreaterThanOrEqual(32);
      expect(statSync(path.join(dir, "var")).mode & 0o777).toBe(0o700);
      expect(statSync(path.join(dir, "var", "session-secret")).mode & 0o777).toBe(0o600);
      expect(parseEnv({}).SESSION_SECRET).toBe(env.SESSION_SECRET);
    });

    it("is refused when the file holds fewer than 32 bytes", () => {
      mkdirSync("var");
      writeFileSync(path.join("var", "session-secret"), "too-short\n");
      expect(() => parseEnv({})).toThrow(/fewer than 32 bytes/);
    });
  });
});
