// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import TeamIsland from '../../../src/components/islands/TeamIsland';
import { $parsed, $shared, $summary, $teamInput, $teamPage, $threshold, clearTeam } from '../../../src/stores/team';
import { encodeResult } from '../../../src/lib/result-code';
import { codeSpecOf, itemsByDimension } from '../../../src/lib/instrument-view';
import { scoreItems, type Answer } from '../../../src/lib/scoring';
import { DEFAULT_THRESHOLD } from '../../../src/lib/team-stats';
import { plural } from '../../../src/lib/plural';
import { instrument, t, teamPage } from './fixtures';

const engagement = instrument('engagement');
const steps = itemsByDimension(engagement.dimensions, engagement.items);

/** The code of a person who answered `value` to every statement but the first of each step, and `first` to that one. */
function codeOf(value: Answer, first: Answer): string {
  const answers = Object.fromEntries(steps.flatMap((items) => items.map((item, i) => [item.id, i === 0 ? first : value])));
  return encodeResult(codeSpecOf(engagement), steps.map((items) => scoreItems(items, answers).score));
}

/** The status line's expected text, each count in its plural form (French: 0 and 1 singular). */
const statusText = (valid: number, invalid: number, duplicates: number) =>
  t('team.status.summary', {
    valid: plural(t, 'fr-FR', 'team.status.valid', valid),
    invalid: plural(t, 'fr-FR', 'team.status.invalid', invalid),
    duplicates: plural(t, 'fr-FR', 'team.status.duplicates', duplicates),
  });

/** Opens the team page and waits for hydration. */
async function open(hash = ''): Promise<Element> {
  history.replaceState(null, '', `/diagnostic/equipe/${hash}`);
  const { container } = render(<TeamIsland {...teamPage()} />);
  await waitFor(() => expect(container.querySelector('.team[data-ready="true"]')).not.toBeNull());
  return container;
}

/** Pastes `lines` into the codes field. */
function paste(lines: string[]): void {
  fireEvent.input(screen.getByLabelText(t('team.input.label')), { target: { value: lines.join('\n') } });
}

afterEach(() => {
  cleanup();
  clearTeam();
  $shared.set(null);
  $teamPage.set(null);
  cleanStores($teamInput, $threshold, $shared, $teamPage, $parsed, $summary);
  history.replaceState(null, '', '/');
});

describe('team island', () => {
  it('below the threshold, counts the codes and shows no figure per dimension', async () => {
    const container = await open();
    const codes = [codeOf(3, 1), codeOf(3, 2), codeOf(4, 5)];
    paste(codes);
    await waitFor(() => expect(container.querySelector('p.status[role=status]')!.textContent).toBe(statusText(3, 0, 0)));
    const group = container.querySelector('section.instrument')!;
    expect(group.querySelector('h2')!.textContent).toBe(engagement.shortTitle);
    expect(group.querySelector('.callout')!.textContent).toBe(
      `${t('team.group.count.other', { count: 3 })}. ${t('team.group.hidden', { threshold: DEFAULT_THRESHOLD, missing: DEFAULT_THRESHOLD - 3 })}`,
    );
    expect(container.querySelector('table')).toBeNull();
    for (const d of engagement.dimensions) expect(container.textContent).not.toContain(d.name);
  });

  it('shows the team table once the threshold is reached', async () => {
    const container = await open();
    paste([codeOf(3, 1), codeOf(3, 2), codeOf(4, 5), codeOf(2, 4), codeOf(5, 5)]);
    await waitFor(() => expect(container.querySelector('table')).not.toBeNull());
    expect(container.querySelector('caption')!.textContent).toBe(t('team.table.caption'));
  });

  it('gives a corrupted code its own message, and keeps the valid ones', async () => {
    const container = await open();
    const good = codeOf(3, 1);
    const corrupted = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
    paste([good, corrupted]);
    await waitFor(() => expect(container.querySelector('.problems li')).not.toBeNull());
    expect(container.querySelector('.problems li')!.textContent).toBe(t('team.invalid.line', { line: 2, raw: corrupted, message: t('diagnostic.code.error.checksum') }));
    expect(container.querySelector('p.status[role=status]')!.textContent).toBe(statusText(1, 1, 0));
  });

  it('says why a broken summary link cannot be read, and leaves it for the analysis', async () => {
    await open('#s=%%%');
    expect((await screen.findByRole('alert')).textContent).toBe(t('team.shared.error.format'));
    fireEvent.click(screen.getByRole('button', { name: t('team.shared.close') }));
    await screen.findByLabelText(t('team.input.label'));
    expect(location.hash).toBe('');
  });

  it("runs a session on the questionnaire of its data block: a person's answers join the session, unseen", async () => {
    await open();
    fireEvent.click(screen.getByRole('radio', { name: engagement.shortTitle }));
    fireEvent.click(screen.getByRole('button', { name: t('team.session.open') }));
    await screen.findByRole('heading', { name: t('team.session.run.next') });
    fireEvent.click(screen.getByRole('button', { name: t('team.session.run.start') }));
    // Each step shows the data block's statements, on the session's strings; a person answers 4 throughout.
    const radios = () => [...document.querySelectorAll<HTMLInputElement>('.session .assessment input[type=radio][value="4"]')];
    for (let step = 0; step < engagement.dimensions.length; step++) {
      await waitFor(() => expect(radios().length).toBeGreaterThan(0));
      const names = radios().map((input) => input.name);
      for (const input of radios()) fireEvent.click(input);
      fireEvent.click(document.querySelector<HTMLButtonElement>('.session .assessment .nav .button:not(.secondary)')!);
      await waitFor(() => expect(radios().map((input) => input.name)).not.toEqual(names));
    }
    fireEvent.click(await screen.findByRole('button', { name: t('team.session.run.submit') }));
    await screen.findByRole('heading', { name: t('team.session.run.next') });
    await waitFor(() => expect(document.querySelector('.session > [role=status]')!.textContent).toBe(t('team.session.run.added')));
    expect(document.querySelector('.session .count')!.textContent).toBe(t('team.session.run.count.one', { count: '1', threshold: DEFAULT_THRESHOLD }));
    expect(document.querySelector('.results')).toBeNull();
  });
});

