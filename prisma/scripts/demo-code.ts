/**
 * `npm run staff:demo-code -- <email>`: prints the current second-factor code of a DEMO staff account,
 * so a developer can sign in without an authenticator app. Refuses real accounts and production.
 */
import { totpCode, totpStep } from "../../lib/auth/totp";
import { DEMO_STAFF, demoAllowed, demoTotpSecret } from "./seed-demo";

const email = process.argv[2] ?? "";
if (!demoAllowed()) {
  console.error("Refused: NODE_ENV=production.");
  process.exit(2);
}
if (!DEMO_STAFF.some((s) => s.email === email)) {
  console.error(`Not a demo account. Demo accounts: ${DEMO_STAFF.map((s) => s.email).join(", ")}`);
  process.exit(2);
}
const step = totpStep();
console.log(`${totpCode(demoTotpSecret(email), step)} (valid for about ${30 - Math.floor((Date.now() / 1000) % 30)} more seconds)`);
