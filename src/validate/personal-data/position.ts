/** 1-based line and column of an offset in a text, for reporting a finding where it is written. Pure. */

export interface Position {
  line: number;
  column: number;
}

/** Line starts of one text, computed once, for many lookups. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  at(offset: number): Position {
    let [low, high] = [0, this.starts.length - 1];
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }
}
