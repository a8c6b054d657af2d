/**
 * What a pure function made of a line, kept so the line is read once: for every line while one
 * call is read (`during`), otherwise for the last few lines only. Nothing outlives the call, so a
 * benchmark that scores many calls measures the reading of each, and memory stays bounded whatever
 * the input.
 */
export class LineMemo<V> {
  private callValues: Map<string, V> | null = null;
  private readonly recentText: (string | undefined)[];
  private readonly recentValue: (V | undefined)[];
  private recentNext = 0;

  /**
   * @param recent how many lines are kept outside a call
   * @param callLines a bound on the lines kept while a call is read (far above any call's length)
   */
  private readonly recent: number;
  private readonly callLines: number;

  constructor(recent: number, callLines = 20_000) {
    this.recent = recent;
    this.callLines = callLines;
    this.recentText = new Array(recent);
    this.recentValue = new Array(recent);
  }

  /** The value for `text`, read with `read` unless kept (and still `valid`, when given). */
  get(text: string, read: (text: string) => V, valid?: (value: V) => boolean): V {
    const call = this.callValues;
    if (call) {
      let v = call.get(text);
      if (v === undefined || (valid && !valid(v))) {
        v = read(text);
        if (call.size >= this.callLines) call.clear();
        call.set(text, v);
      }
      return v;
    }
    for (let i = 0; i < this.recent; i++) {
      if (this.recentText[i] === text) {
        const v = this.recentValue[i] as V;
        if (!valid || valid(v)) return v;
      }
    }
    const v = read(text);
    this.recentText[this.recentNext] = text;
    this.recentValue[this.recentNext] = v;
    this.recentNext = (this.recentNext + 1) % this.recent;
    return v;
  }

  /** Runs `read` (the reading of one call) keeping every line's value until it returns. */
  during<T>(read: () => T): T {
    if (this.callValues) return read();
    this.callValues = new Map();
    try {
      return read();
    } finally {
      this.callValues = null;
    }
  }
}
