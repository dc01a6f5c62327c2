/**
 * Demo mode: the demo staff accounts (published password, derivable second factor) and the sample
 * applications exist only for development. They are loaded, and demo accounts may sign in, only when
 * the operator asked for it explicitly — `npm start -- --demo` or `VENTANILLA_DEMO=1` — never because
 * NODE_ENV was or was not set (security review H2).
 */
export function isDemoMode(env: Record<string, string | undefined> = process.env): boolean {
  return env.VENTANILLA_DEMO === "1";
}
