// Walking the archive by date: a month's calendar (WordPress's calendar widget, atop the month's
// archive), and the "on this day" page of a calendar day across the years.

import { type Html, html } from "../../src/format/html.ts";
import { homeLinkOf } from "../../src/model/archive.ts";
import { archivesIndexUrlIn, dayUrl, hrefOf } from "../../src/model/urls.ts";
import type { CalendarInput, OnThisDayInput } from "../view-types.ts";
import { headingOf } from "../words/places.ts";
import { firstDayOfWeek } from "../words/words.ts";

/**
 * The month as a table of weeks, starting on the first day of the week where the site's language is
 * spoken; each day with posts links to its archive. Screen readers read the caption (the month), each
 * column's weekday in full, and each linked day's count of posts.
 */
export function renderCalendar({ archive, words }: CalendarInput): Html {
  const { year, month } = archive;
  if (month === undefined) return html``;
  const first = firstDayOfWeek(words.language);
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // 1 = Monday … 7 = Sunday.
  const weekdayOfFirst = ((new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7) + 1;
  const blanks = (weekdayOfFirst - first + 7) % 7;
  const short = words.dates.weekdays(first, "short");
  const long = words.dates.weekdays(first, "long");
  const withPosts = new Map(archive.days.map((d) => [d.day, d]));
  const cells: Html[] = [];
  for (let i = 0; i < blanks; i++) cells.push(html`<td></td>`);
  for (let day = 1; day <= length; day++) {
    const found = withPosts.get(day);
    cells.push(
      found === undefined
        ? html`<td>${words.number(day)}</td>`
        : html`<td class="has-posts"><a href="${hrefOf(found.url)}">${words.number(day)}<span class="visually-hidden">, ${words.n("postCount", found.count)}</span></a></td>`,
    );
  }
  while (cells.length % 7 !== 0) cells.push(html`<td></td>`);
  const weeks: Html[] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(html`<tr>${cells.slice(i, i + 7)}</tr>\n`);
  return html`<table class="calendar">
<caption>${words.t("calendar", { month: words.dates.month(year, month) })}</caption>
<thead><tr>${short.map((name, i) => html`<th scope="col"><span aria-hidden="true">${name}</span><span class="visually-hidden">${long[i] ?? name}</span></th>`)}</tr></thead>
<tbody>
${weeks}</tbody>
</table>`;
}

/** Every post of a calendar day, by year (newest first), each year linked to its day's archive. */
export function renderOnThisDay(input: OnThisDayInput): Html {
  const { day, words, site, views } = input;
  const title = site.settings.title;
  const trail = [
    homeLinkOf(site.tree),
    { place: { kind: "archives" } as const, url: archivesIndexUrlIn(site.tree) },
    { place: day.place, url: day.url },
  ];
  return html`${views.breadcrumbs({ ...input, trail, pageNumber: 1 })}
<header class="archive-header">
<h1 class="archive-title">${headingOf(day.place, words, title)}</h1>
</header>
${day.years.map(
  ({ year, posts }) => html`<section class="on-this-day-year">
<h2><a href="${hrefOf(dayUrl(year, day.month, day.day, site.tree))}">${words.dates.year(year)}</a></h2>
<ul>
${posts.map(
  (post) =>
    html`<li><a href="${hrefOf(post.url)}">${post.title}</a>${post.excerpt === undefined ? "" : html`<p class="excerpt">${post.excerpt}</p>`}</li>`,
)}
</ul>
</section>`,
)}`;
}
