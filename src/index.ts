// What a site's theme may import from annals (`import { html, type Override } from "annals"`): the
// view table's types, the escaping `html` template, the model's types, and the helpers the default
// views use to name places and link pages.

export type {
  ArchiveInput,
  ArticleMeta,
  BreadcrumbsInput,
  FrameInput,
  HtmlLike,
  Override,
  PaginationInput,
  PostInput,
  PostPartInput,
  RedirectInput,
  Section,
  ShellInput,
  SummaryInput,
  TermsIndexInput,
  View,
  ViewContext,
  ViewInputs,
  ViewName,
  Views,
} from "../layouts/view-types.ts";
export type { LabelKey, Labels } from "../layouts/words/labels/en.ts";
export { feedTitleOf, headingOf, nameOf } from "../layouts/words/places.ts";
export type { Words } from "../layouts/words/words.ts";
export { escapeHtml, Html, type HtmlPart, html, raw } from "./format/html.ts";
export type { Settings } from "./model/settings.ts";
export type {
  Archive,
  DateArchive,
  Feed,
  Pager,
  Place,
  PlaceLink,
  PostDate,
  PostLink,
  Redirect,
  Site,
  SitePost,
  Taxonomy,
  Term,
  TermLink,
} from "./model/types.ts";
export { absoluteUrl, hrefOf } from "./model/urls.ts";
