import type { Klass, LexicalNode } from 'lexical';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { PassageNode } from './PassageNode';

/**
 * Every node class the draft editor registers, in one list so the editor, the headless tests and the bench
 * parse a body with the same nodes (a missing one makes Lexical refuse the whole state).
 */
export const EDITOR_NODES: readonly Klass<LexicalNode>[] = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, PassageNode];
