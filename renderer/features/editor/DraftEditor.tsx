import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { EditorState, LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DraftDocument, DraftFields, SerializedBody } from '../../../shared/domain/draft';
import { editorShortcut } from './editorShortcuts';
import { EDITOR_THEME } from './editorTheme';
import { FieldsForm } from './FieldsForm';
import { FindBar } from './find/FindBar';
import { FIND_SCOPE_ATTRIBUTE, OPEN_FIND_EVENT } from './find/openFindEvent';
import { useFind } from './find/useFind';
import { isSafeLinkUrl } from './linkUrl';
import { $loadBody } from './loadBody';
import { historyFromLoaded } from './loadedHistory';
import { EDITOR_NODES } from './nodes';
import { registerSupportedFormats } from './supportedFormats';
import { syncSelectionOnKeydown } from './syncSelectionOnKeydown';
import { EditorToolbar } from './toolbar/EditorToolbar';
import { LinkDialog } from './toolbar/LinkDialog';
import { $linkTarget, $removeLink, $setLink, type LinkTarget } from './toolbar/linkEdit';
import { useToolbarState } from './toolbar/useToolbarState';
import { usePassageFocus } from './usePassageFocus';
import { useWordCount } from './useWordCount';
import './editor.css';

export interface DraftChange {
  fields: DraftFields;
  /** Serialized on first read: keep the change and read `body` when saving, not on every keystroke. */
  readonly body: SerializedBody;
}

export interface DraftEditorProps {
  /** Read once, on mount: remount with a `key` to load another draft or revision. */
  document: DraftDocument;
  /** Every change to the text or the fields (not selection moves), with both. */
  onChange: (next: DraftChange) => void;
  onEditor?: (editor: LexicalEditor) => void;
  /** The passage the caret is in, or null; called when it changes. */
  onPassageFocus?: (passageId: string | null) => void;
  readOnly?: boolean;
  /** The spellchecker's language (BCP 47). */
  lang?: string;
}

/**
 * A change whose body is serialized when first read, then kept. Serializing a 5,000-word body takes longer
 * than a frame, so doing it per keystroke would make typing lag; an autosave that reads `body` once per save
 * pays it once. EditorState is immutable, so reading it later gives the text as it was at this change.
 * (Lexical's serializer writes exactly the outline SerializedBody describes; only the static types differ.)
 */
function changeOf(fields: DraftFields, editorState: EditorState): DraftChange {
  let body: SerializedBody | null = null;
  return {
    fields,
    get body() {
      body ??= editorState.toJSON() as unknown as SerializedBody;
      return body;
    },
  };
}

/**
 * The draft editor: the article's fields, a formatting toolbar, find and replace, the rich-text body with
 * its merged passages, and a word count. Spellchecking is the platform's (Electron's in the app, the
 * browser's in the twin), in `lang`.
 */
export function DraftEditor(props: DraftEditorProps) {
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'copydesk-draft',
    nodes: EDITOR_NODES,
    theme: EDITOR_THEME,
    editable: !props.readOnly,
    // A failed update leaves the previous state in place; the text is not lost, so report and carry on.
    onError: (error) => console.error('Editor update failed:', error),
    editorState: () => $loadBody(props.document.body),
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <EditorSurface {...props} />
    </LexicalComposer>
  );
}

function EditorSurface({ document, onChange, onEditor, onPassageFocus, readOnly = false, lang = 'en-GB' }: DraftEditorProps) {
  const [editor] = useLexicalComposerContext();
  const [fields, setFields] = useState<DraftFields>(document.fields);
  const fieldsRef = useRef(fields);
  const scopeRef = useRef<HTMLDivElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [linkTarget, setLinkTarget] = useState<LinkTarget | null>(null);
  const history = useMemo(() => historyFromLoaded(editor), [editor]);
  const toolbar = useToolbarState(editor);
  const { words, minutes } = useWordCount(editor);
  const find = useFind(
    editor,
    useCallback(() => scrollerRef.current, []),
  );
  usePassageFocus(editor, onPassageFocus);

  useEffect(() => registerSupportedFormats(editor), [editor]);
  useEffect(() => syncSelectionOnKeydown(editor), [editor]);
  useEffect(() => editor.setEditable(!readOnly), [editor, readOnly]);
  useEffect(() => onEditor?.(editor), [editor, onEditor]);

  const showFind = find.show;
  useEffect(() => {
    const scope = scopeRef.current;
    const open = () => showFind(false);
    scope?.addEventListener(OPEN_FIND_EVENT, open);
    return () => scope?.removeEventListener(OPEN_FIND_EVENT, open);
  }, [showFind]);

  const changeFields = (next: DraftFields) => {
    fieldsRef.current = next;
    setFields(next);
    onChange(changeOf(next, editor.getEditorState()));
  };

  const openLink = () => {
    if (readOnly) return;
    setLinkTarget(editor.getEditorState().read($linkTarget));
  };
  const closeLink = (edit?: () => void) => {
    setLinkTarget(null);
    if (edit) editor.update(edit);
    editor.focus();
  };

  // The editor's own shortcuts win over the app's while focus is inside it: Ctrl/⌘+F finds in the article,
  // not the library (the app's handler listens on window, which this stops the event reaching).
  const onKeyDown = (event: KeyboardEvent) => {
    const shortcut = editorShortcut(event);
    const inBody = event.target instanceof Node && editor.getRootElement()?.contains(event.target) === true;
    if (shortcut === null || (shortcut === 'link' && !inBody)) return;
    if (shortcut === 'link') openLink();
    else find.show(shortcut === 'replace' && !readOnly);
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="draft-editor" ref={scopeRef} {...{ [FIND_SCOPE_ATTRIBUTE]: '' }} onKeyDown={onKeyDown} data-testid="draft-editor">
      {!readOnly && <EditorToolbar editor={editor} state={toolbar} onLink={openLink} onFind={() => find.show(false)} />}
      {find.open && <FindBar find={find} readOnly={readOnly} />}
      <div className="draft-editor__scroller" ref={scrollerRef}>
        <article className="draft-editor__column" lang={lang}>
          <FieldsForm fields={fields} onChange={changeFields} readOnly={readOnly} lang={lang} onDone={() => editor.focus()} />
          <div className="draft-editor__body-frame">
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="draft-body"
                  spellCheck
                  lang={lang}
                  aria-label="Article body"
                  aria-placeholder="Write the article"
                  placeholder={<p className="draft-body__placeholder">Write the article…</p>}
                  data-testid="draft-body"
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
        </article>
      </div>
      <p className="draft-editor__status" data-testid="word-count">
        {words.toLocaleString()} {words === 1 ? 'word' : 'words'} · {minutes} min read
      </p>
      <HistoryPlugin externalHistoryState={history} />
      <ListPlugin />
      <LinkPlugin validateUrl={isSafeLinkUrl} />
      <OnChangePlugin ignoreSelectionChange onChange={(editorState) => onChange(changeOf(fieldsRef.current, editorState))} />
      {linkTarget && (
        <LinkDialog
          target={linkTarget}
          onSave={(url, text) => closeLink(() => $setLink(url, text))}
          onRemove={() => closeLink($removeLink)}
          onClose={() => closeLink()}
        />
      )}
    </div>
  );
}
