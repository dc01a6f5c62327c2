/**
 * `npm run staff:reencrypt-totp`: re-encrypts every stored second-factor secret under the current
 * TOTP_ENCRYPTION_KEY (secrets under a key listed in TOTP_ENCRYPTION_KEYS_PREVIOUS, and any stored
 * before encryption existed). The last step of a key rotation (README, "Rotating the TOTP key").
 */
import { decryptTotpSecret, encryptTotpSecret, needsReencryption } from "../../lib/auth/totp-crypto";
import { ensureTotpKey } from "./lib/totp-key";
import { runCli, withScriptDatabase } from "./lib/cli";

async function main(): Promise<void> {
  await withScriptDatabase(async (db, database) => {
    ensureTotpKey(database.embedded);
    const rows = await db.staffUser.findMany({
      where: { totpSecret: { not: null } },
      select: { id: true, totpSecret: true },
    });
    let changed = 0;
    for (const row of rows) {
      if (!needsReencryption(row.totpSecret!)) continue;
      const secret = decryptTotpSecret(row.totpSecret!, row.id);
      // Conditional on the value read: a concurrent enrolment is never overwritten.
      const { count } = await db.staffUser.updateMany({
        where: { id: row.id, totpSecret: row.totpSecret },
        data: { totpSecret: encryptTotpSecret(secret, row.id) },
      });
      changed += count;
    }
    console.log(`Second-factor secrets: ${rows.length} stored, ${changed} re-encrypted under the current key.`);
  });
}

runCli(main);
