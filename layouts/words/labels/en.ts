// Every word annals puts on a page, in English: the table that defines the label keys. Other
// languages translate each key (layouts/words/labels/<code>.ts); a site overrides any one of them with
// `labels:` in its settings. `{name}`-style placeholders are filled by the views; a label given per
// plural category (`one`, `other`, and `few`, `many`, … where a language needs them) is chosen by the
// count it shows.

export const en = {
  // The page frame
  pageTitle: "{title} – {site}",
  feedTitle: "{site} – {title}",
  /** The category of a post that names none, unless the settings name one. */
  defaultCategory: "Uncategorized",
  skipLink: "Skip to content",
  siteNavigation: "Site",
  navHome: "Home",
  navArchives: "Archives",
  navTags: "Tags",
  navCategories: "Categories",
  navAuthors: "Authors",
  navSearch: "Search",
  searchFormLabel: "Search the posts",
  searchPlaceholder: "Search posts",
  searchButton: "Search",
  sidebarLabel: "More from this site",
  recentPosts: "Recent posts",
  sidebarCategories: "Categories",
  allCategories: "All categories",
  sidebarArchives: "Archives",
  everyMonth: "Every month",
  sidebarTags: "Tags",
  allTags: "All tags",
  footerAllPosts: "All posts by date",
  footerSubscribe: "Subscribe (Atom feed)",
  breadcrumbs: "Breadcrumb",
  /** The language links in the header (a multilingual site): the name of that navigation. */
  languagesNav: "Languages",
  /** Before the links to a post's or page's translations, on its page. */
  otherLanguages: "In other languages:",
  count: "({count})",

  // Lists of posts
  latestPosts: "Latest posts",
  tagHeading: "Posts Tagged ‘{name}’",
  categoryHeading: "Archive for the ‘{name}’ Category",
  authorHeading: "Posts by {name}",
  yearHeading: "Archive for {date}",
  monthHeading: "Archive for {date}",
  dayHeading: "Archive for {date}",
  pageOfTotal: "{heading} (page {number} of {total})",
  pageNumber: "Page {number}",
  headingPage: " — page {number}",
  noPosts: "No posts yet.",
  noTerms: "None yet.",
  pagination: "Pages",
  olderPosts: "« Older posts",
  newerPosts: "Newer posts »",
  paginationPage: "Page ",
  neighbouringArchives: "Neighbouring archives",
  olderArchive: "« {name}",
  newerArchive: "{name} »",
  continueReading: "Continue reading",
  continueReadingTitle: " “{title}”",

  // A post
  tagsLine: "Tags:",
  postedIn: "Posted in",
  byAuthor: "by {name}",
  postNavigation: "Older and newer posts",
  olderPost: "Older post",
  newerPost: "Newer post",
  relatedPosts: "Related posts",
  draft: "Draft, not published",
  scheduled: "Scheduled: published by the first build after",
  updatedOn: "Updated {date}",
  readingTime: { one: "{count} minute read", other: "{count} minutes read" },
  tableOfContents: "Contents",
  headingAnchor: "Link to this section",
  footnotes: "Footnotes",
  footnoteBack: "Back to the text",

  // Index pages
  archivesTitle: "Archives",
  tagsTitle: "Tags",
  categoriesTitle: "Categories",
  authorsTitle: "Authors",

  // The 404 page
  notFoundTitle: "Page not found",
  notFoundText: "There is no page at this address. It may have moved, or the link may be mistyped.",
  notFoundLatest: "The latest posts",
  notFoundMonths: "Every post by month",
  notFoundTags: "Every tag",

  // The search page
  searchTitle: "Search",
  searchBrowse: "browse {months}, {tags} or {categories}",
  searchBrowseMonths: "every month",
  searchBrowseTags: "every tag",
  searchBrowseCategories: "every category",
  searchInPreview:
    "Search is not available in the preview: its index is made when the site is built. Meanwhile, {browse}.",
  searchNeedsScript: "Search runs in your browser and needs JavaScript. Without it, {browse}.",

  // Redirect pages
  movedTitle: "Moved",
  movedHeading: "This page has moved",
  movedText: "It is now at {link}.",

  // Calendar and "on this day"
  postCount: { one: "{count} post", other: "{count} posts" },
  calendar: "Calendar for {month}",
  previousMonth: "« {month}",
  nextMonth: "{month} »",
  onThisDayTitle: "On this day: {day}",
  onThisDayLink: "More from {day} in other years",
  onThisDayYear: "{year}",

  // Comments
  comments: { one: "{count} comment", other: "{count} comments" },
  commentsOff: "Comments Off",
  commentBy: "{name} on {date}",
  commentReplyTo: "In reply to {name}",
  commentAnonymous: "Anonymous",
  commentsFeedTitle: "Comments for {site}",
  commentFeedItem: "Comment on {title} by {name}",

  // Translations
  translations: "This post in other languages",
  readIn: "Read in {language}",
} as const satisfies Record<string, string | PluralLabel>;

/** A label chosen by a count: a text per plural category of the language (`other` is required). */
export type PluralLabel = { readonly other: string } & {
  readonly [category in Intl.LDMLPluralRule]?: string;
};

export type LabelKey = keyof typeof en;

/** A complete labels table: every key, a plural label where English has one. */
export type Labels = {
  readonly [K in LabelKey]: (typeof en)[K] extends string ? string : PluralLabel;
};
