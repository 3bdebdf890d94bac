/**
 * The one error the ingest throws for a text it cannot read: it names the 1-based line of the
 * source file, what the parser expected there and what it found. The ingest never returns a
 * partial graph, so a caller either gets a whole graph or one of these.
 */
export class IngestError extends Error {
  readonly line: number;
  readonly expected: string;
  readonly found: string;

  constructor(line: number, expected: string, found: string) {
    super(`expected ${expected}, found ${found}`);
    this.name = 'IngestError';
    this.line = line;
    this.expected = expected;
    this.found = found;
  }
}

/** Quotes a piece of source text for an error message, shortened so that messages stay one line. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max)}…` : flat}”`;
}
