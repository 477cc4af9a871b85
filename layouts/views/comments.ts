// A post's comments, kept from the old blog and shown read-only under it ("3 comments"), threaded as
// they were: each reply in a list under the comment it answers. Every comment has a stable anchor
// (`#comment-12`, its id), its author (linked with rel="nofollow ugc" when the author gave an
// address) and its date. A post whose comments were closed says so ("Comments Off"). The comments'
// HTML was sanitised when it was read (src/format/untrusted-html.ts); names and addresses are escaped.

import { type Html, html, raw } from "../../src/format/html.ts";
import type { Comment } from "../../src/model/types.ts";
import type { PostInput } from "../view-types.ts";

export function renderComments({ post, words }: PostInput): Html {
  if (post.comments.length === 0)
    return post.commentsClosed
      ? html`<p class="comments-off" data-pagefind-ignore>${words.t("commentsOff")}</p>`
      : html``;
  const one = (comment: Comment, replies: Html): Html => {
    const name = comment.author === "" ? words.t("commentAnonymous") : comment.author;
    const author =
      comment.url === undefined
        ? html`<span class="comment-author">${name}</span>`
        : html`<a class="comment-author" href="${comment.url}" rel="nofollow ugc">${name}</a>`;
    const date = html`<a class="comment-permalink" href="#comment-${comment.id}"><time datetime="${comment.date.machine}">${words.dates.day(comment.date)}</time></a>`;
    return html`<li class="comment comment-${comment.kind}" id="comment-${comment.id}">
<article>
<p class="comment-meta">${words.h("commentBy", { name: author, date })}</p>
<div class="comment-body">${raw(comment.html)}</div>
</article>${replies}
</li>
`;
  };
  // The comments come in thread order with depths: each comment's replies follow it, one deeper.
  let at = 0;
  const list = (depth: number): Html[] => {
    const items: Html[] = [];
    while (at < post.comments.length) {
      const comment = post.comments[at] as Comment;
      if (comment.depth < depth) break;
      at++;
      const replies = list(comment.depth + 1);
      items.push(
        one(comment, replies.length === 0 ? html`` : html`\n<ol class="comment-replies">\n${replies}</ol>`),
      );
    }
    return items;
  };
  return html`<section class="comments" id="comments" aria-labelledby="comments-title" data-pagefind-ignore>
<h2 id="comments-title">${words.n("comments", post.comments.length)}</h2>
<ol class="comment-list">
${list(0)}</ol>
</section>`;
}
