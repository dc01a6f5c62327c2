"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { AUTOSAVE_DELAY_MS, errorTarget } from "@/lib/catalogue/editor-form";
import type { AutosaveResult, EditorDraftDTO, EditorFormState, EditorOptionsDTO } from "@/lib/catalogue/editor-types";
import { fieldId, getPath } from "@/lib/catalogue/form-data";
import { MAX_NOTE_LENGTH } from "@/lib/catalogue/schemas";
import { fillPlaceholders } from "@/lib/i18n/fill";
import type { LocalizedText } from "@/lib/i18n/localize";
import {
  CheckField,
  EditorProvider,
  JsonField,
  PairField,
  EDITOR_ACTION_BUTTON,
  ItemList,
  Section,
  SelectField,
  TextField,
} from "./editor-fields";

type Props = {
  locale: "es" | "en";
  draft: EditorDraftDTO;
  options: EditorOptionsDTO;
  /** Message key → text (placeholders unfilled), picked on the server. */
  messages: Record<string, string>;
  /** Enum values → their words, built on the server from the message catalogue. */
  enums: Record<"presentation" | "due" | "unit" | "anchor" | "silence" | "kind", { value: string; label: string }[]>;
  action: (state: EditorFormState, formData: FormData) => Promise<EditorFormState>;
  autosave: (formData: FormData) => Promise<AutosaveResult>;
  focusId: string | null;
  /** Publishers say why when they take a submitted draft back. */
  isPublisher: boolean;
  /** When the draft was last saved, already written out ("2 dic 2026, 10:42"). */
  savedAtText: string;
};

const initial: EditorFormState = { seq: 0, fieldErrors: {}, values: {} };

const listOf = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? (value as Record<string, unknown>[]) : [];

/**
 * The draft editor: one form posting to a server action (every button saves, list buttons add, remove and
 * move rows), which works without JavaScript; with it, the draft also saves itself a few seconds after the
 * last change. A save from a stale page is refused (conflict) and nothing typed is lost.
 */
export function DraftEditor({
  locale,
  draft,
  options,
  messages,
  enums,
  action,
  autosave,
  focusId,
  isPublisher,
  savedAtText,
}: Props) {
  const [state, formAction] = useActionState(action, initial);
  const t = (key: string, values?: Record<string, string | number>) => fillPlaceholders(messages[key] ?? key, values);
  const readOnly = draft.status === "submitted";
  const document = state.draft?.document ?? draft.document;
  const note = state.draft?.note ?? draft.note;
  const newSources = [...listOf(state.draft?.newSources ?? draft.newSources), {}];

  // Every error shown on the field that holds it (the first per field), in the order of the page.
  const errors: Record<string, string> = {};
  for (const [path, key] of Object.entries(state.fieldErrors)) errors[errorTarget(path)] ??= t(key);
  const summary = Object.entries(errors).map(([path, message]) => ({ field: fieldId(path), message }));
  const formError = state.formError ? t(state.formError, state.params) : undefined;

  const formRef = useRef<HTMLFormElement>(null);
  const revisionRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef<Promise<void> | null>(null);
  const [status, setStatus] = useState<{ text: string; conflict?: boolean }>({
    text: t("catalogue.editor.savedAt", { time: savedAtText }),
  });
  const conflicted = useRef(false);
  // Controlled: React would put a hidden input's default value back on every render.
  const [revision, setRevision] = useState(state.revision ?? draft.revision);
  // A new answer from the form action carries the revision its save produced (adjusted while rendering).
  const [answered, setAnswered] = useState(state.seq);
  if (answered !== state.seq) {
    setAnswered(state.seq);
    if (state.revision !== undefined) setRevision(state.revision);
    if (state.notice) setStatus({ text: t(state.notice, state.params) });
  }

  // A stale save answered by the form (not the autosave) also stops the autosave.
  useEffect(() => {
    if (state.formError?.startsWith("catalogue.editor.conflict")) conflicted.current = true;
  }, [state]);

  // Focus the row just added or moved, or the list after a removal (autoFocus does it without JavaScript).
  useEffect(() => {
    if (focusId) window.document.getElementById(focusId)?.focus();
  }, [focusId]);

  useEffect(() => () => (timer.current ? clearTimeout(timer.current) : undefined), []);

  async function save() {
    const form = formRef.current;
    if (!form || conflicted.current) return;
    setStatus({ text: t("catalogue.editor.saving") });
    const result = await autosave(new FormData(form));
    if (result.status === "saved") {
      // The DOM at once (a button waiting for this save posts it next), React's copy for the next render.
      if (revisionRef.current) revisionRef.current.value = String(result.revision);
      setRevision(result.revision);
      setStatus({ text: t("catalogue.editor.savedAt", { time: result.savedAt }) });
    } else if (result.status === "conflict") {
      conflicted.current = true;
      setStatus({
        conflict: true,
        text: t(result.savedBy ? "catalogue.editor.conflictBy" : "catalogue.editor.conflict", {
          time: result.savedAt ?? "",
          name: result.savedBy ?? "",
        }),
      });
    } else setStatus({ text: t(result.message) });
  }

  function scheduleSave() {
    if (readOnly || conflicted.current) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      saving.current = (saving.current ?? Promise.resolve()).then(save).finally(() => {
        saving.current = null;
      });
    }, AUTOSAVE_DELAY_MS);
  }

  /** A button pressed while an autosave is on its way waits for it, so the post names the new revision. */
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const pending = saving.current;
    if (!pending) return;
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
    void pending.then(() => formRef.current?.requestSubmit(submitter as HTMLButtonElement | null));
  }

  const name = (text: LocalizedText) => (locale === "en" ? text.en : text.es);
  const requirements = listOf(getPath(document, "requirements"));
  const fees = listOf(getPath(document, "fees"));
  const steps = listOf(getPath(document, "steps"));
  const offices = new Set(listOf(getPath(document, "offices")).map(String));
  const sourcesHint = t("catalogue.editor.sourcesHint");

  return (
    <EditorProvider
      value={{
        document: { ...document, newSources },
        errors,
        t,
        readOnly,
        focusId,
        locale,
        conditionWords: draft.conditionWords,
      }}
    >
      <form
        ref={formRef}
        action={formAction}
        onInput={scheduleSave}
        onChange={scheduleSave}
        onSubmit={onSubmit}
        aria-label={t("catalogue.editor.formLabel")}
        className="space-y-8"
        noValidate
      >
        <ErrorSummary title={t("form.errorSummary")} formError={formError} errors={summary} />
        <input ref={revisionRef} type="hidden" name="revision" value={revision} readOnly />
        {getPath(document, "stable") === true ? <input type="hidden" name="stable" value="true" /> : null}

        <div className="flex flex-wrap items-center gap-4 border-b-2 border-line py-3">
          {readOnly ? null : (
            <button
              type="submit"
              name="intent"
              value="save"
              className="min-h-12 bg-ink px-5 py-2 text-lg font-bold text-white"
            >
              {t("catalogue.editor.save")}
            </button>
          )}
          <p
            role="status"
            aria-live="polite"
            data-testid="autosave-status"
            className={status.conflict ? "border-l-4 border-error pl-3 font-bold text-error" : "text-muted"}
          >
            {readOnly ? t("catalogue.editor.readOnly") : status.text}
          </p>
        </div>

        <fieldset disabled={readOnly} className="min-w-0 space-y-8">
          <Section id="texts" title={t("catalogue.editor.texts")}>
            <PairField path="title" label={t("catalogue.editor.title")} />
            <PairField path="summary" label={t("catalogue.editor.summary")} rows={3} />
            <PairField path="audience" label={t("catalogue.editor.audience")} rows={3} />
            <PairField path="description" label={t("catalogue.editor.description")} rows={6} />
            <PairField
              path="keywords"
              label={t("catalogue.editor.keywords")}
              hint={t("catalogue.editor.keywordsHint")}
            />
          </Section>

          <Section id="placement" title={t("catalogue.editor.placement")}>
            <SelectField
              path="category"
              label={t("catalogue.editor.category")}
              options={options.categories.map((c) => ({ value: c.slug, label: name(c.name) }))}
            />
            <TextField
              path="position"
              type="number"
              label={t("catalogue.editor.position")}
              hint={t("catalogue.editor.positionHint")}
            />
            <TextField
              path="featuredRank"
              type="number"
              label={t("catalogue.editor.featuredRank")}
              hint={t("catalogue.editor.featuredRankHint")}
            />
            <div className="grid gap-4 md:grid-cols-2">
              <TextField path="codes.conamer" label={t("catalogue.editor.codeConamer")} />
              <TextField path="codes.gobMx" label={t("catalogue.editor.codeGobMx")} />
            </div>
            <TextField path="lastReviewed" type="date" label={t("catalogue.editor.lastReviewed")} />
          </Section>

          <Section id="requirements" title={t("catalogue.editor.requirements")}>
            <ItemList
              list="requirements"
              count={requirements.length}
              legend={(n) => t("catalogue.editor.requirementN", { n })}
              noun={t("catalogue.editor.requirement")}
              addLabel={t("catalogue.editor.addRequirement")}
            >
              {(p) => (
                <>
                  <PairField path={`${p}.name`} label={t("catalogue.editor.reqName")} />
                  <PairField path={`${p}.detail`} label={t("catalogue.editor.reqDetail")} rows={3} />
                  <SelectField
                    path={`${p}.presentation`}
                    label={t("catalogue.editor.presentation")}
                    options={enums.presentation}
                  />
                  <PairField
                    path={`${p}.condition`}
                    label={t("catalogue.editor.conditionText")}
                    hint={t("catalogue.editor.conditionTextHint")}
                  />
                  <JsonField
                    path={`${p}.appliesWhen`}
                    label={t("catalogue.editor.appliesWhen")}
                    example="appliesWhen"
                  />
                  <TextField path={`${p}.sources`} label={t("catalogue.editor.sources")} hint={sourcesHint} />
                  <CheckField
                    path={`${p}.verify`}
                    label={t("catalogue.editor.verify")}
                    hint={t("catalogue.editor.verifyHint")}
                  />
                </>
              )}
            </ItemList>
          </Section>

          <Section id="fees" title={t("catalogue.editor.fees")}>
            <ItemList
              list="fees"
              count={fees.length}
              legend={(n) => t("catalogue.editor.feeN", { n })}
              noun={t("catalogue.editor.fee")}
              addLabel={t("catalogue.editor.addFee")}
            >
              {(p) => (
                <>
                  <PairField path={`${p}.concept`} label={t("catalogue.editor.concept")} />
                  <PairField
                    path={`${p}.variant`}
                    label={t("catalogue.editor.variant")}
                    hint={t("catalogue.editor.variantHint")}
                  />
                  <div className="grid gap-4 md:grid-cols-3">
                    <TextField
                      path={`${p}.payment`}
                      type="number"
                      label={t("catalogue.editor.payment")}
                      hint={t("catalogue.editor.paymentHint")}
                    />
                    <SelectField
                      path={`${p}.currency`}
                      label={t("catalogue.editor.currency")}
                      options={options.currencies.map((c) => ({ value: c, label: c }))}
                    />
                    <TextField
                      path={`${p}.amount`}
                      type="number"
                      step="0.01"
                      label={t("catalogue.editor.amount")}
                      hint={t("catalogue.editor.amountHint")}
                    />
                    <TextField path={`${p}.year`} type="number" label={t("catalogue.editor.year")} />
                    <SelectField path={`${p}.due`} label={t("catalogue.editor.due")} options={enums.due} />
                  </div>
                  <JsonField path={`${p}.indexRange`} label={t("catalogue.editor.indexRange")} example="indexRange" />
                  <JsonField
                    path={`${p}.appliesWhen`}
                    label={t("catalogue.editor.appliesWhen")}
                    example="appliesWhen"
                  />
                  <JsonField path={`${p}.discounts`} label={t("catalogue.editor.discounts")} example="discounts" />
                  <JsonField path={`${p}.legalBasis`} label={t("catalogue.editor.legalRefs")} example="legalBasis" />
                  <PairField path={`${p}.exemptions`} label={t("catalogue.editor.exemptions")} rows={2} />
                  <TextField path={`${p}.sources`} label={t("catalogue.editor.sources")} hint={sourcesHint} />
                  <CheckField
                    path={`${p}.verify`}
                    label={t("catalogue.editor.verify")}
                    hint={t("catalogue.editor.verifyHint")}
                  />
                </>
              )}
            </ItemList>
            <PairField path="feeNotes" label={t("catalogue.editor.feeNotes")} rows={3} />
          </Section>

          <Section id="deadline" title={t("catalogue.editor.deadline")}>
            <fieldset id="deadline-resolution" tabIndex={-1} className="min-w-0 space-y-4">
              <legend className="text-lg font-bold">{t("catalogue.editor.resolution")}</legend>
              <p className="text-muted">{t("catalogue.editor.resolutionHint")}</p>
              <div className="grid gap-4 md:grid-cols-2">
                <TextField path="deadline.resolution.days" type="number" label={t("catalogue.editor.days")} />
                <SelectField path="deadline.resolution.unit" label={t("catalogue.editor.unit")} options={enums.unit} />
                <SelectField
                  path="deadline.resolution.anchor"
                  label={t("catalogue.editor.anchor")}
                  options={enums.anchor}
                />
                <SelectField
                  path="deadline.resolution.authority"
                  label={t("catalogue.editor.authority")}
                  options={options.authorities.map((a) => ({ value: a.id, label: name(a.name) }))}
                />
              </div>
            </fieldset>
            <SelectField path="deadline.silence" label={t("catalogue.editor.silence")} options={enums.silence} />
            <PairField path="deadline.silenceText" label={t("catalogue.editor.silenceText")} rows={2} />
            <JsonField
              path="deadline.applicantDeadline"
              label={t("catalogue.editor.applicantDeadline")}
              example="applicantDeadline"
            />
            <JsonField path="deadline.more" label={t("catalogue.editor.moreDeadlines")} example="more" />
            <PairField path="deadline.notes" label={t("catalogue.editor.deadlineNotes")} rows={2} />
            <TextField path="deadline.legalBasis" label={t("catalogue.editor.deadlineLegalBasis")} />
            <TextField path="deadline.sources" label={t("catalogue.editor.sources")} hint={sourcesHint} />
            <CheckField
              path="deadline.verify"
              label={t("catalogue.editor.verify")}
              hint={t("catalogue.editor.verifyHint")}
            />
          </Section>

          <Section id="steps" title={t("catalogue.editor.steps")}>
            <ItemList
              list="steps"
              count={steps.length}
              legend={(n) => t("catalogue.editor.stepN", { n })}
              noun={t("catalogue.editor.step")}
              addLabel={t("catalogue.editor.addStep")}
            >
              {(p) => (
                <>
                  <PairField path={`${p}.title`} label={t("catalogue.editor.stepTitle")} />
                  <PairField path={`${p}.detail`} label={t("catalogue.editor.stepDetail")} rows={3} />
                </>
              )}
            </ItemList>
          </Section>

          <Section id="structure" title={t("catalogue.editor.structure")}>
            <JsonField path="routes" label={t("catalogue.editor.routes")} example="routes" />
            <JsonField path="forms" label={t("catalogue.editor.forms")} example="forms" />
            <JsonField path="requestForm" label={t("catalogue.editor.requestForm")} example="requestForm" />
            <details className="border-l-4 border-line pl-3">
              <summary className="cursor-pointer font-semibold">{t("catalogue.editor.referenceLists")}</summary>
              <p className="mt-2 font-semibold">{t("catalogue.editor.formIds")}</p>
              <IdList items={options.forms.map((f) => ({ id: f.id, label: name(f.name) }))} />
              <p className="mt-2 font-semibold">{t("catalogue.editor.instrumentIds")}</p>
              <IdList items={options.instruments.map((i) => ({ id: i.id, label: i.abbreviation }))} />
            </details>
          </Section>

          <Section id="basis" title={t("catalogue.editor.basis")}>
            <TextField
              path="legalBasis"
              rows={4}
              label={t("catalogue.editor.legalBasis")}
              hint={t("catalogue.editor.legalBasisHint")}
            />
            <TextField path="sources" label={t("catalogue.editor.procedureSources")} hint={sourcesHint} />
            <details className="border-l-4 border-line pl-3">
              <summary className="cursor-pointer font-semibold">{t("catalogue.editor.sourceIds")}</summary>
              <IdList items={options.sources.map((s) => ({ id: s.id, label: s.title }))} />
            </details>
          </Section>

          <Section id="offices" title={t("catalogue.editor.offices")}>
            <p className="text-muted">{t("catalogue.editor.officesHint")}</p>
            {options.officesByState.map((state) => (
              <fieldset key={state.stateName} className="min-w-0">
                <legend className="font-bold">{state.stateName}</legend>
                <div className="mt-2 space-y-2">
                  {state.offices.map((o) => (
                    <div key={o.slug} className="flex items-start gap-3">
                      <input
                        id={`offices-${o.slug}`}
                        type="checkbox"
                        name="offices"
                        value={o.slug}
                        defaultChecked={offices.has(o.slug)}
                        className="mt-1 size-6 shrink-0 accent-ink"
                      />
                      <label htmlFor={`offices-${o.slug}`}>{name(o.name)}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
            ))}
          </Section>

          <Section id="retired" title={t("catalogue.editor.retire")}>
            <p className="text-muted">{t("catalogue.editor.retireHint")}</p>
            <TextField path="retired.on" type="date" label={t("catalogue.editor.retiredOn")} />
            <TextField
              path="retired.replacedBy"
              label={t("catalogue.editor.replacedBy")}
              hint={t("catalogue.editor.replacedByHint")}
            />
            <PairField path="retired.note" label={t("catalogue.editor.retiredNote")} rows={2} />
            {getPath(document, "retired") && !readOnly ? (
              <button type="submit" name="intent" value="unretire" className={EDITOR_ACTION_BUTTON}>
                {t("catalogue.editor.unretire")}
              </button>
            ) : null}
          </Section>

          <Section id="newSources" title={t("catalogue.editor.newSources")}>
            <p className="text-muted">{t("catalogue.editor.newSourcesHint")}</p>
            <ol className="space-y-6">
              {newSources.map((_, i) => {
                const p = `newSources.${i}`;
                const blank = i === newSources.length - 1;
                return (
                  <li key={i}>
                    <fieldset className="min-w-0 space-y-4 border-2 border-line p-4">
                      <legend className="px-1 text-xl font-bold">
                        {blank ? t("catalogue.editor.newSourceBlank") : t("catalogue.editor.newSourceN", { n: i + 1 })}
                      </legend>
                      <div className="grid gap-4 md:grid-cols-2">
                        <TextField
                          path={`${p}.id`}
                          label={t("catalogue.editor.sourceId")}
                          hint={t("catalogue.editor.sourceIdHint")}
                        />
                        <TextField path={`${p}.title`} label={t("catalogue.editor.sourceTitle")} />
                        <TextField path={`${p}.publisher`} label={t("catalogue.editor.sourcePublisher")} />
                        <TextField path={`${p}.url`} type="url" label={t("catalogue.editor.sourceUrl")} />
                        <SelectField path={`${p}.kind`} label={t("catalogue.editor.sourceKind")} options={enums.kind} />
                        <TextField path={`${p}.accessedOn`} type="date" label={t("catalogue.editor.accessedOn")} />
                      </div>
                      {blank || readOnly ? null : (
                        <button
                          type="submit"
                          name="intent"
                          value={`remove:${p}`}
                          className="min-h-11 border-2 border-ink bg-white px-3 py-1 font-semibold text-error"
                        >
                          {t("catalogue.editor.remove", { item: t("catalogue.editor.source"), n: i + 1 })}
                        </button>
                      )}
                    </fieldset>
                  </li>
                );
              })}
            </ol>
          </Section>

          <Section id="change" title={t("catalogue.editor.changeNote")}>
            <NoteField
              value={note}
              label={t("catalogue.editor.note")}
              hint={t("catalogue.editor.noteHint")}
              error={errors.note}
            />
          </Section>
        </fieldset>

        {readOnly ? (
          <section aria-labelledby="withdraw" className="space-y-4 border-t-4 border-line pt-4">
            <h2 id="withdraw" className="text-2xl">
              {t("catalogue.editor.withdrawTitle")}
            </h2>
            <p>{t("catalogue.editor.withdrawIntro")}</p>
            {isPublisher ? (
              <PlainTextarea
                id="comment"
                label={t("catalogue.editor.withdrawComment")}
                hint={t("catalogue.editor.withdrawCommentHint")}
                error={errors.comment}
              />
            ) : null}
            <button type="submit" name="intent" value="withdraw" className={EDITOR_ACTION_BUTTON}>
              {t("catalogue.editor.withdraw")}
            </button>
          </section>
        ) : (
          <div className="flex flex-wrap gap-4 border-t-4 border-line pt-4">
            <button
              type="submit"
              name="intent"
              value="save"
              className="min-h-12 bg-ink px-5 py-2 text-lg font-bold text-white"
            >
              {t("catalogue.editor.save")}
            </button>
            <button
              type="submit"
              name="intent"
              value="submit"
              className="min-h-12 bg-ok px-6 py-3 text-xl font-bold text-white shadow-[0_2px_0_var(--color-ok-shadow)] hover:bg-ok-dark"
            >
              {t("catalogue.editor.submit")}
            </button>
          </div>
        )}
        <details className="border-l-4 border-error pl-3" open={errors.confirm ? true : undefined}>
          <summary className="cursor-pointer text-lg font-semibold">{t("catalogue.editor.discardTitle")}</summary>
          <div className="mt-3 space-y-3">
            <p>{t("catalogue.editor.discardIntro")}</p>
            {errors.confirm ? (
              <p id="confirm-error" className="font-bold text-error">
                {errors.confirm}
              </p>
            ) : null}
            <div className="flex items-start gap-3">
              <input
                id="confirm"
                type="checkbox"
                name="confirm"
                value="yes"
                aria-describedby={errors.confirm ? "confirm-error" : undefined}
                className="mt-1 size-6 shrink-0 accent-ink"
              />
              <label htmlFor="confirm">{t("catalogue.editor.discardConfirm")}</label>
            </div>
            <button
              type="submit"
              name="intent"
              value="discard"
              className="min-h-12 bg-error px-5 py-2 text-lg font-bold text-white"
            >
              {t("catalogue.editor.discard")}
            </button>
          </div>
        </details>
      </form>
    </EditorProvider>
  );
}

/** The change note: plain text the public history shows beside the computed summary. */
/** A reference list of the ids a JSON or id field may name, each with what it stands for. */
function IdList({ items }: { items: { id: string; label: string }[] }) {
  return (
    <ul className="mt-2 list-disc pl-6 break-words">
      {items.map((item) => (
        <li key={item.id}>
          <code>{item.id}</code> — {item.label}
        </li>
      ))}
    </ul>
  );
}

function NoteField({ value, label, hint, error }: { value: string; label: string; hint: string; error?: string }) {
  return <PlainTextarea id="note" value={value} label={label} hint={hint} error={error} />;
}

/** A text outside the document (the change note, a publisher's reason), named and identified by `id`. */
function PlainTextarea({
  id,
  value = "",
  label,
  hint,
  error,
}: {
  id: string;
  value?: string;
  label: string;
  hint: string;
  error?: string;
}) {
  return (
    <div className={error ? "border-l-4 border-error pl-3" : undefined}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-muted">
        {hint}
      </p>
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-bold text-error">
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={id}
        rows={4}
        maxLength={MAX_NOTE_LENGTH}
        defaultValue={value}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        className="mt-1 block min-h-12 w-full border-2 border-ink bg-white px-3 py-2 text-lg"
      />
    </div>
  );
}
