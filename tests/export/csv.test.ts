// CSV of claims: RFC 4180 quoting that a parser reads back exactly, and no cell a spreadsheet would run as a formula.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveAnalysis } from '../../lib/db';
import { CSV_COLUMNS, csvCell, exportClaimsCsv } from '../../lib/export/csv';
import { PAGE_ONE, analysis, actor, claim, freshDb } from '../db/sample';

/** A small RFC 4180 reader, to check the writer against the standard rather than against itself. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes commas, quotes and line breaks so every claim reads back intact', async () => {
    const t = 'Anna Berg said "no, never — "not" here\nor there" loudly.';
    const berg = actor(t, 'person:anna-berg', 'Anna Berg', 'person');
    const db = freshDb();
    await saveAnalysis(db, { ...PAGE_ONE, title: 'Title, with "quotes"' }, t, analysis([berg], [claim(t, 'no, never — "not" here\nor there', berg, 'oppose', 'here')]));
    const rows = parseCsv(await (await exportClaimsCsv(db)).text());
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    const byColumn = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
    expect(byColumn).toMatchObject({ speaker: 'Anna Berg', polarity: 'oppose', claim: 'no, never — "not" here\nor there', 'page title': 'Title, with "quotes"', url: PAGE_ONE.url });
  });

  it('defuses cells that start like a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('plain words')).toBe('plain words');
    expect(csvCell(null)).toBe('');
  });

  it('an empty database gives just the header', async () => {
    expect(await (await exportClaimsCsv(freshDb())).text()).toBe(CSV_COLUMNS.join(',') + '\r\n');
  });
});
