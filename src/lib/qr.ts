/**
 * QR codes as inline SVG, generated at build time. The markup uses presentation attributes only
 * (no `style=`), so it passes the site's content security policy, and names itself for screen readers.
 */
import QRCode from 'qrcode';

/** Escapes the characters that would break an XML attribute value. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Returns an `<svg>` QR code of `text`, dark modules on a white square (scannable in dark mode too),
 * with `role="img"` and `label` as its accessible name.
 */
export async function qrCodeSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
  if (/\sstyle=/.test(svg)) throw new Error('Le QR code contient un attribut style, interdit par la politique de sécurité du site.');
  return svg
    .trim()
    .replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(label)}" class="qr-code" `);
}
