/**
 * Parses CSV text (RFC 4180: comma-separated, fields optionally in double quotes, "" for a quote inside one,
 * commas and line breaks allowed inside quotes, LF or CRLF between records) into records of fields. A
 * malformed file is an error naming where it went wrong, never a silently shifted column.
 */
export function parseCsv(text: string, source = 'CSV'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // the current field was quoted: only a separator may follow its closing quote
  let line = 1;

  const endField = () => {
    record.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === ',') endField();
    else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      if (char === '\r') i++;
      endRecord();
      line++;
    } else if (wasQuoted) {
      throw new Error(`${source}, line ${line}: unexpected ${JSON.stringify(char)} after a closing quote.`);
    } else if (char === '"' && field === '') {
      quoted = true;
      wasQuoted = true;
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error(`${source}, line ${line}: a quoted field is never closed.`);
  // A final line break ends the last record; it does not start an empty one.
  if (field !== '' || wasQuoted || record.length > 0) endRecord();
  return records;
}
