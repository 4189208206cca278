import { useEffect, useMemo, useRef, useState, type Ref } from 'react';
import { LIBRARY_PAGE_STORIES, type StoryDetail } from '../../../shared/api/contract';
import type { DraftStatus, DraftSummary } from '../../../shared/domain/model';
import { useApi } from '../../api/ApiContext';
import { ContextMenu, type MenuPosition } from '../../ui/ContextMenu';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { RegroupDialogs, type RegroupRequest } from '../regroup/RegroupDialogs';
import { rowMenuItems } from '../regroup/rowMenu';
import { DeleteDraftDialog } from './DeleteDraftDialog';
import { STATUS_LABELS } from './DraftRow';
import { draftMenuItems } from './draftMenu';
import { LibraryTree } from './LibraryTree';
import { OutletFilter } from './OutletFilter';
import { SearchBox } from './SearchBox';
import { buildTree, DRAFTS_KEY, isDraftsRow, storyKey, visibleRows, type TreeRow } from './libraryTree';
import { useDebounced } from './useDebounced';
import { useLibrary } from './useLibrary';
import './library.css';

interface Props {
  searchRef: Ref<HTMLInputElement>;
  openCopyId: string | null;
  openStoryId: string | null;
  onOpen: (copyId: string) => void;
  /** Opens a draft in the Merge tab. */
  onOpenDraft: (draftId: string) => void;
  /** The draft open in the Merge tab, marked selected in the list. */
  openDraftId: string | null;
  /** A draft deleted from the library, so the Merge tab stops showing (and saving) it. */
  onDraftDeleted: (draftId: string) => void;
  onLoadSample: () => void;
  /** Opens Export Many with this draft chosen. */
  onExportDraft: (draftId: string) => void;
  /** Copies deleted from the library, so an open one can be closed. */
  onDeleted: (ids: string[]) => void;
  /** Where the outcome of a regroup is announced (the status bar). */
  report: (message: string) => void;
}

const SEARCH_PAUSE_MS = 180;

export function LibraryPane({ searchRef, openCopyId, openStoryId, onOpen, onOpenDraft, openDraftId, onDraftDeleted, onLoadSample, onExportDraft, onDeleted, report }: Props) {
  const { api } = useApi();
  const [query, setQuery] = useState('');
  const [outlet, setOutlet] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set([DRAFTS_KEY]));
  const [limit, setLimit] = useState(LIBRARY_PAGE_STORIES);
  const filter = { query: useDebounced(query, SEARCH_PAUSE_MS), outlet };
  const library = useLibrary({ ...filter, limit });
  const filtering = Boolean(filter.query.trim() || filter.outlet);
  const totalStories = library.value?.total.stories ?? 0;
  const unfetched = Math.max(0, totalStories - (library.value?.stories.length ?? 0));

  // A new search starts from its first page again.
  useEffect(() => setLimit(LIBRARY_PAGE_STORIES), [filter.query, filter.outlet]);

  const nodes = useMemo(() => (library.value ? buildTree(library.value) : []), [library.value]);
  const rows = useMemo(() => visibleRows(nodes, expanded, library.value?.drafts ?? []), [nodes, expanded, library.value]);

  // While searching or filtering, every story is opened so the matching copies are visible at once.
  useEffect(() => {
    if (filtering) setExpanded(new Set([DRAFTS_KEY, ...nodes.flatMap((node) => (node.story ? [storyKey(node.story.id)] : []))]));
  }, [filtering, nodes]);

  // A copy opened from elsewhere (the inspector's version list) is revealed in the tree.
  useEffect(() => {
    if (openStoryId) setExpanded((previous) => (previous.has(storyKey(openStoryId)) ? previous : new Set(previous).add(storyKey(openStoryId))));
  }, [openStoryId]);

  const [menu, setMenu] = useState<{ row: TreeRow; at: MenuPosition } | null>(null);
  const [request, setRequest] = useState<RegroupRequest | null>(null);
  const [deletingDraft, setDeletingDraft] = useState<DraftSummary | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const expand = (storyId: string) => setExpanded((previous) => new Set(previous).add(storyKey(storyId)));

  /** After a move, split or join the changed story is opened and the moved copy selected, wherever it went. */
  const regrouped = (detail: StoryDetail, followCopyId: string | null) => {
    setRequest(null);
    expand(detail.story.id);
    library.reload();
    if (followCopyId) onOpen(followCopyId);
    report(`“${detail.story.headline ?? 'Untitled story'}” now has ${detail.copies.length} ${detail.copies.length === 1 ? 'version' : 'versions'}.`);
  };

  const dropCopy = async (copyId: string, storyId: string) => {
    const result = await api['stories.move']({ copyId, storyId });
    if (result.ok) regrouped(result.value, copyId);
    else report(result.error.message);
  };

  const setDraftStatus = async (draft: DraftSummary, status: DraftStatus) => {
    const result = await api['drafts.setStatus']({ id: draft.id, status });
    if (!result.ok) return report(result.error.message);
    library.reload();
    report(`“${draft.title || 'Untitled draft'}” is now marked ${STATUS_LABELS[status].toLowerCase()}.`);
  };

  const draftActions = { open: onOpenDraft, setStatus: (d: DraftSummary, s: DraftStatus) => void setDraftStatus(d, s), exportMany: onExportDraft, askDelete: setDeletingDraft };
  const menuItems = (row: TreeRow) => {
    if (!isDraftsRow(row)) return rowMenuItems(row, library.value?.total.stories ?? 0, setRequest, onOpen);
    return row.kind === 'draft' ? draftMenuItems(row.draft, draftActions) : [];
  };

  const closeMenu = (refocus: boolean) => {
    const key = menu?.row.key;
    setMenu(null);
    if (refocus && key) listRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
  };

  const toggle = (key: string, expand: boolean) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (expand) next.add(key);
      else next.delete(key);
      return next;
    });

  const total = library.value?.total.copies ?? 0;
  return (
    <nav className="pane library-pane" aria-label="Library">
      <div className="library-pane__tools">
        <SearchBox value={query} onChange={setQuery} inputRef={searchRef} />
        <OutletFilter outlets={library.value?.outlets ?? []} value={outlet} onChange={setOutlet} />
      </div>
      <div className="library-pane__heading">
        <span>{filtering ? 'Matching copies' : 'Stories'}</span>
        {library.value && (
          <span className="library-pane__count">
            {total} {total === 1 ? 'copy' : 'copies'}
          </span>
        )}
      </div>
      <div ref={listRef} className="library-pane__list" aria-busy={library.status === 'loading'}>
        {library.status === 'error' && <ErrorMessage error={library.error} onRetry={library.reload} />}
        {library.status === 'loading' && !library.value && <Loading label="Loading the library…" />}
        {library.value && rows.length > 0 && (
          <LibraryTree
            rows={rows}
            scrollRef={listRef}
            unfetched={unfetched}
            onLoadMore={(all) => setLimit((current) => (all ? Math.max(current, totalStories) : current + LIBRARY_PAGE_STORIES))}
            openCopyId={openCopyId}
            openDraftId={openDraftId}
            onToggle={toggle}
            onOpen={onOpen}
            onOpenDraft={onOpenDraft}
            onMenu={(row, at) => {
              if (menuItems(row).length > 0) setMenu({ row, at });
              else if (row.kind === 'story') report('This story has one version and there is no other story to join it with.');
            }}
            onDelete={(copy) => setRequest({ kind: 'delete', copy })}
            onDeleteDraft={setDeletingDraft}
            onDropCopy={(copyId, storyId) => void dropCopy(copyId, storyId)}
          />
        )}
        {library.value && rows.length === 0 && !filtering && (
          <EmptyState icon="library" title="Your library is empty">
            <p>Copies you import are cleaned, grouped into stories and listed here.</p>
            <button type="button" className="button button--primary" onClick={onLoadSample}>
              Load sample store
            </button>
          </EmptyState>
        )}
        {library.value && rows.length === 0 && filtering && (
          <EmptyState icon="search" title="No copies match">
            <p>Try fewer words, or show all outlets.</p>
          </EmptyState>
        )}
      </div>
      {menu && (
        <ContextMenu
          label={menu.row.kind === 'story' ? 'Story actions' : menu.row.kind === 'draft' ? 'Draft actions' : 'Copy actions'}
          at={menu.at}
          items={menuItems(menu.row)}
          onClose={closeMenu}
        />
      )}
      {deletingDraft && (
        <DeleteDraftDialog
          draft={deletingDraft}
          onClose={() => setDeletingDraft(null)}
          onDone={(id) => {
            setDeletingDraft(null);
            onDraftDeleted(id);
            library.reload();
            report(`Deleted the draft “${deletingDraft.title || 'Untitled draft'}”.`);
          }}
        />
      )}
      {request && (
        <RegroupDialogs
          request={request}
          onClose={() => setRequest(null)}
          onRegrouped={regrouped}
          onDeleted={(ids) => {
            setRequest(null);
            library.reload();
            onDeleted(ids);
            report(`Deleted ${ids.length === 1 ? 'the copy' : `${ids.length} copies`}.`);
          }}
        />
      )}
    </nav>
  );
}
