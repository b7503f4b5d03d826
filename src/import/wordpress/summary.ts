/** What an import did, per post or document, and its Indonesian summary and progress line. */

export type Outcome =
  | { kind: 'diimpor'; url: string; path: string; notes: string[] }
  | { kind: 'sudah-ada'; url: string; path: string }
  | { kind: 'dilewati'; url: string; reason: string };

export interface ImportSummary {
  site: string;
  opd: string;
  dryRun: boolean;
  outcomes: Outcome[];
  /** Remarks about the run itself (an API page that failed, page texts left to copy by hand). */
  notes: string[];
}

/** Text from the old site without control characters: a title must not move the cursor or recolour a terminal. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

/** The summary printed at the end (stdout). */
export function formatSummary(summary: ImportSummary): string {
  const count = (kind: Outcome['kind']) => summary.outcomes.filter((o) => o.kind === kind).length;
  const lines = [
    `Impor WordPress dari ${summary.site} ke content/opd/${summary.opd}${summary.dryRun ? ' (uji coba: tidak ada berkas yang ditulis)' : ''}`,
    `${count('diimpor')} diimpor, ${count('sudah-ada')} sudah ada, ${count('dilewati')} dilewati`,
  ];
  const section = (title: string, items: string[]) => {
    if (items.length) lines.push('', `${title}:`, ...items.map((item) => `- ${item}`));
  };
  section(summary.dryRun ? 'Akan diimpor' : 'Diimpor', summary.outcomes.flatMap((o) => (o.kind === 'diimpor' ? [`${o.path} ← ${o.url}`] : [])));
  section('Dilewati', summary.outcomes.flatMap((o) => (o.kind === 'dilewati' ? [`${o.url} — ${o.reason}`] : [])));
  section('Catatan', [...summary.outcomes.flatMap((o) => (o.kind === 'diimpor' ? o.notes.map((n) => `${o.url} — ${n}`) : [])), ...summary.notes]);
  return `${lines.map(printable).join('\n')}\n`;
}

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** `[done/total] what`: one updating line on a terminal, one line per item otherwise (CI logs, pipes). */
export class Progress {
  private done = 0;
  private total = 0;

  private readonly stream: ProgressStream;

  constructor(stream: ProgressStream) {
    this.stream = stream;
  }

  /** Adds the items of a listing (`X-WP-Total`) to the total. */
  grow(items: number): void {
    this.total += items;
  }

  step(what: string): void {
    this.done++;
    const line = `[${this.done}/${Math.max(this.total, this.done)}] ${printable(what)}`;
    if (this.stream.isTTY) this.stream.write(`\r\x1b[K${line.slice(0, (process.stderr.columns || 80) - 1)}`);
    else this.stream.write(`${line}\n`);
  }

  /** Leaves the updating line, so the summary starts on a clean line. */
  end(): void {
    if (this.stream.isTTY && this.done > 0) this.stream.write('\r\x1b[K');
  }
}
