import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll } from "../helpers";
import { ADDRESS, apply, fillFields, isoDay, PASSPORT, PERSONAL, pdfText } from "./helpers";

test("renewal in Spanish: from the procedure page to four correct PDFs", async ({ page }) => {
  const number = await apply(page, "es", "renovacion-de-documento-migratorio", {
    currentCardExpiry: isoDay(20),
    feeChoice: "1",
  });
  // The office suggested by the address (Jalisco) was kept on the review page and stored.
  await expect(page.getByTestId("application-office")).toContainText("Oficina de Representación del INM en Jalisco");
  const base = `/es/solicitudes/${number}`;
  const form = await pdfText(page.request, `${base}/solicitud.pdf`);
  expect(form).toContain("José Ángel");
  expect(form).toContain("Muñoz");
  expect(form).toContain(number);
  expect(form).toContain("Renovación de documento migratorio");
  const payment = await pdfText(page.request, `${base}/hoja-de-pago.pdf`);
  expect(payment).toContain("$16,693.00");
  expect(payment).not.toContain("$11,141.00");
  expect(payment).toContain(number);
  const letters = await pdfText(page.request, `${base}/escritos.pdf`);
  expect(letters).toContain("bajo protesta de decir verdad");
  expect(letters).toContain("José Ángel Muñoz Peña");
  const checklist = await pdfText(page.request, `${base}/requisitos.pdf?tamano=carta`);
  expect(checklist).toContain("Formato para solicitar trámite migratorio de estancia");
  expect(checklist).not.toMatch(/patria potestad|menor de 18/i); // an adult: the minors' requirements are left out
});

test("exit-and-return permit: errors are summarised, linked, translated and keep what was typed", async ({ page }) => {
  await page.goto("/es/tramites/permiso-de-salida-y-regreso/solicitud");
  await page.getByRole("button", { name: /Comenzar/ }).click();
  await fillFields(page, { ...PERSONAL, givenNames: "Zoë Ñandú", birthDate: isoDay(3) });
  await page.getByRole("button", { name: "Continuar" }).click();
  // The error summary (Next's route announcer is another role=alert on the page).
  const summary = page.locator('[aria-labelledby="error-summary-title"]');
  await expect(summary.getByRole("alert")).toContainText("La fecha de nacimiento debe ser anterior a hoy");
  await expect(summary).toBeFocused();
  await expect(page.locator("#givenNames")).toHaveValue("Zoë Ñandú");
  await expectNoAxeViolations(page);
  await summary
    .getByRole("link", { name: "Fecha de nacimiento: La fecha de nacimiento debe ser anterior a hoy" })
    .click();
  await expect(page.locator("#birthDate")).toBeFocused();
  await fillFields(page, { birthDate: "1985-12-01" });
  await page.getByRole("button", { name: "Continuar" }).click();
  await fillFields(page, PASSPORT());
  await page.getByRole("button", { name: "Continuar" }).click();
  await fillFields(page, ADDRESS);
  await page.getByRole("button", { name: "Continuar" }).click();
  await fillFields(page, {
    pendingApplication: "26-ABCD-EFGH-1",
    travelReason: "Visitar a mi madre",
    departureDate: isoDay(5),
    returnDate: isoDay(90),
  });
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(summary.getByRole("alert")).toContainText("60 días");
  await expectNoAxeViolations(page);
  await fillFields(page, { returnDate: isoDay(30) });
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page).toHaveURL(/\/revisar$/);
  await expect(page.getByText("Zoë Ñandú")).toBeVisible();
  await page.getByRole("button", { name: "Enviar solicitud" }).click();
  const number = (await page.getByTestId("application-number").textContent())!.trim();
  const payment = await pdfText(page.request, `/es/solicitudes/${number}/hoja-de-pago.pdf`);
  expect(payment).toContain("Monto por confirmar");
  const form = await pdfText(page.request, `/es/solicitudes/${number}/solicitud.pdf`);
  expect(form).toContain("Zoë Ñandú");
  expect(form).toContain("Permiso de salida y regreso");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("change-of-address notice in English, and the back button never makes a second application", async ({
    page,
  }) => {
    const number = await apply(
      page,
      "en",
      "notificacion-cambio-de-domicilio",
      { previousValue: "Calle Morelos 5, Zapopan", newValue: "Av. Juárez 123, Guadalajara", changeDate: isoDay(-10) },
      false,
    );
    const letters = await pdfText(page.request, `/en/solicitudes/${number}/escritos.pdf`);
    expect(letters).toContain("Calle Morelos 5, Zapopan");
    expect(letters).toContain("Av. Juárez 123, Guadalajara");
    expect(letters).toContain("José Ángel Muñoz Peña");
    const payment = await pdfText(page.request, `/en/solicitudes/${number}/hoja-de-pago.pdf`);
    expect(payment).toMatch(/no tiene costo/i);
    const form = await pdfText(page.request, `/en/solicitudes/${number}/solicitud.pdf`);
    expect(form).toContain(number);
    expect(form).toContain("Given name(s)"); // English help next to the official Spanish labels

    // Back to "check your answers": the draft is already an application, so the page sends the
    // person to the same confirmation instead of offering to send it again.
    await page.goBack();
    await expect(page).toHaveURL(/\/confirmacion$/);
    await expect(page.getByTestId("application-number")).toHaveText(number);
  });

  test("a step with errors is shown again with the summary and the typed values", async ({ page }) => {
    await page.goto("/en/tramites/visa-por-unidad-familiar/solicitud");
    await page.getByRole("button", { name: /Start now/ }).click();
    await fillFields(page, { ...PERSONAL, curp: "ABC" });
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page.getByRole("link", { name: /A CURP has 18 characters/ })).toHaveAttribute("href", "#curp");
    await expect(page.locator("#curp")).toHaveValue("ABC");
    await expect(page.locator("#givenNames")).toHaveValue("José Ángel");
    // axe needs JavaScript in the page; the same markup is checked with JavaScript on above.
  });
});

test("documents of an application need its session: another browser gets 404", async ({ page, browser }) => {
  const number = await apply(
    page,
    "es",
    "visa-por-unidad-familiar",
    { relativeName: "María Peña López", relationship: "spouse", relativeStatus: "mexican" },
    false,
  );
  const stranger = await browser.newContext();
  const response = await stranger.request.get(`/es/solicitudes/${number}/solicitud.pdf`);
  expect(response.status()).toBe(404);
  const missing = await stranger.request.get(`/es/solicitudes/26-0000-0000-0/solicitud.pdf`);
  expect(missing.status()).toBe(404);
  await stranger.close();
});

test("the blank checklist downloads from the procedure page, and the form is readable as HTML", async ({ page }) => {
  const text = await pdfText(page.request, "/es/tramites/permiso-para-trabajar/requisitos.pdf");
  expect(text).toContain("Permiso para trabajar");
  expect(text).not.toContain("José");
  await page.goto("/en/tramites/permiso-para-trabajar/formato");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Work permit");
  await expect(page.getByText("Passport number")).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe("on a 320 px phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("the procedure page says what to select in the official form, with the route it depends on", async ({
    page,
  }) => {
    await page.goto("/es/tramites/permiso-para-trabajar");
    const selections = page.getByTestId("form-selection");
    await expect(selections).toHaveCount(2);
    await expect(selections.first()).toContainText(
      "Qué elegir en el formato: ¿Qué desea hacer?: Obtener permiso para trabajar con empleador (Solo si solicita por la vía «con un empleador».)",
    );
    await expect(selections.first()).toContainText("Por verificar");
    await expect(selections.nth(1)).toContainText("actividades independientes");
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
  });

  test("SAM: the child's data, the trip and both parents; a missing second parent is refused; the PDF is the SAM", async ({
    page,
  }) => {
    const slug = "autorizacion-de-salida-de-menores";
    const trip = {
      destinationCountry: "CO",
      departureDate: isoDay(15),
      expectedReturnDate: isoDay(45),
      travelsWith: "one-parent",
      companionName: "Lucía Peña Álvarez",
      authorizedBy: "both-parents",
      firstSignerName: "Lucía Peña Álvarez",
      firstSignerDocument: "PASAPORTE AQ1234567",
      secondSignerName: "",
      secondSignerDocument: "",
    };
    await page.goto(`/es/tramites/${slug}/solicitud`);
    await page.getByRole("button", { name: /Comenzar/ }).click();
    await expect(page).toHaveURL(/\/datos-personales$/);
    await expect(page.getByText("Escriba los datos de la niña, niño o adolescente que viaja")).toBeVisible();
    await expectNoAxeViolations(page);
    for (const values of [PERSONAL, PASSPORT(), ADDRESS]) {
      await fillFields(page, values);
      await page.getByRole("button", { name: "Continuar" }).click();
    }
    await expect(page).toHaveURL(/\/detalles$/);
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
    await fillFields(page, trip);
    await page.getByRole("button", { name: "Continuar" }).click();
    const summary = page.locator('[aria-labelledby="error-summary-title"]');
    await expect(summary.getByRole("alert")).toContainText(
      "Cuando autorizan ambos padres, escriba los datos de los dos",
    );
    await expect(page.locator("#firstSignerName")).toHaveValue("Lucía Peña Álvarez");
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
    await fillFields(page, { secondSignerName: "Ramón Muñoz Ibáñez", secondSignerDocument: "INE 1234567890123" });
    await page.getByRole("button", { name: "Continuar" }).click();
    await expect(page).toHaveURL(/\/revisar$/);
    await expect(page.getByText("Ramón Muñoz Ibáñez")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Enviar solicitud" }).click();
    await expect(page).toHaveURL(/\/confirmacion$/);
    const number = (await page.getByTestId("application-number").textContent())!.trim();
    const form = (await pdfText(page.request, `/es/solicitudes/${number}/solicitud.pdf`)).replace(/\s+/g, " ");
    for (const expected of [
      "Formato de autorización de salida de niñas, niños y adolescentes (SAM)",
      "1. Datos de la niña, niño o adolescente",
      "3. Datos del viaje",
      "Colombia",
      "4. Quienes autorizan la salida",
      "Ambos padres (quienes ejercen la patria potestad)",
      "INE 1234567890123",
      "Firma de la otra persona que ejerce la patria potestad",
      "Ramón Muñoz Ibáñez",
    ])
      expect(form).toContain(expected);
    expect(form).not.toContain("Firma de la persona solicitante");
  });
});
