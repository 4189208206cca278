import type { Ref } from 'react';

export interface FilePickerRefs {
  files: Ref<HTMLInputElement>;
  folder: Ref<HTMLInputElement>;
}

/** The extensions the importer reads; the picker offers these first but the user may choose anything. */
const ACCEPT = '.txt,.md,.markdown,.html,.htm,.docx,.json,.xml,text/plain,text/html';

/**
 * The browser twin's file and folder choosers: invisible inputs the Import menu clicks. The input is
 * emptied after each choice so choosing the same files again (a re-import) still fires a change.
 */
export function FilePickers({ refs, onFiles, onFolder }: { refs: FilePickerRefs; onFiles: (files: File[]) => void; onFolder: (files: File[]) => void }) {
  return (
    <div hidden>
      <input
        ref={refs.files}
        type="file"
        multiple
        accept={ACCEPT}
        data-testid="import-files-input"
        aria-label="Choose files to import"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <input
        ref={refs.folder}
        type="file"
        multiple
        // React does not know webkitdirectory; the empty string is how the attribute is set to "on".
        {...{ webkitdirectory: '' }}
        data-testid="import-folder-input"
        aria-label="Choose a folder to import"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) onFolder(files);
        }}
      />
    </div>
  );
}
