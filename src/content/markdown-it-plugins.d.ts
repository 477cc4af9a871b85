// The markdown-it plugins annals uses ship no types: each is a plugin function.
declare module "markdown-it-footnote" {
  import type MarkdownIt from "markdown-it";

  const plugin: MarkdownIt.PluginSimple;
  export default plugin;
}
declare module "markdown-it-deflist" {
  import type MarkdownIt from "markdown-it";

  const plugin: MarkdownIt.PluginSimple;
  export default plugin;
}
declare module "markdown-it-mark" {
  import type MarkdownIt from "markdown-it";

  const plugin: MarkdownIt.PluginSimple;
  export default plugin;
}
