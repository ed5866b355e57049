/** The assessment island of the English pages. */
import strings from '../../../content/i18n/en/plan.json';
import { assessmentIn } from './assessment-entry';

export default assessmentIn(strings);
