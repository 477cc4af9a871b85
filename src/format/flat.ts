// A string built by concatenation is, inside V8, a tree of pieces (a "cons string"): markdown-it's
// output for one post is thousands of them. Reading a character flattens the tree into one run of
// characters in place. For strings the build keeps (post bodies, cached fragments) that halves their
// memory and makes every later copy and garbage collection cheaper.

export function flatten<T extends string>(text: T): T {
  text.charCodeAt(0);
  return text;
}
