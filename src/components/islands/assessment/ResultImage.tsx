/**
 * « Download an image of my results »: the chart and scores painted on a canvas (1200 × 630,
 * `src/lib/result-image.ts` lays it out) in the page's font, saved as a PNG from a `blob:` address.
 * The image holds what the results show and nothing else: no answers, and not the plan, which is
 * personal where the image is made to be shared. The button's text says so.
 */
import { IMAGE_HEIGHT, IMAGE_WIDTH, resultImageLayout, type ImageContent, type Ink, type Shape } from '../../../lib/result-image';
import { saveBlob } from '../shared/download';
import type { AssessmentT } from './types';

/** Light colours of the site (global.css tokens): a shared image does not follow the reader's dark mode. */
const INKS: Record<Ink, string> = {
  fg: '#1a1d23',
  soft: '#4a5261',
  accent: '#0b5cab',
  line: '#c9ced8',
  fill: 'rgba(11, 92, 171, 0.3)',
  track: '#ffffff',
};

/** Paints `shapes` on `ctx` in `font` (a CSS font-family list). */
function paint(ctx: CanvasRenderingContext2D, shapes: readonly Shape[], font: string): void {
  for (const shape of shapes) {
    ctx.fillStyle = ctx.strokeStyle = INKS[shape.ink];
    if (shape.kind === 'rect') {
      ctx.fillRect(shape.x, shape.y, shape.w, shape.h);
    } else if (shape.kind === 'text') {
      ctx.font = `${shape.bold ? '700 ' : ''}${shape.size}px ${font}`;
      ctx.textAlign = shape.align;
      ctx.fillText(shape.text, shape.x, shape.y, shape.max);
    } else {
      ctx.beginPath();
      const points = shape.kind === 'line' ? [shape.from, shape.to] : shape.points;
      points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
      if (shape.kind === 'polygon') ctx.closePath();
      if (shape.kind === 'polygon' && shape.fill) {
        ctx.fill();
        ctx.strokeStyle = INKS.accent;
        ctx.lineWidth = 3;
      } else {
        ctx.lineWidth = 1;
      }
      ctx.stroke();
    }
  }
}

interface Props {
  content: ImageContent;
  /** The island's translator (its `plan.*` strings included). */
  t: AssessmentT;
  /** Says the file was saved or could not be made, in the status line. */
  onSaved: (message: string) => void;
}

export function ResultImage({ content, t, onSaved }: Props) {
  const save = () => {
    const canvas = document.createElement('canvas');
    canvas.width = IMAGE_WIDTH;
    canvas.height = IMAGE_HEIGHT;
    const ctx = canvas.getContext('2d');
    if (!ctx) return onSaved(t('plan.image.error'));
    paint(ctx, resultImageLayout(content), getComputedStyle(document.body).fontFamily);
    const file = t('plan.image.file');
    canvas.toBlob((blob) => {
      if (!blob) return onSaved(t('plan.image.error'));
      saveBlob(blob, file);
      onSaved(t('plan.saved', { file }));
    }, 'image/png');
  };
  return (
    <button type="button" class="button secondary" onClick={save}>
      {t('plan.image')}
    </button>
  );
}
