// Japanese labels (see en.ts for what each one is for).
// Arrows: « and » are not Japanese punctuation; pagination, archive and calendar links use ← and →.
// Full-width brackets and colons (（）「」：) as in running Japanese text; no spaces between words,
// so paginationPage has no trailing space.
import type { Labels } from "./en.ts";

export const ja: Labels = {
  // The page frame
  pageTitle: "{title} | {site}",
  feedTitle: "{site} | {title}",
  defaultCategory: "未分類",
  skipLink: "本文へスキップ",
  siteNavigation: "サイト",
  navHome: "ホーム",
  navArchives: "アーカイブ",
  navTags: "タグ",
  navCategories: "カテゴリー",
  navAuthors: "著者",
  navSearch: "検索",
  searchFormLabel: "記事を検索",
  searchPlaceholder: "記事を検索",
  searchButton: "検索",
  sidebarLabel: "このサイトのその他のコンテンツ",
  recentPosts: "最近の記事",
  sidebarCategories: "カテゴリー",
  allCategories: "すべてのカテゴリー",
  sidebarArchives: "アーカイブ",
  everyMonth: "すべての月",
  sidebarTags: "タグ",
  allTags: "すべてのタグ",
  footerAllPosts: "すべての記事（日付順）",
  footerSubscribe: "購読（Atomフィード）",
  breadcrumbs: "パンくずリスト",
  languagesNav: "言語",
  otherLanguages: "他の言語：",
  count: "（{count}）",

  // Lists of posts
  latestPosts: "最新の記事",
  tagHeading: "タグ「{name}」の記事",
  categoryHeading: "カテゴリー「{name}」の記事",
  authorHeading: "{name}の記事",
  yearHeading: "{date}のアーカイブ",
  monthHeading: "{date}のアーカイブ",
  dayHeading: "{date}のアーカイブ",
  pageOfTotal: "{heading}（{total}ページ中{number}ページ目）",
  pageNumber: "{number}ページ",
  headingPage: "（{number}ページ目）",
  noPosts: "まだ記事がありません。",
  noTerms: "まだありません。",
  pagination: "ページ送り",
  olderPosts: "← 古い記事",
  newerPosts: "新しい記事 →",
  paginationPage: "ページ",
  neighbouringArchives: "前後のアーカイブ",
  olderArchive: "← {name}",
  newerArchive: "{name} →",
  continueReading: "続きを読む",
  continueReadingTitle: "「{title}」",

  // A post
  tagsLine: "タグ：",
  postedIn: "カテゴリー：",
  byAuthor: "著者：{name}",
  postNavigation: "前後の記事",
  olderPost: "前の記事",
  newerPost: "次の記事",
  relatedPosts: "関連記事",
  draft: "下書き（未公開）",
  scheduled: "予約投稿（次の日付を過ぎて最初のビルドで公開）：",
  updatedOn: "{date}更新",
  readingTime: { other: "{count}分で読めます" },
  tableOfContents: "目次",
  headingAnchor: "このセクションへのリンク",
  footnotes: "脚注",
  footnoteBack: "本文に戻る",

  // Index pages
  archivesTitle: "アーカイブ",
  tagsTitle: "タグ",
  categoriesTitle: "カテゴリー",
  authorsTitle: "著者",

  // The 404 page
  notFoundTitle: "ページが見つかりません",
  notFoundText:
    "このアドレスにはページがありません。ページが移動したか、リンクのアドレスが間違っている可能性があります。",
  notFoundLatest: "最新の記事",
  notFoundMonths: "月別の全記事",
  notFoundTags: "すべてのタグ",

  // The search page
  searchTitle: "検索",
  searchBrowse: "{months}・{tags}・{categories}の一覧から記事を探せます",
  searchBrowseMonths: "月別",
  searchBrowseTags: "タグ",
  searchBrowseCategories: "カテゴリー",
  searchInPreview:
    "プレビューでは検索を使えません。検索インデックスはサイトのビルド時に作られます。それまでは、{browse}。",
  searchNeedsScript: "検索はブラウザー上で動くため、JavaScriptが必要です。JavaScriptがなくても、{browse}。",

  // Redirect pages
  movedTitle: "移動しました",
  movedHeading: "このページは移動しました",
  movedText: "新しいアドレスは{link}です。",

  // Calendar and "on this day"
  postCount: { other: "{count}件の記事" },
  calendar: "{month}のカレンダー",
  previousMonth: "← {month}",
  nextMonth: "{month} →",
  onThisDayTitle: "この日の記事：{day}",
  onThisDayLink: "ほかの年の{day}の記事",
  onThisDayYear: "{year}",

  // Comments
  comments: { other: "コメント{count}件" },
  commentsOff: "コメントは受け付けていません",
  commentBy: "{name}（{date}）",
  commentReplyTo: "{name}さんへの返信",
  commentAnonymous: "匿名",
  commentsFeedTitle: "{site}へのコメント",
  commentFeedItem: "{title}への{name}のコメント",

  // Translations
  translations: "この記事の他言語版",
  readIn: "{language}で読む",
};
