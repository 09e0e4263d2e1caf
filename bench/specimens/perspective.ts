/**
 * Places an image onto a background at any four corners (a projective warp with bilinear sampling): how a
 * document lies on a table in front of a phone — turned, tilted, small in the frame.
 */
export type Point = [x: number, y: number];

export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
  /** Interleaved channels per pixel (3: RGB). */
  channels: number;
}

/** Solves the 8 unknowns of the homography taking `from[i]` to `to[i]` (h33 = 1) by Gaussian elimination. */
function homography(from: Point[], to: Point[]): number[] {
  const rows: number[][] = [];
  from.forEach(([x, y], index) => {
    const [u, v] = to[index]!;
    rows.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    rows.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  });
  for (let column = 0; column < 8; column++) {
    let pivot = column;
    for (let row = column + 1; row < 8; row++) if (Math.abs(rows[row]![column]!) > Math.abs(rows[pivot]![column]!)) pivot = row;
    [rows[column], rows[pivot]] = [rows[pivot]!, rows[column]!];
    const lead = rows[column]!;
    for (let row = 0; row < 8; row++) {
      if (row === column) continue;
      const factor = rows[row]![column]! / lead[column]!;
      for (let k = column; k < 9; k++) rows[row]![k]! -= factor * lead[k]!;
    }
  }
  return [...rows.map((row, index) => row[8]! / row[index]!), 1];
}

/**
 * Draws `source` into `target` (same channel count) so that its corners (top-left, top-right, bottom-right,
 * bottom-left) land on `corners`. Each target pixel inside the quadrilateral is mapped back into the source.
 */
export function warpOnto(target: RawImage, source: RawImage, corners: Point[]): void {
  const sourceCorners: Point[] = [
    [0, 0],
    [source.width - 1, 0],
    [source.width - 1, source.height - 1],
    [0, source.height - 1],
  ];
  const [a, b, c, d, e, f, g, h] = homography(corners, sourceCorners) as [number, number, number, number, number, number, number, number];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const left = Math.max(0, Math.floor(Math.min(...xs)));
  const right = Math.min(target.width - 1, Math.ceil(Math.max(...xs)));
  const top = Math.max(0, Math.floor(Math.min(...ys)));
  const bottom = Math.min(target.height - 1, Math.ceil(Math.max(...ys)));
  const channels = target.channels;
  for (let y = top; y <= bottom; y++) {
    for (let x = left; x <= right; x++) {
      const w = g * x + h * y + 1;
      const u = (a * x + b * y + c) / w;
      const v = (d * x + e * y + f) / w;
      if (u < 0 || v < 0 || u > source.width - 1 || v > source.height - 1) continue;
      const u0 = Math.min(Math.floor(u), source.width - 2);
      const v0 = Math.min(Math.floor(v), source.height - 2);
      const du = u - u0;
      const dv = v - v0;
      const topLeft = (v0 * source.width + u0) * channels;
      const bottomLeft = topLeft + source.width * channels;
      const out = (y * target.width + x) * channels;
      for (let channel = 0; channel < channels; channel++) {
        const upper = source.data[topLeft + channel]! * (1 - du) + source.data[topLeft + channels + channel]! * du;
        const lower = source.data[bottomLeft + channel]! * (1 - du) + source.data[bottomLeft + channels + channel]! * du;
        target.data[out + channel] = Math.round(upper * (1 - dv) + lower * dv);
      }
    }
  }
}
