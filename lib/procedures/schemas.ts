import { z } from "zod";

/** Longest search the catalogue uses; longer input is cut (and the page says so), never rejected. */
export const MAX_QUERY_LENGTH = 120;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * Query string of /{locale}/tramites. Anything odd (arrays, huge strings, control characters)
 * turns into a normal search instead of an error: search input is never trusted, never fatal.
 */
export const catalogueSearchSchema = z.object({
  q: z.preprocess(
    firstValue,
    z
      .string()
      .catch("")
      .default("")
      .transform((raw) => {
        // Control characters and unpaired surrogates are dropped; whitespace is collapsed.
        const clean = raw
          .replace(/[\u0000-\u001f\u007f]/g, " ")
          .toWellFormed()
          .replace(/\s+/g, " ")
          .trim();
        const query = Array.from(clean).slice(0, MAX_QUERY_LENGTH).join("").trim();
        return { query, truncated: Array.from(clean).length > MAX_QUERY_LENGTH };
      }),
  ),
  categoria: z.preprocess(firstValue, z.string().max(80).catch("").default("")),
  /** Slug of an office: only the procedures it receives. */
  oficina: z.preprocess(firstValue, z.string().max(80).catch("").default("")),
});

export type CatalogueSearchInput = z.input<typeof catalogueSearchSchema>;
export type CatalogueSearch = z.output<typeof catalogueSearchSchema>;
