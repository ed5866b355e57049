/** The assessment island of the French pages. */
import strings from '../../../content/i18n/fr/plan.json';
import { assessmentIn } from './assessment-entry';

export default assessmentIn(strings);
