/**
 * Compare with an earlier result: the reader pastes a code of the same instrument; its scores
 * then appear next to the current ones in the charts and the table. Errors are said in words.
 */
import { useState } from 'preact/hooks';
import { clearCompare, compareWith } from '../../../stores/assessment';
import { codeErrorMessage } from '../../../lib/code-messages';
import type { RegistryEntry } from '../../../lib/instrument-view';
import type { AssessmentT } from './types';

interface Props {
  instrument: string;
  registry: RegistryEntry[];
  active: boolean;
  t: AssessmentT;
}

export function Compare({ instrument, registry, active, t }: Props) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const nameOf = (id: string) => registry.find((r) => r.id === id)?.name ?? id;

  const submit = (event: Event) => {
    event.preventDefault();
    const refused = compareWith(value, registry, instrument);
    const message = refused && codeErrorMessage(refused, nameOf);
    setError(message ? t(message.key, message.values) : '');
  };

  return (
    <form class="compare no-print" onSubmit={submit} aria-labelledby="compare-title" noValidate>
      <h3 id="compare-title">{t('diagnostic.compare.title')}</h3>
      <p id="compare-help">{t('diagnostic.compare.help')}</p>
      <label for="compare-code">{t('diagnostic.compare.label')}</label>
      <div class="row">
        <input
          id="compare-code"
          value={value}
          autocomplete="off"
          spellcheck={false}
          aria-describedby={error ? 'compare-help compare-error' : 'compare-help'}
          aria-invalid={error ? 'true' : undefined}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t('diagnostic.compare.submit')}
        </button>
        {active && (
          <button type="button" class="button secondary" onClick={() => clearCompare()}>
            {t('diagnostic.compare.clear')}
          </button>
        )}
      </div>
      {error && (
        <p id="compare-error" class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
