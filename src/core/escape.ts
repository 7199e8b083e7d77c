/**
 * Escaping of data before it reaches Markdown: nothing in a name or a quote may become markup or a link.
 * (The panel needs no HTML escaping: it puts data into the page as text nodes only.)
 */

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&"':=$%@^]/g;

/** Text that Markdown renders literally, on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
}
