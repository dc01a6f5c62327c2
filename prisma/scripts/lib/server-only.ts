/**
 * Lets a command-line script load lib modules marked `import "server-only"`. The guard keeps those modules out
 * of browser bundles; a script runs on the server, so the guard has nothing to protect here. Scripts whose lib
 * modules reach `next/navigation` cannot use `--conditions=react-server` instead (React's server build has no
 * createContext, which that module needs outside Next's bundler). Call before importing such modules.
 */
export function allowServerOnlyModules(): void {
  const guard = require.resolve("server-only");
  require.cache[guard] = { id: guard, filename: guard, loaded: true, exports: {} } as NodeJS.Module;
}
