import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from '../../src/lib/qr';

describe('qrCodeSvg', () => {
  it('returns an SVG with no style attribute, allowed by the content security policy', async () => {
    const svg = await qrCodeSvg('https://vente-engagee.fr/charte/', 'QR code');
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
  });

  it('names the image for screen readers, escaping the label', async () => {
    const svg = await qrCodeSvg('https://exemple.fr/', 'Adresse « a & b »');
    expect(svg).toContain('role="img" aria-label="Adresse « a &amp; b »"');
  });

  it('gives the same markup for the same address', async () => {
    expect(await qrCodeSvg('https://exemple.fr/', 'x')).toBe(await qrCodeSvg('https://exemple.fr/', 'x'));
  });
});
