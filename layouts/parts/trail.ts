// Breadcrumbs: where a list sits (Home › Archives › 2015 › January 2015). The current page is marked,
// not linked; on page 2 and later the list itself links back to its first page.

import { type Html, html } from "../../src/format/html.ts";
import type { NamedLink } from "../../src/model/types.ts";
import { hrefOf } from "../../src/model/urls.ts";

export function renderTrail(trail: readonly NamedLink[], pageNumber = 1): Html {
  if (trail.length < 2) return html``;
  const steps = trail.map((step, i) => {
    const last = i === trail.length - 1;
    if (last && pageNumber === 1) return html`<li><span aria-current="page">${step.name}</span></li>`;
    return html`<li><a href="${hrefOf(step.url)}">${step.name}</a></li>`;
  });
  const page = pageNumber > 1 ? html`<li><span aria-current="page">Page ${pageNumber}</span></li>` : "";
  return html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${steps}${page}</ol></nav>`;
}
