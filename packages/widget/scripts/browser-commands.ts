import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

/**
 * Commands the browser tests call on the Node side: image decoding and diffing need Node's
 * Buffer, and pixelmatch + pngjs are Node libraries.
 */
export const browserCommands = {
  /** Number of pixels that differ between two base64 PNG screenshots (sizes must match). */
  diffPngs(_ctx: unknown, a: string, b: string): { width: number; height: number; differing: number } {
    const left = PNG.sync.read(Buffer.from(a, "base64"));
    const right = PNG.sync.read(Buffer.from(b, "base64"));
    if (left.width !== right.width || left.height !== right.height) {
      return { width: right.width, height: right.height, differing: Number.POSITIVE_INFINITY };
    }
    const differing = pixelmatch(left.data, right.data, undefined, left.width, left.height, { threshold: 0 });
    return { width: left.width, height: left.height, differing };
  },
};

declare module "vitest/browser" {
  interface BrowserCommands {
    diffPngs(a: string, b: string): Promise<{ width: number; height: number; differing: number }>;
  }
}
