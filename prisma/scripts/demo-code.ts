/**
 * `npm run staff:demo-code -- <email>`: prints the current second-factor code of a DEMO staff account,
 * so a developer can sign in without an authenticator app. Refuses real accounts. (The demo secrets are
 * public by design; what keeps demo accounts off a real server is the sign-in refusal outside demo mode.)
 */
import { totpCode, totpStep } from "../../lib/auth/totp";
import { DEMO_STAFF, demoTotpSecret } from "./seed-demo";

const email = process.argv[2] ?? "";
if (!DEMO_STAFF.some((s) => s.email === email)) {
  console.error(`Not a demo account. Demo accounts: ${DEMO_STAFF.map((s) => s.email).join(", ")}`);
  process.exit(2);
}
const step = totpStep();
console.log(
  `${totpCode(demoTotpSecret(email), step)} (valid for about ${30 - Math.floor((Date.now() / 1000) % 30)} more seconds)`,
);
