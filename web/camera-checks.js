/**
 * The live camera's quick checks of one frame, on the device, before a shot is sent (web/camera.js runs them on the
 * viewfinder twice a second and on the shot itself). Pure functions of RGBA pixels (`ImageData`: data, width,
 * height) and a region in the same pixels, so the same file runs in the browser and in the unit tests.
 *
 * They are deliberately coarse, to guide the person, never to judge: the server's quick check of every upload
 * (services/sessions/quick-check-upload.ts) and the full checks after Submit still decide.
 * - too dark: mean luma of the region below DARK_LUMA;
 * - blurry: variance of the 4-neighbour Laplacian of the region's luma below SHARP_LAPLACIAN_VARIANCE (a sharp
 *   photo has strong, fine edges; blur flattens them);
 * - no document: too few edge pixels (luma gradient above EDGE_STEP) inside the frame for the print of a document;
 * - no face: the browser's FaceDetector when it has one (web/camera.js), else too few skin-coloured pixels inside the
 *   oval (a YCbCr range that holds for light and dark skin alike, taken only above a minimum luma).
 * Measured on the test suite's generated photos in test/unit/camera-checks.test.ts.
 */
'use strict';

(() => {
  /** Mean luma (0–255) under which the frame is too dark to read. */
  const DARK_LUMA = 45;
  /** Laplacian variance (on a frame of about 320 pixels across) under which the frame is blurred. */
  const SHARP_LAPLACIAN_VARIANCE = 25;
  /** Luma step between neighbours that counts as an edge. */
  const EDGE_STEP = 24;
  /** Share of edge pixels a document's print reaches inside the frame; a wall, a table or a hand stays below it. */
  const DOCUMENT_EDGE_SHARE = 0.07;
  /** Share of skin-coloured pixels inside the oval when a face fills it. */
  const FACE_SKIN_SHARE = 0.12;

  /** Luma (BT.601) of every pixel of the region, row by row. */
  function lumaOf(image, region) {
    const luma = new Float32Array(region.width * region.height);
    for (let y = 0; y < region.height; y++) {
      for (let x = 0; x < region.width; x++) {
        const i = ((region.y + y) * image.width + region.x + x) * 4;
        luma[y * region.width + x] = 0.299 * image.data[i] + 0.587 * image.data[i + 1] + 0.114 * image.data[i + 2];
      }
    }
    return luma;
  }

  function meanOf(values) {
    let sum = 0;
    for (const value of values) sum += value;
    return values.length === 0 ? 0 : sum / values.length;
  }

  function laplacianVariance(luma, width, height) {
    const responses = [];
    for (let y = 1; y < height - 1; y++) {
      for (let x = 1; x < width - 1; x++) {
        const i = y * width + x;
        responses.push(luma[i - 1] + luma[i + 1] + luma[i - width] + luma[i + width] - 4 * luma[i]);
      }
    }
    const mean = meanOf(responses);
    return meanOf(responses.map((value) => (value - mean) ** 2));
  }

  function edgeShare(luma, width, height) {
    let edges = 0;
    for (let y = 0; y < height - 1; y++) {
      for (let x = 0; x < width - 1; x++) {
        const i = y * width + x;
        if (Math.abs(luma[i + 1] - luma[i]) > EDGE_STEP || Math.abs(luma[i + width] - luma[i]) > EDGE_STEP) edges++;
      }
    }
    return edges / Math.max(1, (width - 1) * (height - 1));
  }

  /** Skin in YCbCr (Chai and Ngan's chroma ranges), which depends on hue more than on how light the skin is. */
  function isSkin(red, green, blue) {
    const luma = 0.299 * red + 0.587 * green + 0.114 * blue;
    const cb = 128 - 0.168736 * red - 0.331264 * green + 0.5 * blue;
    const cr = 128 + 0.5 * red - 0.418688 * green - 0.081312 * blue;
    return luma > 40 && cb >= 77 && cb <= 127 && cr >= 133 && cr <= 173;
  }

  /** Share of skin-coloured pixels inside the ellipse that fills the region. */
  function skinShareInOval(image, region) {
    let inside = 0;
    let skin = 0;
    const [cx, cy, rx, ry] = [region.width / 2, region.height / 2, region.width / 2, region.height / 2];
    for (let y = 0; y < region.height; y++) {
      for (let x = 0; x < region.width; x++) {
        if (((x + 0.5 - cx) / rx) ** 2 + ((y + 0.5 - cy) / ry) ** 2 > 1) continue;
        inside++;
        const i = ((region.y + y) * image.width + region.x + x) * 4;
        if (isSkin(image.data[i], image.data[i + 1], image.data[i + 2])) skin++;
      }
    }
    return skin / Math.max(1, inside);
  }

  /** The region in whole pixels, inside the image. */
  function clampRegion(image, region) {
    const x = Math.max(0, Math.min(image.width - 1, Math.round(region.x)));
    const y = Math.max(0, Math.min(image.height - 1, Math.round(region.y)));
    return {
      x,
      y,
      width: Math.max(1, Math.min(image.width - x, Math.round(region.width))),
      height: Math.max(1, Math.min(image.height - y, Math.round(region.height))),
    };
  }

  /**
   * What keeps this frame from being a usable photo of `target` ('document' or 'face') in `region`: 'tooDark',
   * 'blurry', 'noDocument', 'noFace' (only when `faceCount` is not given: the browser could not count faces), or
   * null when it looks usable. `faceCount`, when given, is what the browser's own face detector found in the region.
   */
  function problemOf(image, target, requestedRegion, faceCount = null) {
    const region = clampRegion(image, requestedRegion);
    const luma = lumaOf(image, region);
    if (meanOf(luma) < DARK_LUMA) return 'tooDark';
    if (laplacianVariance(luma, region.width, region.height) < SHARP_LAPLACIAN_VARIANCE) return 'blurry';
    if (target === 'document') return edgeShare(luma, region.width, region.height) < DOCUMENT_EDGE_SHARE ? 'noDocument' : null;
    if (faceCount !== null) return faceCount === 0 ? 'noFace' : null;
    return skinShareInOval(image, region) < FACE_SKIN_SHARE ? 'noFace' : null;
  }

  /** ID-1 cards (ID cards, driving licences) and passport pages are both close to this width:height. */
  const DOCUMENT_ASPECT = 1.586;
  /** A face is about this much taller than wide. */
  const FACE_ASPECT = 1.3;

  /**
   * Where the overlay asks for the document or face in a frame of `width`×`height` pixels: the document frame
   * (88 % of the frame at the document's proportions) or the face oval's bounding box (a little above the middle).
   */
  function guideOf(target, width, height) {
    if (target === 'document') {
      const guideWidth = Math.min(0.88 * width, 0.88 * height * DOCUMENT_ASPECT);
      const guideHeight = guideWidth / DOCUMENT_ASPECT;
      return { x: (width - guideWidth) / 2, y: (height - guideHeight) / 2, width: guideWidth, height: guideHeight };
    }
    const guideWidth = Math.min(0.62 * width, (0.72 * height) / FACE_ASPECT);
    const guideHeight = guideWidth * FACE_ASPECT;
    return { x: (width - guideWidth) / 2, y: Math.max(0, (height - guideHeight) / 2 - 0.03 * height), width: guideWidth, height: guideHeight };
  }

  /** The numbers behind problemOf, for calibration and tests. */
  function measure(image, requestedRegion) {
    const region = clampRegion(image, requestedRegion);
    const luma = lumaOf(image, region);
    return {
      luma: meanOf(luma),
      laplacianVariance: laplacianVariance(luma, region.width, region.height),
      edgeShare: edgeShare(luma, region.width, region.height),
      skinShare: skinShareInOval(image, region),
    };
  }

  const checks = { guideOf, problemOf, measure };
  if (typeof module === 'object' && module.exports) module.exports = checks;
  else window.cameraChecks = checks;
})();
