// The page at an old URL that sends readers (and search engines: a canonical link and a zero-second
// refresh) to the new one. A whole document: redirect pages have no shell.

import { type Html, html } from "../../src/format/html.ts";
import { absoluteUrl, hrefOf } from "../../src/model/urls.ts";
import type { RedirectInput } from "../view-types.ts";

export function renderRedirect({ redirect, site, words }: RedirectInput): Html {
  const { settings } = site;
  const to = hrefOf(redirect.to);
  const canonical = settings.url === "" ? undefined : absoluteUrl(settings.url, redirect.to);
  return html`<!DOCTYPE html>
<html lang="${words.language}"${words.dir === "rtl" ? html` dir="rtl"` : ""}>
<head>
<meta charset="utf-8">
<title>${words.t("pageTitle", { title: words.t("movedTitle"), site: settings.title })}</title>
<meta name="robots" content="noindex">
${canonical === undefined ? "" : html`<link rel="canonical" href="${canonical}">\n`}<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<main>
<h1>${words.t("movedHeading")}</h1>
<p>${words.h("movedText", { link: html`<a href="${to}">${canonical ?? redirect.to}</a>` })}</p>
</main>
</body>
</html>
`;
}
