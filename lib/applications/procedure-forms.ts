/**
 * Which procedure-specific questions each procedure asks (the "details" step). The common steps
 * (personal data, passport, address and contact) are the same for every procedure, as on the
 * official "Formato para solicitar trámite migratorio de estancia".
 */
export type DetailsKind =
  | "job-offer"
  | "family"
  | "humanitarian"
  | "exit-return"
  | "work-permit"
  | "notification"
  | "renewal"
  | "replacement"
  | "border-card"
  | "employer"
  | "status-change"
  | "expired-document";

export type NotificationSubject = "address" | "workplace" | "civil-status" | "nationality" | "name";

export type ProcedureForm = { kind: DetailsKind; notification?: NotificationSubject };

const FORMS: Record<string, ProcedureForm> = {
  "visa-por-oferta-de-empleo": { kind: "job-offer" },
  "visa-por-unidad-familiar": { kind: "family" },
  "visa-por-razones-humanitarias": { kind: "humanitarian" },
  "permiso-de-salida-y-regreso": { kind: "exit-return" },
  "permiso-para-trabajar": { kind: "work-permit" },
  "notificacion-cambio-de-domicilio": { kind: "notification", notification: "address" },
  "notificacion-cambio-de-lugar-de-trabajo": { kind: "notification", notification: "workplace" },
  "notificacion-cambio-de-estado-civil": { kind: "notification", notification: "civil-status" },
  "notificacion-cambio-de-nacionalidad": { kind: "notification", notification: "nationality" },
  "notificacion-cambio-de-nombre": { kind: "notification", notification: "name" },
  "renovacion-de-documento-migratorio": { kind: "renewal" },
  "expedicion-de-documento-migratorio-por-canje": { kind: "renewal" },
  "reposicion-de-documento-migratorio": { kind: "replacement" },
  "regularizacion-por-razones-humanitarias": { kind: "humanitarian" },
  "regularizacion-por-vinculo-familiar": { kind: "family" },
  "regularizacion-por-documento-vencido": { kind: "expired-document" },
  "cambio-de-residente-temporal-a-permanente": { kind: "status-change" },
  "cambio-a-residente-permanente-por-vinculo-familiar": { kind: "family" },
  "tarjeta-de-visitante-trabajador-fronterizo": { kind: "border-card" },
  "tarjeta-de-visitante-regional": { kind: "border-card" },
  "constancia-de-inscripcion-de-empleador": { kind: "employer" },
  "cambio-a-residente-temporal-por-vinculo-familiar": { kind: "family" },
  "cambio-a-visitante-por-razones-humanitarias": { kind: "humanitarian" },
  "cambio-de-visitante-por-razones-humanitarias-a-residente-temporal": { kind: "humanitarian" },
  "cambio-de-visitante-por-razones-humanitarias-a-residente-permanente": { kind: "humanitarian" },
};

/** The form of a procedure; procedures added to the catalogue later get the generic "renewal"-style questions. */
export function procedureForm(slug: string): ProcedureForm {
  return FORMS[slug] ?? { kind: "renewal" };
}

/** Notifications that carry the letter "bajo protesta de decir verdad" with old and new data. */
export function needsNotificationLetter(form: ProcedureForm): boolean {
  return form.kind === "notification";
}
