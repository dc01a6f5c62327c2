import "server-only";
import { getTranslator } from "@/lib/i18n/messages";
import { getOfficeBySlug } from "@/lib/offices/queries";
import type { PosterContent } from "./types";
import { getCatalogue } from "@/lib/procedures/queries";
import type { ShortLinkDTO } from "./types";

/** Absolute short URL of a code on the public address (PUBLIC_BASE_URL; lib/http/public-origin.ts). */
export function shortUrl(origin: string, code: string): string {
  return `${origin}/q/${code}`;
}

/** What a poster prints for its short link: the procedure, office or "all procedures", in Spanish and English. */
export async function posterContent(link: ShortLinkDTO, origin: string): Promise<PosterContent> {
  const catalogue = await getCatalogue();
  const office = link.kind === "general" || !link.officeSlug ? null : await getOfficeBySlug(link.officeSlug);
  let subject: PosterContent["subject"];
  if (link.kind === "procedure") {
    const procedure = catalogue.procedures.find((p) => p.slug === link.procedureSlug);
    if (!procedure)
      throw new Error(`Procedure ${link.procedureSlug} of short link ${link.code} is not in the catalogue`);
    subject = { es: procedure.title.es, en: procedure.title.en };
  } else if (link.kind === "office" && office) {
    subject = {
      es: `${getTranslator("es")("posters.officeProcedures")}: ${office.city}`,
      en: `${getTranslator("en")("posters.officeProcedures")}: ${office.city}`,
    };
  } else {
    subject = { es: getTranslator("es")("posters.allProcedures"), en: getTranslator("en")("posters.allProcedures") };
  }
  return {
    url: shortUrl(origin, link.code),
    subject,
    office: office ? { es: office.name.es, en: office.name.en } : null,
    institution: catalogue.institution.name.es,
  };
}
