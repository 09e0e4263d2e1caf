/**
 * The QR code an authenticator app scans to add an operator's TOTP secret, as an SVG data URL for an <img> (the CSP
 * allows data: images). Not through the link QR cache (services/links/render-qr-code.ts): the URI holds a secret,
 * which must not stay in a process-wide cache.
 */
import QRCode from 'qrcode';

export async function totpQrCodeDataUrl(otpauthUri: string): Promise<string> {
  const svg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: 224 });
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
