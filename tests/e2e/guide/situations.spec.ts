import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll, VIEWPORTS } from "../helpers";
import { expectNoAxeViolationsWithoutJs } from "../participation/helpers";

// Date fields are typed in the browser's own segment order: en-US is month/day/year.
test.use({ locale: "en-US" });

/**
 * The guide "¿Qué trámite necesito?" walked through the real pages.
 *
 * SITUATIONS is written by hand from the catalogue's sources (INM fichas and FAQs, Ley de Migración arts. 53, 63 and
 * 134, LTPM arts. 33–34, 56 and 65, COMAR guidance): a person's answers → the procedure(s) they need, in order, and
 * the deadline that runs against them. Dates are fixed in the past or far future so the expected dates never depend
 * on the day the test runs; one situation is dated from today to check the "file it by" sentence.
 */
type Situation = {
  name: string;
  answers: Record<string, string>;
  result: string;
  /** Procedure slugs in the order the result must list them; empty for a help page. */
  procedures: string[];
  /** Text the deadline box must show (Spanish dates as the page writes them). */
  deadline?: string | RegExp;
  /** Requirement names that must, and must not, be in the person's own list (first procedure). */
  requires?: string[];
  excludes?: string[];
  /** Text the fee total must show (first procedure). */
  total?: RegExp;
  /** Text the help page must show. */
  help?: string[];
};

const CANJE = "expedicion-de-documento-migratorio-por-canje";
const EXP = "expedicion-de-documento-migratorio-por-autorizacion-de-condicion-de-estancia";
const mx = { donde: "mexico" };
const rt = { ...mx, situacion: "residente-temporal" };
const rte = { ...mx, situacion: "estudiante" };
const rp = { ...mx, situacion: "residente-permanente" };
const vh = { ...mx, situacion: "humanitario" };
const irr = { ...mx, situacion: "irregular" };
const vis = { ...mx, situacion: "visitante" };
const abroad = { donde: "extranjero" };
const employer = { donde: "empleador" };
const spouseOfMexican = { parentesco: "conyuge", "estatus-familiar": "mexicano" };
const change = (what: string, date: string, base = rt) => ({
  ...base,
  [`motivo-${base.situacion}`]: "cambio",
  "que-cambio": what,
  "fecha-cambio": date,
});
const FREE = /Total: Sin costo/;

const SITUATIONS: Situation[] = [
  // Outside Mexico
  {
    name: "abroad, job offer",
    answers: { ...abroad, "motivo-extranjero": "oferta" },
    result: "visa-oferta",
    procedures: ["visa-por-oferta-de-empleo", CANJE],
  },
  {
    name: "abroad, spouse of a Mexican",
    answers: { ...abroad, "motivo-extranjero": "familia", ...spouseOfMexican },
    result: "visa-familia",
    procedures: ["visa-por-unidad-familiar", CANJE],
  },
  {
    name: "abroad, parent of a permanent resident",
    answers: {
      ...abroad,
      "motivo-extranjero": "familia",
      parentesco: "hijo",
      "estatus-familiar": "residente-permanente",
    },
    result: "visa-familia",
    procedures: ["visa-por-unidad-familiar", CANJE],
  },
  {
    name: "abroad, humanitarian reasons",
    answers: { ...abroad, "motivo-extranjero": "humanitario" },
    result: "visa-humanitaria",
    procedures: ["visa-por-razones-humanitarias"],
  },
  {
    name: "Guatemalan visiting the southern states",
    answers: { ...abroad, "motivo-extranjero": "frontera-visita" },
    result: "tvr",
    procedures: ["tarjeta-de-visitante-regional"],
    total: FREE,
  },
  {
    name: "Belizean working in the border states",
    answers: { ...abroad, "motivo-extranjero": "frontera-trabajo" },
    result: "tvtf",
    procedures: ["tarjeta-de-visitante-trabajador-fronterizo"],
  },
  {
    name: "resident who lost the card abroad",
    answers: { ...abroad, "motivo-extranjero": "perdida" },
    result: "reposicion",
    procedures: ["reposicion-de-documento-migratorio"],
  },
  {
    name: "abroad, seeking asylum",
    answers: { ...abroad, "motivo-extranjero": "refugio" },
    result: "refugio",
    procedures: [],
    help: ["COMAR", "55 5209 8800", "800 004 6264"],
  },
  {
    name: "abroad, something else",
    answers: { ...abroad, "motivo-extranjero": "otro" },
    result: "otro",
    procedures: [],
    help: ["800 004 6264"],
  },
  // Employers
  {
    name: "employer registering",
    answers: { ...employer, "motivo-empleador": "registro" },
    result: "cie",
    procedures: ["constancia-de-inscripcion-de-empleador"],
    total: FREE,
  },
  {
    name: "employer updating late (change 10 Jan 2020: 30 days)",
    answers: { ...employer, "motivo-empleador": "actualizar", "fecha-cambio": "2020-01-10" },
    result: "cie-actualizar",
    procedures: ["constancia-de-inscripcion-de-empleador"],
    deadline: "El plazo terminó el 9 de febrero de 2020",
  },
  {
    name: "employer hiring someone abroad",
    answers: { ...employer, "motivo-empleador": "contratar" },
    result: "visa-oferta",
    procedures: ["visa-por-oferta-de-empleo", CANJE],
  },
  // Visitors
  {
    name: "visitor married to a Mexican",
    answers: { ...vis, "motivo-visitante": "familia", ...spouseOfMexican },
    result: "cambio-rt-familia",
    procedures: ["cambio-a-residente-temporal-por-vinculo-familiar"],
  },
  {
    name: "visitor with a job offer (LM art. 53: not from inside Mexico)",
    answers: { ...vis, "motivo-visitante": "oferta" },
    result: "visitante-oferta",
    procedures: ["visa-por-oferta-de-empleo", CANJE],
  },
  {
    name: "visitor, victim of a crime",
    answers: { ...vis, "motivo-visitante": "humanitario" },
    result: "cambio-humanitario",
    procedures: ["cambio-a-visitante-por-razones-humanitarias", EXP],
    total: FREE,
  },
  {
    name: "visitor seeking asylum",
    answers: { ...vis, "motivo-visitante": "refugio" },
    result: "refugio",
    procedures: [],
    help: ["COMAR"],
  },
  {
    name: "entered with a resident visa on 1 Mar 2020 (canje: 30 days)",
    answers: { ...mx, situacion: "visa-residente", entrada: "2020-03-01" },
    result: "canje",
    procedures: [CANJE],
    deadline: "El plazo terminó el 31 de marzo de 2020",
  },
  // Temporary residents
  {
    name: "temporary resident whose card expires 30 Jun 2099 (renew within 30 days before)",
    answers: { ...rt, "motivo-residente-temporal": "vence", vencimiento: "2099-06-30" },
    result: "renovacion",
    procedures: ["renovacion-de-documento-migratorio"],
    deadline: "podrá presentarlo a partir del 31 de mayo de 2099",
    total: /11,141.*25,058/,
  },
  {
    name: "temporary resident who lost the card",
    answers: { ...rt, "motivo-residente-temporal": "perdida" },
    result: "reposicion",
    procedures: ["reposicion-de-documento-migratorio"],
  },
  {
    name: "temporary resident who changed workplace on 10 Jan 2020 (90 days)",
    answers: change("trabajo", "2020-01-10"),
    result: "notif-trabajo",
    procedures: ["notificacion-cambio-de-lugar-de-trabajo"],
    deadline: "El plazo terminó el 9 de abril de 2020",
    total: FREE,
  },
  {
    name: "temporary resident who married",
    answers: change("estado-civil", "2024-02-29"),
    result: "notif-estado-civil",
    procedures: ["notificacion-cambio-de-estado-civil"],
    deadline: "El plazo terminó el 29 de mayo de 2024",
  },
  {
    name: "temporary resident who changed nationality",
    answers: change("nacionalidad", "2020-01-10"),
    result: "notif-nacionalidad",
    procedures: ["notificacion-cambio-de-nacionalidad"],
  },
  {
    name: "temporary resident who changed name",
    answers: change("nombre", "2020-01-10"),
    result: "notif-nombre",
    procedures: ["notificacion-cambio-de-nombre"],
  },
  {
    name: "temporary resident for 4 years",
    answers: { ...rt, "motivo-residente-temporal": "permanente", "via-permanente": "cuatro-anos" },
    result: "rt-a-rp-cuatro",
    procedures: ["cambio-de-residente-temporal-a-permanente"],
  },
  {
    name: "temporary resident, pensioner",
    answers: { ...rt, "motivo-residente-temporal": "permanente", "via-permanente": "pensionado" },
    result: "rt-a-rp-pensionado",
    procedures: ["cambio-de-residente-temporal-a-permanente"],
  },
  {
    name: "temporary resident with a Mexican family tie",
    answers: { ...rt, "motivo-residente-temporal": "permanente", "via-permanente": "familia" },
    result: "rt-a-rp-familia",
    procedures: ["cambio-a-residente-permanente-por-vinculo-familiar"],
  },
  {
    name: "temporary resident, not yet eligible for permanent residence",
    answers: { ...rt, "motivo-residente-temporal": "permanente", "via-permanente": "ninguna" },
    result: "rt-aun-no",
    procedures: ["renovacion-de-documento-migratorio"],
  },
  {
    name: "temporary resident with an employer",
    answers: { ...rt, "motivo-residente-temporal": "trabajo", "tipo-trabajo": "empleador" },
    result: "permiso-empleador",
    procedures: ["permiso-para-trabajar"],
    requires: ["Oferta de empleo"],
    excludes: [
      "Constancia de inscripción en el Registro Federal de Contribuyentes (RFC)",
      "Carta de la institución educativa que respalda el trabajo",
    ],
  },
  {
    name: "temporary resident's child leaving Mexico with one parent",
    answers: { ...rt, "motivo-residente-temporal": "menor" },
    result: "sam",
    procedures: ["autorizacion-de-salida-de-menores"],
  },
  // Students
  {
    name: "student working on their own",
    answers: { ...rte, "motivo-estudiante": "trabajo", "tipo-trabajo": "independiente" },
    result: "permiso-independiente",
    procedures: ["permiso-para-trabajar"],
    requires: [
      "Constancia de inscripción en el Registro Federal de Contribuyentes (RFC)",
      "Carta de la institución educativa que respalda el trabajo",
    ],
    excludes: ["Oferta de empleo"],
  },
  {
    name: "student graduating with a job offer",
    answers: { ...rte, "motivo-estudiante": "terminar-oferta" },
    result: "rte-a-rt-oferta",
    procedures: ["cambio-de-residente-temporal-estudiante-a-residente-temporal"],
  },
  {
    name: "student staying for another reason",
    answers: { ...rte, "motivo-estudiante": "terminar-otro" },
    result: "rte-a-rt-otro",
    procedures: ["cambio-de-residente-temporal-estudiante-a-residente-temporal"],
  },
  {
    name: "student whose mother is Mexican",
    answers: { ...rte, "motivo-estudiante": "familia", parentesco: "padre", "estatus-familiar": "mexicano" },
    result: "cambio-rt-familia",
    procedures: ["cambio-a-residente-temporal-por-vinculo-familiar"],
  },
  // Permanent residents
  {
    name: "permanent resident who moved house on 10 Jan 2020",
    answers: change("domicilio", "2020-01-10", rp),
    result: "notif-domicilio",
    procedures: ["notificacion-cambio-de-domicilio"],
    deadline: "El plazo terminó el 9 de abril de 2020",
  },
  {
    name: "permanent resident's child card expiring",
    answers: { ...rp, "motivo-residente-permanente": "vence-menor", vencimiento: "2099-06-30" },
    result: "renovacion",
    procedures: ["renovacion-de-documento-migratorio"],
  },
  {
    name: "permanent resident travelling while a procedure is pending",
    answers: { ...rp, "motivo-residente-permanente": "viaje" },
    result: "salida-regreso",
    procedures: ["permiso-de-salida-y-regreso"],
  },
  // Humanitarian visitors
  {
    name: "humanitarian visitor recognised as a refugee",
    answers: { ...vh, "motivo-humanitario": "refugiado" },
    result: "humanitario-a-rp",
    procedures: ["cambio-de-visitante-por-razones-humanitarias-a-residente-permanente", EXP],
    total: FREE,
  },
  {
    name: "humanitarian visitor whose case ended",
    answers: { ...vh, "motivo-humanitario": "termino" },
    result: "humanitario-a-rt",
    procedures: ["cambio-de-visitante-por-razones-humanitarias-a-residente-temporal"],
  },
  {
    name: "humanitarian visitor whose card expires (free renewal)",
    answers: { ...vh, "motivo-humanitario": "vence", vencimiento: "2099-06-30" },
    result: "renovacion",
    procedures: ["renovacion-de-documento-migratorio"],
    total: FREE,
  },
  // Without valid documents
  {
    name: "undocumented spouse of a Mexican",
    answers: { ...irr, "motivo-irregular": "familia", ...spouseOfMexican },
    result: "regularizacion-familia",
    procedures: ["regularizacion-por-vinculo-familiar"],
    requires: ["Acta de matrimonio o constancia de concubinato"],
    excludes: ["Acta de nacimiento que pruebe el parentesco"],
  },
  {
    name: "undocumented sibling of a Mexican (not a regularisation tie)",
    answers: { ...irr, "motivo-irregular": "familia", parentesco: "hermano", "estatus-familiar": "mexicano" },
    result: "otro",
    procedures: [],
    help: ["800 004 6264"],
  },
  {
    name: "document expired on 1 May 2020 (60 days to regularise)",
    answers: { ...irr, "motivo-irregular": "vencido", "fecha-vencido": "2020-05-01" },
    result: "regularizacion-vencido",
    procedures: ["regularizacion-por-documento-vencido"],
    deadline: "El plazo terminó el 30 de junio de 2020",
  },
  {
    name: "undocumented victim of a crime",
    answers: { ...irr, "motivo-irregular": "humanitario" },
    result: "regularizacion-humanitaria",
    procedures: ["regularizacion-por-razones-humanitarias"],
    total: FREE,
  },
  {
    name: "undocumented, seeking asylum",
    answers: { ...irr, "motivo-irregular": "refugio" },
    result: "refugio",
    procedures: [],
    help: ["COMAR", "30 días hábiles"],
  },
];

/** Visits the question page with every answer: it must send the person to the right result. */
async function checkSituation(page: Page, s: Situation) {
  const query = new URLSearchParams(s.answers).toString();
  await page.goto(`/es/guia/preguntas?${query}`);
  await expect(page, s.name).toHaveURL(new RegExp(`/es/guia/resultado/${s.result}\\?`));
  await expect(page.getByTestId("guide-reason"), s.name).toHaveText(/^Como .+\.$/);
  const sections = page.getByTestId("guide-procedure");
  await expect(sections, s.name).toHaveCount(s.procedures.length);
  for (const [i, slug] of s.procedures.entries())
    await expect(sections.nth(i).locator(`a[href="/es/tramites/${slug}"]`), `${s.name}: ${slug}`).toHaveCount(1);
  if (s.deadline) await expect(sections.first().getByTestId("guide-deadline"), s.name).toContainText(s.deadline);
  const requirements = sections.first().getByTestId("guide-requirements");
  for (const r of s.requires ?? []) await expect(requirements, `${s.name} requires ${r}`).toContainText(r);
  for (const r of s.excludes ?? []) await expect(requirements, `${s.name} excludes ${r}`).not.toContainText(r);
  if (s.total) await expect(sections.first().getByTestId("guide-fees-total"), s.name).toHaveText(s.total);
  for (const h of s.help ?? []) await expect(page.getByTestId("guide-help"), s.name).toContainText(h);
  // Every result page asks "was this useful?", so staff can see where the guide misleads.
  await expect(page.getByTestId("page-feedback"), s.name).toHaveCount(1);
}

test("the situations table covers at least 30 situations and every result page shape", () => {
  expect(SITUATIONS.length).toBeGreaterThanOrEqual(30);
});

const HALF = Math.ceil(SITUATIONS.length / 2);
for (const [part, list] of [SITUATIONS.slice(0, HALF), SITUATIONS.slice(HALF)].entries()) {
  test(`situations table, part ${part + 1}: the answers lead to the expected procedures, deadlines, requirements and fees`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    for (const s of list) await checkSituation(page, s);
  });
}

/** A date as the Spanish pages write it ("14 de marzo de 2027"), from a Date in UTC. */
function spanishDate(date: Date): string {
  const months = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
  ];
  return `${date.getUTCDate()} de ${months[date.getUTCMonth()]} de ${date.getUTCFullYear()}`;
}

test("a move ten days ago gives the last day to notify: 90 days after it", async ({ page }) => {
  const now = new Date();
  const moved = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 10));
  const last = new Date(Date.UTC(moved.getUTCFullYear(), moved.getUTCMonth(), moved.getUTCDate() + 90));
  await page.goto(`/es/guia/preguntas?${new URLSearchParams(change("domicilio", moved.toISOString().slice(0, 10)))}`);
  await expect(page.getByTestId("guide-deadline")).toContainText(`Preséntelo a más tardar el ${spanishDate(last)}.`);
});

const MAX_TABS = 60;

/** Presses Tab until the focused element matches; fails when it never gets focus. */
async function tabTo(page: Page, matches: (el: { tag: string; name: string; text: string }) => boolean) {
  for (let i = 0; i < MAX_TABS; i += 1) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      return { tag: a?.tagName ?? "", name: a?.name ?? "", text: (a?.textContent ?? "").replace(/\s+/g, " ").trim() };
    });
    if (matches(el)) return;
  }
  throw new Error(`never reached the control after ${MAX_TABS} Tab presses on ${page.url()}`);
}

/** Picks an option of the radio group `name` with the keyboard (Space, then arrows) and presses Continue. */
async function answerWithKeys(page: Page, name: string, value: string) {
  await tabTo(page, (el) => el.name === name);
  await page.keyboard.press("Space");
  const wanted = page.locator(`input[name="${name}"][value="${value}"]`);
  for (let i = 0; i < 12 && !(await wanted.isChecked()); i += 1) await page.keyboard.press("ArrowDown");
  await expect(wanted).toBeChecked();
  await continueWithKeys(page);
}

/** Tabs to "Continuar", presses Enter and waits for the next page (every submission changes the URL). */
async function continueWithKeys(page: Page) {
  await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "Continuar");
  const before = page.url();
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.href !== before);
}

test("keyboard only at 320 px: from the home page through every question, an error, a date, to the result and back to change an answer", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(VIEWPORTS[0]);
  await page.goto("/es");
  await tabTo(page, (el) => el.tag === "A" && el.text.startsWith("Responda unas preguntas"));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/es\/guia$/);
  await expectNoAxeViolations(page);
  await tabTo(page, (el) => el.tag === "A" && el.text.startsWith("Empezar"));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("¿Dónde está usted ahora?");
  // Continue without choosing: the error summary and the inline message, the URL keeps what is known.
  await continueWithKeys(page);
  await expect(page.getByLabel("Hay un problema")).toContainText("Elija una opción.");
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);

  await answerWithKeys(page, "donde", "mexico");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("¿Cuál es su situación migratoria en México?");
  await expectNoAxeViolations(page);
  await answerWithKeys(page, "situacion", "residente-temporal");
  await answerWithKeys(page, "motivo-residente-temporal", "cambio");
  await answerWithKeys(page, "que-cambio", "domicilio");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("¿En qué fecha ocurrió el cambio?");
  // No date: the error summary links to the field.
  await continueWithKeys(page);
  await expect(page.getByLabel("Hay un problema")).toContainText("Escriba una fecha real, con día, mes y año.");
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await tabTo(page, (el) => el.name === "fecha-cambio");
  await page.keyboard.type("01102020"); // Chromium's date field takes mm/dd/yyyy with the en-US locale
  await expect(page.locator("#fecha-cambio")).toHaveValue("2020-01-10");
  await continueWithKeys(page);

  await expect(page).toHaveURL(/\/es\/guia\/resultado\/notif-domicilio\?/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aviso de cambio de domicilio");
  await expect(page.getByTestId("guide-reason")).toHaveText(
    "Como está en México, es residente temporal, cambió de domicilio y el cambio ocurrió el 10 de enero de 2020, debe avisar al INM dentro de los 90 días siguientes al cambio.",
  );
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);

  // Change one answer: the question comes back with the answer chosen, and the new answer leads elsewhere.
  await tabTo(page, (el) => el.tag === "A" && el.text === "Cambiar Qué cambió");
  await page.keyboard.press("Enter");
  await expect(page.locator('input[name="que-cambio"][value="domicilio"]')).toBeChecked();
  await answerWithKeys(page, "que-cambio", "nombre");
  await expect(page).toHaveURL(/\/es\/guia\/resultado\/notif-nombre\?/);
  await expect(page.getByTestId("guide-answers")).toContainText("Mi nombre");
  await expect(page.getByTestId("guide-answers")).toContainText("10 de enero de 2020");
});

test("without JavaScript at 1280 px in English: clicking through to the asylum help page, then the back link", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS[1] });
  const page = await context.newPage();
  await page.goto("/en/tramites");
  await page.getByRole("link", { name: "Answer a few questions and we will tell you" }).click();
  await page.getByRole("link", { name: /^Start/ }).click();
  await page.getByLabel("Outside Mexico").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What do you want to do?");
  await page.getByLabel("I am seeking protection: asylum or refugee status").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/en\/guia\/resultado\/refugio\?donde=extranjero&motivo-extranjero=refugio$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Asylum and refugee status: COMAR can help");
  await expect(page.getByTestId("guide-help")).toContainText("To verify");
  await expectNoAxeViolationsWithoutJs(page);
  // The back link of a question keeps the earlier answers.
  await page.goto("/en/guia/preguntas?donde=extranjero");
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page.locator('input[name="donde"][value="extranjero"]')).toBeChecked();
  await context.close();
});

test("a date that does not exist (30 February) is refused with the same message, and nothing else is lost", async ({
  page,
}) => {
  await page.goto(`/es/guia/preguntas?${new URLSearchParams(change("domicilio", "2026-02-30"))}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("¿En qué fecha ocurrió el cambio?");
  await expect(page.getByLabel("Hay un problema")).toContainText("Escriba una fecha real, con día, mes y año.");
  await expect(page.locator('input[type="hidden"][name="que-cambio"]')).toHaveValue("domicilio");
  await expectNoAxeViolations(page);
});

test("the 404 page and the catalogue offer the guide; answers that do not lead to a result go back to the questions", async ({
  page,
}) => {
  await page.goto("/es/no-existe");
  await expect(page.getByRole("link", { name: "¿Qué trámite necesito?" })).toHaveAttribute("href", "/es/guia");
  await page.goto("/es/tramites");
  await expect(page.getByTestId("guide-callout").getByRole("link")).toHaveAttribute("href", "/es/guia");
  await page.goto("/es/guia/resultado/renovacion?donde=extranjero");
  await expect(page).toHaveURL(/\/es\/guia\/preguntas\?donde=extranjero$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("¿Qué quiere hacer?");
  await expect(page.getByTestId("page-feedback")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
