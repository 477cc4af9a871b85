// Chinese (Simplified) labels (see en.ts for what each one is for).
// Arrows: « and » are not Chinese punctuation; pagination, archive and calendar links use ← and →.
// Full-width punctuation (，：（）“”) as in running Chinese text; no spaces between words, so
// paginationPage has no trailing space.
import type { Labels } from "./en.ts";

export const zh: Labels = {
  // The page frame
  pageTitle: "{title} | {site}",
  feedTitle: "{site} | {title}",
  defaultCategory: "未分类",
  skipLink: "跳到正文",
  siteNavigation: "站点",
  navHome: "首页",
  navArchives: "归档",
  navTags: "标签",
  navCategories: "分类",
  navAuthors: "作者",
  navSearch: "搜索",
  searchFormLabel: "搜索文章",
  searchPlaceholder: "搜索文章",
  searchButton: "搜索",
  sidebarLabel: "本站更多内容",
  recentPosts: "近期文章",
  sidebarCategories: "分类",
  allCategories: "全部分类",
  sidebarArchives: "归档",
  everyMonth: "全部月份",
  sidebarTags: "标签",
  allTags: "全部标签",
  footerAllPosts: "按日期浏览全部文章",
  footerSubscribe: "订阅（Atom 源）",
  breadcrumbs: "当前位置",
  languagesNav: "语言",
  otherLanguages: "其他语言：",
  count: "（{count}）",

  // Lists of posts
  latestPosts: "最新文章",
  tagHeading: "标签为“{name}”的文章",
  categoryHeading: "“{name}”分类下的文章",
  authorHeading: "{name} 的文章",
  yearHeading: "{date}的文章",
  monthHeading: "{date}的文章",
  dayHeading: "{date}的文章",
  pageOfTotal: "{heading}（第{number}页，共{total}页）",
  pageNumber: "第{number}页",
  headingPage: "（第{number}页）",
  noPosts: "还没有文章。",
  noTerms: "暂无。",
  pagination: "分页",
  olderPosts: "← 较早的文章",
  newerPosts: "较新的文章 →",
  paginationPage: "页码",
  neighbouringArchives: "相邻归档",
  olderArchive: "← {name}",
  newerArchive: "{name} →",
  continueReading: "继续阅读",
  continueReadingTitle: "“{title}”",

  // A post
  tagsLine: "标签：",
  postedIn: "分类：",
  byAuthor: "作者：{name}",
  postNavigation: "上一篇和下一篇文章",
  olderPost: "上一篇",
  newerPost: "下一篇",
  relatedPosts: "相关文章",
  draft: "草稿，未发布",
  scheduled: "定时发布（将在以下日期之后的首次构建中发布）：",
  updatedOn: "更新于{date}",
  readingTime: { other: "阅读约需{count}分钟" },
  tableOfContents: "目录",
  headingAnchor: "链接到本节",
  footnotes: "脚注",
  footnoteBack: "返回正文",

  // Index pages
  archivesTitle: "归档",
  tagsTitle: "标签",
  categoriesTitle: "分类",
  authorsTitle: "作者",

  // The 404 page
  notFoundTitle: "找不到页面",
  notFoundText: "这个地址上没有页面。页面可能已经迁移，也可能是链接地址有误。",
  notFoundLatest: "最新文章",
  notFoundMonths: "按月浏览全部文章",
  notFoundTags: "全部标签",

  // The search page
  searchTitle: "搜索",
  searchBrowse: "按{months}、{tags}或{categories}浏览文章",
  searchBrowseMonths: "月份",
  searchBrowseTags: "标签",
  searchBrowseCategories: "分类",
  searchInPreview: "预览时无法使用搜索：搜索索引要在构建网站时才会生成。在此之前，可以{browse}。",
  searchNeedsScript: "搜索在浏览器中运行，需要 JavaScript。没有 JavaScript 时，可以{browse}。",

  // Redirect pages
  movedTitle: "页面已迁移",
  movedHeading: "此页面已迁移",
  movedText: "新地址是 {link}。",

  // Calendar and "on this day"
  postCount: { other: "{count} 篇文章" },
  calendar: "{month}日历",
  previousMonth: "← {month}",
  nextMonth: "{month} →",
  onThisDayTitle: "历史上的这一天：{day}",
  onThisDayLink: "其他年份{day}的更多文章",
  onThisDayYear: "{year}",

  // Comments
  comments: { other: "{count}条评论" },
  commentsOff: "评论已关闭",
  commentBy: "{name} 发表于{date}",
  commentReplyTo: "回复 {name}",
  commentAnonymous: "匿名",
  commentsFeedTitle: "{site}的评论",
  commentFeedItem: "{name}对{title}的评论",

  // Translations
  translations: "本文的其他语言版本",
  readIn: "阅读{language}版",
};
