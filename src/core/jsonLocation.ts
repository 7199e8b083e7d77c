import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

/**
 * The text range of the value at a JSON path ("/entities/3/name") in a JSON text, or of its nearest
 * existing parent: where an editor should underline a knowledge-base error.
 */
export function locateJsonPath(text: string, jsonPath: string): { start: number; end: number } {
  const tree = parseTree(text);
  if (!tree) return { start: 0, end: Math.min(text.length, 1) };
  const segments = jsonPath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  for (let length = segments.length; length >= 0; length--) {
    const node: Node | undefined = findNodeAtLocation(tree, segments.slice(0, length));
    if (node) {
      // A whole object or array is too much to underline: its property name, or its opening brace, will do.
      if ((node.type === 'object' || node.type === 'array') && length > 0) {
        const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
        return key ? { start: key.offset, end: key.offset + key.length } : { start: node.offset, end: node.offset + 1 };
      }
      return { start: node.offset, end: node.offset + node.length };
    }
  }
  return { start: 0, end: 1 };
}
