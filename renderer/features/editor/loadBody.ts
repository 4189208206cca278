import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isDecoratorNode,
  $isElementNode,
  $parseSerializedNode,
  type LexicalNode,
  type SerializedLexicalNode,
} from 'lexical';
import { DRAFT_DOCUMENT_FORMAT, DRAFT_DOCUMENT_VERSION, readDraftArticle, type SerializedBody, type SerializedNode } from '../../../shared/domain/draft';

const NO_FIELDS = { headline: '', standfirst: '', byline: '', dateline: '' };

/** A block Lexical cannot read (a node type from a newer editor, a damaged node) as paragraphs of its words. */
function $asPlainParagraphs(json: SerializedNode): LexicalNode[] {
  const body = { root: { type: 'root' as const, version: 1, children: [json] } };
  const { blocks } = readDraftArticle({ format: DRAFT_DOCUMENT_FORMAT, version: DRAFT_DOCUMENT_VERSION, fields: NO_FIELDS, body, merge: null });
  return blocks.map((block) =>
    $createParagraphNode().append(
      ...block.runs.map((run) => {
        const text = $createTextNode(run.text);
        if (run.bold) text.toggleFormat('bold');
        if (run.italic) text.toggleFormat('italic');
        return text;
      }),
    ),
  );
}

function $readBlock(json: SerializedNode): LexicalNode[] {
  let node: LexicalNode;
  try {
    node = $parseSerializedNode(json as unknown as SerializedLexicalNode);
  } catch {
    return $asPlainParagraphs(json);
  }
  // The root takes only blocks: a stray inline node at the top gets a paragraph around it.
  if ($isElementNode(node) && !node.isInline()) return [node];
  if ($isDecoratorNode(node) && !node.isInline()) return [node];
  return [$createParagraphNode().append(node)];
}

/**
 * Loads a draft's body into the editor, block by block: a block Lexical refuses keeps its words as plain
 * paragraphs instead of the whole draft failing to open, so nothing stored is lost to an editor upgrade or a
 * damaged node. An empty body gets one paragraph to type in. Call inside editor.update on an empty root.
 */
export function $loadBody(body: SerializedBody): void {
  const root = $getRoot();
  for (const json of body.root.children) root.append(...$readBlock(json));
  if (root.isEmpty()) root.append($createParagraphNode());
}
