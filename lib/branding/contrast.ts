/**
 * WCAG 2.x contrast between an accent colour and white: the hosted pages put white text on accent buttons and accent
 * text (links, secondary buttons) on white, so one ratio decides both. AA for normal text asks for 4.5:1.
 */
export const ACCENT_COLOR = /^#[0-9a-f]{6}$/;
export const AA_NORMAL_TEXT = 4.5;

export function contrastRatio(hexA: string, hexB: string): number {
  const [lighter, darker] = [relativeLuminance(hexA), relativeLuminance(hexB)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

export function contrastWithWhite(hex: string): number {
  return contrastRatio(hex, '#ffffff');
}

/** WCAG's relative luminance of a `#rrggbb` colour (sRGB channels linearised). */
function relativeLuminance(hex: string): number {
  if (!ACCENT_COLOR.test(hex)) throw new Error(`Not a #rrggbb colour: ${JSON.stringify(hex)}`);
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
