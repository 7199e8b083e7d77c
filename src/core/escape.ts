/** Escaping of data before it reaches Markdown or HTML: nothing in a name or a quote may become markup or a link. */

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&"':=$%@^]/g;

/** Text that Markdown renders literally, on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}
