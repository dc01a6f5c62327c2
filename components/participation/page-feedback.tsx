"use client";

import { usePathname } from "next/navigation";
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { offersPageFeedback, parseFeedbackPage } from "@/lib/participation/pages";
import type { CommentAction, CommentTexts } from "./comment-form";

// Loaded only after a vote: zod and react-hook-form stay out of every page's first download.
const CommentForm = lazy(() => import("./comment-form").then((m) => ({ default: m.CommentForm })));

export type PageFeedbackTexts = {
  question: string;
  yes: string;
  no: string;
  sending: string;
  privacy: string;
  /** The simplified privacy notice (LGPDPPSO) and the link to the full one. */
  privacyNotice: { text: string; more: string; href: string };
  honeypot: string;
  thanks: string;
  rateLimited: string;
  invalid: string;
  failed: string;
  commentLabelYes: string;
  commentLabelNo: string;
  comment: Omit<CommentTexts, "label">;
};

type Props = {
  locale: string;
  procedureSlugs: string[];
  officeSlugs: string[];
  guideResultIds: string[];
  texts: PageFeedbackTexts;
  commentAction: CommentAction;
};
type Phase = { kind: "ask" } | { kind: "comment"; ref: string; useful: boolean } | { kind: "error"; message: string };

const buttonClass =
  "min-h-12 min-w-24 border-2 border-ink bg-white px-6 py-2 text-lg font-bold hover:bg-surface disabled:opacity-70";

/**
 * "Was this page useful? Yes / No" at the end of every public page. A plain POST form (pages stay static
 * and cached; without JavaScript the answer leads to /{locale}/opinion for the optional comment); with
 * JavaScript it answers in place and offers the comment right here. Known pages only: the 404 page and
 * the staff area show nothing.
 */
export function PageFeedback(props: Props) {
  const pathname = usePathname();
  const slugs = useMemo(
    () => ({
      procedures: new Set(props.procedureSlugs),
      offices: new Set(props.officeSlugs),
      guideResults: new Set(props.guideResultIds),
    }),
    [props.procedureSlugs, props.officeSlugs, props.guideResultIds],
  );
  if (!offersPageFeedback(pathname) || !parseFeedbackPage(pathname, slugs)) return null;
  // A new page (client navigation keeps the layout) starts with the question again.
  return <FeedbackBox key={pathname} pathname={pathname} {...props} />;
}

function FeedbackBox({ locale, pathname, texts, commentAction }: Props & { pathname: string }) {
  const [phase, setPhase] = useState<Phase>({ kind: "ask" });
  const [pending, setPending] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const action = `/${locale}/opinion/enviar`;

  useEffect(() => {
    if (phase.kind !== "ask") heading.current?.focus();
  }, [phase]);

  async function vote(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    setPending(true);
    try {
      const response = await fetch(action, { method: "POST", body: data, headers: { Accept: "application/json" } });
      const body = (await response.json()) as {
        ok: boolean;
        ref?: string;
        error?: { code: string; retryAfterSeconds?: number };
      };
      if (body.ok && body.ref) setPhase({ kind: "comment", ref: body.ref, useful: data.get("useful") === "yes" });
      else if (body.error?.code === "RATE_LIMITED")
        setPhase({
          kind: "error",
          message: texts.rateLimited.replace("{minutes}", String(Math.ceil((body.error.retryAfterSeconds ?? 60) / 60))),
        });
      else setPhase({ kind: "error", message: texts.invalid });
    } catch {
      setPhase({ kind: "error", message: texts.failed });
    } finally {
      setPending(false);
    }
  }

  return (
    <section
      aria-labelledby="page-feedback-title"
      className="mx-auto mt-16 w-full max-w-5xl px-4 print:hidden"
      data-testid="page-feedback"
    >
      <div className="border-t-2 border-line pt-6">
        {phase.kind === "ask" ? (
          <form method="post" action={action} onSubmit={vote} className="space-y-3">
            <input type="hidden" name="path" value={pathname} />
            {/* Honeypot: people never see or reach it; bots that fill every field are ignored. */}
            <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
              <label htmlFor="feedback-website">{texts.honeypot}</label>
              <input id="feedback-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
            </div>
            <h2 id="page-feedback-title" className="text-xl">
              {texts.question}
            </h2>
            <div role="group" aria-labelledby="page-feedback-title" className="flex flex-wrap gap-3">
              <button type="submit" name="useful" value="yes" disabled={pending} className={buttonClass}>
                {texts.yes}
              </button>
              <button type="submit" name="useful" value="no" disabled={pending} className={buttonClass}>
                {texts.no}
              </button>
            </div>
            <p className="text-sm text-muted">{pending ? texts.sending : texts.privacy}</p>
            <p className="text-sm text-muted" data-testid="privacy-notice-feedback">
              {texts.privacyNotice.text} <a href={texts.privacyNotice.href}>{texts.privacyNotice.more}</a>
            </p>
          </form>
        ) : (
          <div className="max-w-3xl space-y-4">
            <h2 id="page-feedback-title" ref={heading} tabIndex={-1} className="text-xl focus:outline-none">
              {phase.kind === "comment" ? texts.thanks : texts.question}
            </h2>
            {phase.kind === "comment" ? (
              <Suspense fallback={null}>
                <CommentForm
                  feedbackRef={phase.ref}
                  action={commentAction}
                  texts={{ ...texts.comment, label: phase.useful ? texts.commentLabelYes : texts.commentLabelNo }}
                />
              </Suspense>
            ) : (
              <p role="alert" className="font-semibold">
                {phase.message}
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
