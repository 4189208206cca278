import path from 'node:path';

const FORMATS: Record<string, string> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xml': 'xml',
  '.json': 'json',
  '.docx': 'docx',
};

/** The format recorded on a copy's origin, from the file name (the analyser reads the content itself). */
export const formatOfName = (name: string): string => FORMATS[path.extname(name).toLowerCase()] ?? 'text';
