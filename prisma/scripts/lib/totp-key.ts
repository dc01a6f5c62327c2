import fs from "node:fs";
import path from "node:path";
import { generateTotpKeySpec, parseTotpKey } from "../../../lib/auth/totp-crypto";
import { defaultDataDir } from "./paths";

/**
 * Makes sure TOTP_ENCRYPTION_KEY is set before anything encrypts or decrypts a second-factor secret.
 * - Set in the environment: checked and used (a production server, or an operator who manages keys).
 * - Embedded database (`npm start` on one machine): a key is generated once into `totp-encryption.key`
 *   beside the cluster's folder (mode 600, git-ignored with `.data/`), so it lives outside the database
 *   and its dumps; deleting `.data` resets both together.
 * - External database (DATABASE_URL) without a key: refused, with what to do.
 * Returns where the key came from, for the start-up message.
 */
export function ensureTotpKey(embedded: boolean): "environment" | "file" {
  const given = process.env.TOTP_ENCRYPTION_KEY?.trim();
  if (given) {
    parseTotpKey(given);
    return "environment";
  }
  if (!embedded) {
    throw new Error(
      "TOTP_ENCRYPTION_KEY is not set. With DATABASE_URL the key that encrypts staff second-factor secrets must come from the environment: " +
        `generate one with \`node -e "console.log('k1:'+require('crypto').randomBytes(32).toString('base64'))"\` and keep it in your secret store (README, "Running in production").`,
    );
  }
  const file = path.join(path.dirname(process.env.VENTANILLA_DATA_DIR || defaultDataDir()), "totp-encryption.key");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${generateTotpKeySpec("local")}\n`, { mode: 0o600, flag: "wx" });
  }
  const spec = fs.readFileSync(file, "utf8").trim();
  parseTotpKey(spec);
  process.env.TOTP_ENCRYPTION_KEY = spec;
  return "file";
}
