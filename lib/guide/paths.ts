/**
 * Where the guide's pages live. Small and dependency-free: the browser's page-feedback check imports it.
 * A result's page is `${GUIDE_RESULTS_PATH}/{result id}` (under the language prefix), so feedback counts per result.
 */
export const GUIDE_PATH = "/guia";
export const GUIDE_QUESTIONS_PATH = "/guia/preguntas";
export const GUIDE_RESULTS_PATH = "/guia/resultado";
