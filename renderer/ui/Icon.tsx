import type { ReactElement } from 'react';

/** Stroke icons drawn on a 24-unit grid; they inherit the text colour so they follow the theme. */
const paths = {
  search: (
    <>
      <circle cx="11" cy="11" r="6.5" />
      <path d="M16 16l4.5 4.5" />
    </>
  ),
  chevron: <path d="M9 6l6 6-6 6" />,
  close: <path d="M6 6l12 12M18 6L6 18" />,
  alert: (
    <>
      <path d="M12 3.5L21.5 20h-19z" />
      <path d="M12 10v4.5M12 17.2v.1" />
    </>
  ),
  document: (
    <>
      <path d="M6.5 3h8l4 4v14h-12z" />
      <path d="M14.5 3v4h4M9.5 12h6M9.5 15.5h6" />
    </>
  ),
  compare: (
    <>
      <rect x="3" y="4" width="7.5" height="16" rx="1.5" />
      <rect x="13.5" y="4" width="7.5" height="16" rx="1.5" />
      <path d="M5.5 8.5h3M5.5 12h3M16 8.5h3M16 12h2" />
    </>
  ),
  merge: (
    <>
      <circle cx="6" cy="5" r="2" />
      <circle cx="18" cy="5" r="2" />
      <circle cx="12" cy="19" r="2" />
      <path d="M6 7c0 5 6 4 6 10M18 7c0 5-6 4-6 10" />
    </>
  ),
  library: (
    <>
      <rect x="3.5" y="4" width="17" height="16" rx="2" />
      <path d="M7 8.5h10M7 12h10M7 15.5h6" />
    </>
  ),
  info: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 11v5.5M12 7.8v.1" />
    </>
  ),
  import: (
    <>
      <path d="M12 3.5v11M7.5 10l4.5 4.5 4.5-4.5" />
      <path d="M4.5 15.5v3a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2v-3" />
    </>
  ),
  more: (
    <>
      <circle cx="6" cy="12" r="1.2" />
      <circle cx="12" cy="12" r="1.2" />
      <circle cx="18" cy="12" r="1.2" />
    </>
  ),
  undo: (
    <>
      <path d="M9 5.5L4.5 10 9 14.5" />
      <path d="M4.5 10H14a5 5 0 0 1 0 10h-2.5" />
    </>
  ),
  redo: (
    <>
      <path d="M15 5.5l4.5 4.5-4.5 4.5" />
      <path d="M19.5 10H10a5 5 0 0 0 0 10h2.5" />
    </>
  ),
  bold: <path d="M7 4.5h5.5a3.75 3.75 0 0 1 0 7.5H7zM7 12h6.5a3.75 3.75 0 0 1 0 7.5H7z" />,
  italic: <path d="M10 4.5h8M6 19.5h8M14.5 4.5l-5 15" />,
  link: (
    <>
      <path d="M10.5 13.5a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1.2 1.2" />
      <path d="M13.5 10.5a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1.2-1.2" />
    </>
  ),
  heading: (
    <>
      <path d="M4.5 5.5v13M12.5 5.5v13M4.5 12h8" />
      <path d="M15.5 11.2a2.2 2.2 0 1 1 3.9 1.4L15.5 18.5h4.5" />
    </>
  ),
  quote: (
    <>
      <path d="M5 5v14" />
      <path d="M9 8h10M9 12h10M9 16h6" />
    </>
  ),
  bulletList: (
    <>
      <circle cx="5" cy="7" r="1.1" />
      <circle cx="5" cy="12" r="1.1" />
      <circle cx="5" cy="17" r="1.1" />
      <path d="M9.5 7h10M9.5 12h10M9.5 17h10" />
    </>
  ),
  numberList: (
    <>
      <path d="M4 5.5l1.6-1V9.5" />
      <path d="M3.6 14.3a1.5 1.5 0 1 1 2.5 1.1L3.6 19h3" />
      <path d="M10 7h9.5M10 12h9.5M10 17h9.5" />
    </>
  ),
  paragraph: <path d="M11 19.5V4.5M15.5 19.5V4.5M18 4.5H10a4 4 0 0 0 0 8h1" />,
} satisfies Record<string, ReactElement>;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 16, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths[name]}
    </svg>
  );
}
