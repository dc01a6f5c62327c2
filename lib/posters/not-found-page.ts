import { localeNames, locales, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The 404 page of an unknown or malformed short code, as one small self-contained HTML document
 * (inline CSS, no JavaScript, ~3 KB): it must open fast on a weak connection in a queue. It says
 * what went wrong, offers to retype the code (a GET form to /q) and links to the catalogue and the
 * offices on this site only. The typed code is echoed only when it is well-formed.
 */
export function shortLinkNotFoundHtml(locale: Locale, code: string | null): string {
  const t = getTranslator(locale);
  const message = code ? t("posters.notFoundText", { code }) : t("posters.notFoundMalformed");
  const other = locales.find((l) => l !== locale)!;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t("posters.notFoundTitle"))} · ${escapeHtml(t("site.name"))}</title>
<style>
body{margin:0;font:1.125rem/1.5 system-ui,sans-serif;color:#0b0c0c;background:#fff}
header{background:#611232;color:#fff;padding:.75rem 1rem}header a{color:#fff;font-weight:700;font-size:1.5rem;text-decoration:none}
main{max-width:40rem;margin:0 auto;padding:1rem}h1{font-size:1.75rem;line-height:1.2}
label{display:block;font-weight:700}p.hint{color:#505a5f;margin:.25rem 0}
input{font:inherit;min-height:3rem;width:100%;max-width:14rem;border:2px solid #0b0c0c;padding:.25rem .5rem;box-sizing:border-box;text-transform:lowercase}
button{font:inherit;font-weight:700;min-height:3rem;margin-top:.75rem;padding:.5rem 1.25rem;border:0;background:#00703c;color:#fff}
a{color:#1d4f91}ul{padding-left:1.25rem}li{margin:.5rem 0}
</style>
</head>
<body>
<header><a href="/${locale}">${escapeHtml(t("site.name"))}</a></header>
<main>
<h1>${escapeHtml(t("posters.notFoundTitle"))}</h1>
<p>${escapeHtml(message)}</p>
<form action="/q" method="get">
<label for="codigo">${escapeHtml(t("posters.codeLabel"))}</label>
<p class="hint" id="codigo-hint">${escapeHtml(t("posters.codeHint"))}</p>
<input id="codigo" name="codigo" aria-describedby="codigo-hint" autocomplete="off" autocapitalize="none" spellcheck="false" maxlength="20"${code ? ` value="${escapeHtml(code)}"` : ""}>
<input type="hidden" name="lang" value="${locale}">
<div><button type="submit">${escapeHtml(t("posters.go"))}</button></div>
</form>
<ul>
<li><a href="/${locale}/tramites">${escapeHtml(t("posters.allLink"))}</a></li>
<li><a href="/${locale}/oficinas">${escapeHtml(t("posters.officesLink"))}</a></li>
<li><a href="/q/${code ?? ""}?lang=${other}" lang="${other}">${escapeHtml(localeNames[other])}</a></li>
</ul>
</main>
</body>
</html>`;
}
