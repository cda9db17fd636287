// CSV with a header row → the column-wise table Hugging Face tabular models take:
// "a,b\n1,2\n3,4" → { a: ["1", "3"], b: ["2", "4"] }. Handles quoted fields ("x, y", "say ""hi""").

export function parseCsvTable(csv: string): Record<string, string[]> {
  const rows = parseRows(csv.trim()).filter((row) => row.some((cell) => cell.trim() !== ''));
  const [header, ...body] = rows;
  if (!header || body.length === 0) throw new Error('the table needs a header row and at least one data row');
  const names = header.map((name) => name.trim());
  if (names.some((name) => name === '')) throw new Error('every column of the header row needs a name');
  const table: Record<string, string[]> = Object.fromEntries(names.map((name) => [name, [] as string[]]));
  body.forEach((row, index) => {
    if (row.length !== names.length) {
      throw new Error(`row ${index + 1} has ${row.length} values but the header has ${names.length} columns`);
    }
    names.forEach((name, column) => table[name]!.push(row[column]!.trim()));
  });
  return table;
}

function parseRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i]!;
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && csv[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  row.push(cell);
  rows.push(row);
  return rows;
}
