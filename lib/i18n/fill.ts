/**
 * Fills `{name}` placeholders from `values`; an unknown placeholder stays visible so a missing value is
 * noticed. No catalogue import: client components use it on texts the server already translated.
 */
export function fillPlaceholders(text: string, values?: Record<string, string | number>): string {
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
