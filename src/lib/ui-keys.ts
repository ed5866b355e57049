/**
 * The interface string keys, derived from the French dictionaries (the reference language): a key
 * that no dictionary defines fails type checking wherever `t()` is called. One import per file of
 * `content/i18n/fr/` (tests/unit/ui-dictionaries.test.ts checks that none is missing).
 */
import type charte from '../../content/i18n/fr/charte.json';
import type diagnostic from '../../content/i18n/fr/diagnostic.json';
import type diagrams from '../../content/i18n/fr/diagrams.json';
import type equipe from '../../content/i18n/fr/equipe.json';
import type plan from '../../content/i18n/fr/plan.json';
import type reader from '../../content/i18n/fr/reader.json';
import type site from '../../content/i18n/fr/site.json';

export type UiKey = keyof typeof charte | keyof typeof diagnostic | keyof typeof diagrams | keyof typeof equipe | keyof typeof plan | keyof typeof reader | keyof typeof site;
