// A multilingual site's language links: in the header, each language by its own name, leading to this
// page's translation when it has one and to that language's home page when not; and under a post's or
// page's title, its translations. Each link says its language (`lang`, `hreflang`), so that a screen
// reader reads "日本語" in Japanese.

import { type Html, html } from "../../src/format/html.ts";
import { hrefOf } from "../../src/model/urls.ts";
import type { LanguagesInput } from "../view-types.ts";
import { directionOf, languageNameOf } from "../words/words.ts";

export function renderLanguages({ site, words, url }: LanguagesInput): Html {
  if (site.languages.length < 2) return html``;
  const translations = url === undefined ? undefined : site.translations.get(url);
  const current = site.settings.language;
  return html`<nav class="site-languages" aria-label="${words.t("languagesNav")}">
<ul>
${site.languages.map((language) => {
  const name = languageNameOf(language.code);
  if (language.code === current)
    return html`<li><span lang="${language.code}" aria-current="true">${name}</span></li>\n`;
  const target = translations?.find((t) => t.language === language.code)?.url ?? language.home;
  return html`<li><a href="${hrefOf(target)}" hreflang="${language.code}" lang="${language.code}">${name}</a></li>\n`;
})}</ul>
</nav>`;
}

export function renderTranslations({ site, words, url }: LanguagesInput): Html {
  const translations = url === undefined ? undefined : site.translations.get(url);
  if (translations === undefined || translations.length === 0) return html``;
  return html`<p class="translations" data-pagefind-ignore>${words.t("otherLanguages")} ${translations.map(
    (t, i) =>
      html`${i > 0 ? " · " : ""}<a href="${hrefOf(t.url)}" hreflang="${t.language}" lang="${t.language}" title="${t.title}">${languageNameOf(t.language)}</a>`,
  )}</p>`;
}

/**
 * The attributes of a post or page written in another language than its site's (`language:` on a site
 * of one language): ` lang="fr"`, and its direction when that differs; nothing otherwise.
 */
export function ownLanguageOf(
  item: { readonly language: string | undefined },
  site: LanguagesInput["site"],
): Html {
  const language = item.language;
  if (language === undefined || language === site.settings.language) return html``;
  const dir = directionOf(language);
  return html` lang="${language}"${dir === directionOf(site.settings.language) ? "" : html` dir="${dir}"`}`;
}
