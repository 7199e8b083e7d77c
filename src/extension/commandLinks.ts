import type { CardLinks } from '../core/card';

/** The commands a hover card may link to: ours, and no other. */
export const OUR_HOVER_COMMANDS = ['whoswho.showInArticle', 'whoswho.openInPanel', 'whoswho.findMentions'] as const;

function commandUri(command: (typeof OUR_HOVER_COMMANDS)[number], args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

export function commandLinks(): CardLinks {
  return {
    showInArticle: (entityId, paragraph) => commandUri('whoswho.showInArticle', [entityId, paragraph]),
    openInPanel: (entityId) => commandUri('whoswho.openInPanel', [entityId]),
    findMentions: (entityId) => commandUri('whoswho.findMentions', [entityId]),
  };
}
