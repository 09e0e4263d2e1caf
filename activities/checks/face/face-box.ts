/** Face boxes in whole pixels, kept inside their image. */

export interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ImageSize {
  width: number;
  height: number;
}

/** A box from floating-point corners, cut to the image; at least one pixel each way. */
export function clampBox(left: number, top: number, right: number, bottom: number, image: ImageSize): PixelBox {
  const x = Math.min(Math.max(0, Math.round(left)), image.width - 1);
  const y = Math.min(Math.max(0, Math.round(top)), image.height - 1);
  const width = Math.max(1, Math.min(image.width, Math.round(right)) - x);
  const height = Math.max(1, Math.min(image.height, Math.round(bottom)) - y);
  return { x, y, width, height };
}

/** The same box in an image `factor` times as large. */
export function scaleBox(box: PixelBox, factor: number, image: ImageSize): PixelBox {
  return clampBox(box.x * factor, box.y * factor, (box.x + box.width) * factor, (box.y + box.height) * factor, image);
}

/** The box grown by `margin` of its size on every side (hair, ears and chin for a reviewer's crop). */
export function growBox(box: PixelBox, margin: number, image: ImageSize): PixelBox {
  const dx = box.width * margin;
  const dy = box.height * margin;
  return clampBox(box.x - dx, box.y - dy, box.x + box.width + dx, box.y + box.height + dy, image);
}

export function intersectionOverUnion(a: PixelBox, b: PixelBox): number {
  const overlapWidth = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const overlapHeight = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const overlap = overlapWidth * overlapHeight;
  return overlap / (a.width * a.height + b.width * b.height - overlap);
}
