/**
 * English markers of a pasted document the way users paste one, next to the header/HTML/sign-off
 * markers of `DOCUMENT` in rules.ts: a request on the first line that names a pasted item ("Read this
 * e-mail and tell me …", "Here is the transcript:", "Summarise the thread below", "What's the gist of
 * this Teams chat?") followed by a line break and the item; chat and meeting lines with a time stamp
 * ("[09:14] Olga:"), "@here / @channel", "X wrote:"; a tool or retrieval label at a line start
 * ("Tool result:", "Retrieved:", "Search results:"); quoted text after a colon and a line break.
 * With one of them an `indirect` rule is strong, as with the other markers. A question that merely
 * names an e-mail ("how do I write an e-mail?") or an outline of the user's own points ("use these
 * notes:") is no marker: the request needs a demonstrative or "here is", an item noun from the list,
 * and text after a line break. Bounded gaps only, so matching is linear.
 */

/** Items users paste. Not "notes, points, steps, questions, instructions": those are the user's own outline. */
const ITEM = '(?:e-?mails?|mails?|messages?|letters?|memos?|web ?pages?|pages?|websites?|site|articles?|posts?|threads?|chats?|chat logs?|logs?|conversations?|transcripts?|minutes|invites?|invitations?|calendar (?:entry|entries|event|invite)|reviews?|tickets?|bug reports?|issues?|cvs?|résumés?|resumes?|job (?:posting|ad|advert|description|listing)s?|postings?|listings?|tables?|spreadsheets?|csv|rows?|documents?|docs?|pdfs?|texts?|excerpts?|passages?|snippets?|newsletters?|recipes?|manuals?|reports?|invoices?|receipts?|commits?(?: messages?)?|pull requests?|prs?|comments?|replies|reply|announcements?|notices?|press releases?|contracts?|agreements?|results?|outputs?|responses?|json|voicemails?|paragraphs?|statements?|policy|policies|faqs?|descriptions?|brochures?|flyers?|blurbs?|bios?|profiles?|quotes?|quotation|feedback|survey responses|story|stories|essays?|papers?|abstracts?|leaflets?|pamphlets?|handouts?|data ?sheets?|spec sheets?)';
/** A determiner that points at a pasted item, with up to three words before the item noun ("this customer review"). */
const POINTED = `\\b(?:this|these|the following|the attached|the pasted|the enclosed|the forwarded)\\s(?:[\\w'’-]{1,24}\\s){0,3}${ITEM}\\b|\\b(?:the|this|these|my|our)\\s(?:[\\w'’-]{1,24}\\s){0,3}${ITEM}\\s(?:below|underneath|pasted below|i pasted|i copied|i got|i received|i found|we got|we received)\\b|\\bhere(?:'s|’s| is| are)\\s(?:a |an |the |my |our |some |that |this )?(?:[\\w'’-]{1,24}\\s){0,3}${ITEM}\\b`;
/** The request on the first line (at most 300 characters), then a line break and at least 30 characters of the item. */
const REQUEST = `^(?=[^\\n]{0,300}(?:${POINTED}))[^\\n]{0,300}\\n\\s{0,6}\\S[\\s\\S]{30}`;
const CHAT = '(?:^|\\n)[ \\t]{0,3}\\[?\\d{1,2}:\\d{2}(?: ?[ap]m)?\\]? ?[\\p{L}][^\\n:]{0,40}:|(?:^|\\s)@(?:here|channel|everyone)\\b|\\b\\S{2,40} wrote:';
const LABEL = '(?:^|\\n)[ \\t]{0,3}(?:tool (?:result|output)|retrieved(?: passage| text)?|search results?|api response|observation|function (?:result|output))[ \\t]{0,3}:';
/** A line ending in a colon, then a quotation opening the next non-empty line. */
const QUOTED = ':[ \\t]{0,3}\\n\\s{0,6}(?:["“]|> )\\S';
/**
 * The item pasted inline, in quotes, right after the request that points at it ("given this Wikipedia article:
 * 'Zubrowka is …", "based on this resume: 'John Doe, …", "Who wrote this excerpt? '…"), or code pasted after
 * "this code:" with a line break inside it ("What is the output of this code: import math\n def …").
 */
const INLINE = `(?:${POINTED})[ \\t]{0,3}[:?][ \\t]{0,3}['"“‘«]\\S|\\bth(?:is|e following) (?:[\\w'’+#-]{1,24}\\s){0,2}(?:code|function|script)[ \\t]{0,3}:[^\\n]{0,200}\\n`;

export const DOCUMENT_EN = new RegExp(`${REQUEST}|${CHAT}|${LABEL}|${QUOTED}|${INLINE}`, 'u');
