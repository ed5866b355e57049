/**
 * The action plan of a results view: one to three actions, offered from the results' band actions
 * or written by the reader, a date to take the questionnaire again, a calendar reminder made in
 * the browser, and beside it the image of the results. The plan lives in `src/stores/plan.ts` and the page's fragment only; the chosen
 * actions and date print with the results, the controls do not.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $plan, $planLinkError, $planRefusal, addOwnAction, reminderDate, resetPlan, setPlanDate, toggleAction } from '../../../stores/plan';
import { MAX_ACTIONS, MAX_TEXT, isoDay, sameAction, type PlanAction } from '../../../lib/plan-code';
import { actionText, offeredActions } from '../../../lib/plan-offer';
import { icsText } from '../../../lib/ics';
import type { IslandInstrument } from '../../../lib/instrument-view';
import type { Score } from '../../../lib/scoring';
import type { ImageContent } from '../../../lib/result-image';
import { saveBlob } from '../shared/download';
import { ResultImage } from './ResultImage';
import type { AssessmentT } from './types';

interface Props {
  instrument: IslandInstrument;
  scores: Score[];
  /** The questionnaire's short name, for the reminder. */
  name: string;
  /** The island's translator (its `plan.*` strings included). */
  t: AssessmentT;
  /** What the results image shows, offered beside the reminder. */
  image: ImageContent;
}

/** Returns a random id for the reminder's UID (no `crypto.randomUUID`: it needs a secure context). */
function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function Plan({ instrument, scores, name, t, image }: Props) {
  const plan = useStore($plan);
  const linkError = useStore($planLinkError);
  const refusal = useStore($planRefusal);
  const [saved, setSaved] = useState('');
  const today = isoDay(new Date());
  // The page's language (`<html lang>`); the browser's own when a page has none.
  const lang = document.documentElement.lang || undefined;
  const dims = instrument.dimensions;
  const full = plan.actions.length >= MAX_ACTIONS;
  const dateText = plan.date && new Date(`${plan.date}T12:00`).toLocaleDateString(lang, { dateStyle: 'long' });
  const refusalText = refusal && t(`plan.refused.${refusal}`, { max: MAX_TEXT });

  // The plan belongs to the results on screen: leaving them (edit, restart) forgets it. Results
  // put on screen start their plan, date offered, in the store (src/stores/assessment-link.ts).
  useEffect(() => resetPlan, []);

  const reminder = () => {
    const date = reminderDate();
    if (!date) return;
    const url = `${location.origin}${location.pathname}`;
    const actions = plan.actions.map((a) => `- ${actionText(a, dims)}`).join('\n') || t('plan.none');
    const text = icsText({
      date,
      summary: t('plan.ics.summary', { name }),
      description: t('plan.ics.description', { actions, url }),
      uid: `${randomId()}@${location.hostname || 'localhost'}`,
      stamp: new Date(),
      url,
    });
    const file = t('plan.ics.file');
    saveBlob(new Blob([text], { type: 'text/calendar;charset=utf-8' }), file);
    setSaved(t('plan.saved', { file }));
  };

  return (
    // An empty plan is not printed: the sheet shows a plan only when there is one.
    <section class={plan.actions.length > 0 ? 'plan' : 'plan no-print'} aria-labelledby="plan-title">
      <h3 id="plan-title">{t('plan.title')}</h3>
      {linkError && (
        <p class="callout warning" role="alert">
          {t('plan.link', { reason: t(`plan.link.${linkError}`) })}
        </p>
      )}
      <div class="no-print">
        <p>{t('plan.intro')}</p>
        <OfferedActions instrument={instrument} scores={scores} chosen={plan.actions} full={full} t={t} />
        <OwnActionForm full={full} refused={refusal === 'text'} t={t} />
        <p class="row">
          <label for="plan-date">{t('plan.date')}</label>
          <input
            id="plan-date"
            type="date"
            value={plan.date ?? ''}
            min={plan.date && plan.date < today ? plan.date : today}
            aria-describedby={refusal === 'past' || refusal === 'date' ? 'plan-refusal' : undefined}
            onChange={(e) => setPlanDate(e.currentTarget.value, today)}
          />
        </p>
      </div>
      {refusalText && (
        <p id="plan-refusal" class="error no-print" role="alert">
          {refusalText}
        </p>
      )}
      <ChosenActions instrument={instrument} chosen={plan.actions} t={t} />
      {dateText && <p>{t('plan.when', { date: dateText })}</p>}
      {plan.date !== null && plan.date <= today && <p class="callout">{t('plan.due')}</p>}
      <div class="actions no-print">
        <button type="button" class="button secondary" onClick={reminder}>
          {t('plan.ics')}
        </button>
        <ResultImage content={image} t={t} onSaved={setSaved} />
      </div>
      <p class="no-print" role="status">
        {saved}
      </p>
    </section>
  );
}

/** The band actions the results offer, per dimension, to tick (up to `MAX_ACTIONS` in all). */
function OfferedActions({ instrument, scores, chosen, full, t }: { instrument: IslandInstrument; scores: Score[]; chosen: readonly PlanAction[]; full: boolean; t: AssessmentT }) {
  const dims = instrument.dimensions;
  const offers = useMemo(() => offeredActions(dims, scores, instrument.results.type), [dims, scores]);
  return (
    <fieldset>
      <legend>{t(instrument.results.type === 'index' ? 'plan.offered' : 'plan.offeredProfile')}</legend>
      {offers.map((offer) => (
        <div key={offer.dimension} role="group" aria-labelledby={`plan-dim-${offer.dimension}`}>
          <p class="sub" id={`plan-dim-${offer.dimension}`}>
            {dims[offer.dimension]!.name} ({scores[offer.dimension]})
          </p>
          <div class="plan-options">
            {offer.actions.map((text, index) => {
              const action = { dimension: offer.dimension, band: offer.band, index };
              const checked = chosen.some((a) => sameAction(a, action));
              return (
                <label class="option" key={index}>
                  <input type="checkbox" checked={checked} disabled={full && !checked} onChange={() => toggleAction(action)} />
                  {text}
                </label>
              );
            })}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

/** An action of one's own words, added to the plan. */
function OwnActionForm({ full, refused, t }: { full: boolean; refused: boolean; t: AssessmentT }) {
  const [own, setOwn] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    if (addOwnAction(own)) setOwn('');
  };
  return (
    <form class="row" onSubmit={add} noValidate>
      <label for="plan-own">{t('plan.own', { max: MAX_TEXT })}</label>
      <input id="plan-own" value={own} maxLength={MAX_TEXT} disabled={full} autocomplete="off" aria-describedby={refused ? 'plan-refusal' : undefined} onInput={(e) => setOwn(e.currentTarget.value)} />
      <button type="submit" class="button secondary" disabled={full}>
        {t('plan.add')}
      </button>
    </form>
  );
}

/** The actions chosen, each with its remove button (not printed). */
function ChosenActions({ instrument, chosen, t }: { instrument: IslandInstrument; chosen: readonly PlanAction[]; t: AssessmentT }) {
  return (
    <>
      <h4>{t('plan.chosen')}</h4>
      {chosen.length === 0 ? (
        <p>{t('plan.none')}</p>
      ) : (
        <ol class="plan-list">
          {chosen.map((action) => {
            const text = actionText(action, instrument.dimensions);
            return (
              <li key={text}>
                {text}{' '}
                <button type="button" class="link-button no-print" aria-label={t('plan.removeLabel', { action: text })} onClick={() => toggleAction(action)}>
                  {t('plan.remove')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
