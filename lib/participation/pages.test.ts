import { describe, expect, it } from "vitest";
import { STEP_SLUGS } from "@/lib/applications/fields";
import { FORM_PAGES, offersPageFeedback, parseFeedbackPage } from "./pages";

const slugs = {
  procedures: new Set(["renovacion-de-documento-migratorio"]),
  offices: new Set(["jalisco-guadalajara"]),
  guideResults: new Set(["notif-domicilio"]),
};
const parse = (path: string) => parseFeedbackPage(path, slugs);

describe("parseFeedbackPage", () => {
  it("accepts the portal's public pages, without the language prefix, tied to their procedure", () => {
    expect(parse("/es")).toEqual({ locale: "es", path: "/", procedureSlug: null });
    expect(parse("/en/tramites")).toEqual({ locale: "en", path: "/tramites", procedureSlug: null });
    expect(parse("/es/seguimiento/estado")).toEqual({ locale: "es", path: "/seguimiento/estado", procedureSlug: null });
    expect(parse("/en/estadisticas")?.path).toBe("/estadisticas");
    expect(parse("/es/oficinas/jalisco-guadalajara")).toEqual({
      locale: "es",
      path: "/oficinas/jalisco-guadalajara",
      procedureSlug: null,
    });
    expect(parse("/es/tramites/renovacion-de-documento-migratorio")).toEqual({
      locale: "es",
      path: "/tramites/renovacion-de-documento-migratorio",
      procedureSlug: "renovacion-de-documento-migratorio",
    });
    expect(parse("/en/tramites/renovacion-de-documento-migratorio/solicitud/pasaporte/")?.path).toBe(
      "/tramites/renovacion-de-documento-migratorio/solicitud/pasaporte",
    );
    expect(parse("/es/tramites/renovacion-de-documento-migratorio/formato")?.procedureSlug).toBe(
      "renovacion-de-documento-migratorio",
    );
  });

  it("accepts the guide's result pages (one per result), but not its questions or unknown results", () => {
    expect(parse("/es/guia/resultado/notif-domicilio")).toEqual({
      locale: "es",
      path: "/guia/resultado/notif-domicilio",
      procedureSlug: null,
    });
    for (const path of ["/es/guia/resultado/no-existe", "/es/guia/preguntas", "/es/guia/resultado/notif-domicilio/x"])
      expect(parse(path), path).toBeNull();
  });

  it("refuses unknown languages, procedures, sub-pages, query strings and junk", () => {
    for (const path of [
      "",
      "/fr/tramites",
      "/es/tramites/no-existe",
      "/es/tramites/renovacion-de-documento-migratorio/otra",
      "/es/tramites/renovacion-de-documento-migratorio/formato/x",
      "/es/tramites/renovacion-de-documento-migratorio/solicitud/paso-9",
      "/es/tramites?q=x",
      "/es/oficinas/no-existe",
      "/es/oficinas/jalisco-guadalajara/x",
      "/es/personal/participacion",
      "https://evil.example/es",
      `/es/${"a".repeat(300)}`,
    ]) {
      expect(parse(path), path).toBeNull();
    }
  });
});

describe("offersPageFeedback", () => {
  it("leaves the feedback pages and the staff area out", () => {
    expect(offersPageFeedback("/es/tramites/x")).toBe(true);
    expect(offersPageFeedback("/es")).toBe(true);
    expect(offersPageFeedback("/es/opinion")).toBe(false);
    expect(offersPageFeedback("/en/personal/participacion")).toBe(false);
  });
});

it("knows every step of the request form", () => {
  expect([...FORM_PAGES]).toEqual([...Object.values(STEP_SLUGS), "revisar", "confirmacion"]);
});
