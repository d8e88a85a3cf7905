/**
 * A d3-geo path context that writes SVG path data on a whole-pixel grid and drops points that
 * land on the pixel before them: at map sizes this removes most vertices of a detailed outline,
 * which keeps pages small without a separate simplification step.
 */
export class PixelPath {
  private parts: string[] = [];
  private x = Number.NaN;
  private y = Number.NaN;
  private ringLength = 0;
  private ringStart = 0;

  private readonly step: number;

  /** `step`: the grid size in pixels. */
  constructor(step = 1) {
    this.step = step;
  }

  private round(value: number): number {
    return Math.round(value / this.step) * this.step;
  }

  moveTo(x: number, y: number): void {
    this.dropDegenerateRing();
    this.x = this.round(x);
    this.y = this.round(y);
    this.ringStart = this.parts.length;
    this.ringLength = 1;
    this.parts.push(`M${this.x} ${this.y}`);
  }

  lineTo(x: number, y: number): void {
    const [rx, ry] = [this.round(x), this.round(y)];
    if (rx === this.x && ry === this.y) return;
    this.x = rx;
    this.y = ry;
    this.ringLength++;
    this.parts.push(`L${rx} ${ry}`);
  }

  closePath(): void {
    if (this.ringLength < 3) {
      this.dropDegenerateRing();
      return;
    }
    this.parts.push('Z');
    this.ringLength = 0;
  }

  /** Points are drawn as circles by the components, never by the path. */
  arc(): void {}

  /** Part of d3's context interface; each feature's path is taken whole with `take()`. */
  beginPath(): void {}

  /** A ring that collapsed to fewer than three pixels (a small island) draws nothing. */
  private dropDegenerateRing(): void {
    if (this.ringLength > 0 && this.ringLength < 3) this.parts.length = this.ringStart;
    this.ringLength = 0;
  }

  /** The path data written so far, and a fresh start for the next feature. */
  take(): string {
    this.dropDegenerateRing();
    const data = this.parts.join('');
    this.parts = [];
    this.x = Number.NaN;
    this.y = Number.NaN;
    return data;
  }
}
