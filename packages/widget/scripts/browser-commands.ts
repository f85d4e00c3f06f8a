import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

/**
 * Commands the browser tests call on the Node side: image decoding and diffing need Node's
 * Buffer, and pixelmatch + pngjs are Node libraries.
 */
export const browserCommands = {
  /**
   * Number of pixels that differ between two base64 PNG screenshots (sizes must match), and
   * where the first few are. `threshold` is pixelmatch's per-pixel colour tolerance (0–1).
   */
  diffPngs(
    _ctx: unknown,
    a: string,
    b: string,
    threshold = 0,
  ): { width: number; height: number; differing: number; where?: [number, number][] } {
    const left = PNG.sync.read(Buffer.from(a, "base64"));
    const right = PNG.sync.read(Buffer.from(b, "base64"));
    if (left.width !== right.width || left.height !== right.height) {
      return { width: right.width, height: right.height, differing: Number.POSITIVE_INFINITY, where: [] };
    }
    const diff = new PNG({ width: left.width, height: left.height });
    const differing = pixelmatch(left.data, right.data, diff.data, left.width, left.height, { threshold });
    const where: [number, number][] = [];
    for (let i = 0; i < diff.data.length && where.length < 10; i += 4) {
      if (diff.data[i] === 255 && diff.data[i + 1] === 0 && diff.data[i + 2] === 0) {
        where.push([(i / 4) % left.width, Math.floor(i / 4 / left.width)]);
      }
    }
    return { width: left.width, height: left.height, differing, where };
  },
};

declare module "vitest/browser" {
  interface BrowserCommands {
    diffPngs(
      a: string,
      b: string,
      threshold?: number,
    ): Promise<{ width: number; height: number; differing: number; where?: [number, number][] }>;
  }
}
