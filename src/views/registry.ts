/**
 * The views by name: the one page route (`src/pages/[...path].astro`) renders the view its page
 * entry names (`src/views/page-paths.ts`).
 */
import Assessment from './Assessment.astro';
import AssessmentMethodology from './AssessmentMethodology.astro';
import AssessmentPaper from './AssessmentPaper.astro';
import Assessments from './Assessments.astro';
import Booklet from './Booklet.astro';
import Charter from './Charter.astro';
import CharterAdopt from './CharterAdopt.astro';
import CharterArticlePage from './CharterArticlePage.astro';
import CharterBuyers from './CharterBuyers.astro';
import CharterCompanyAdopt from './CharterCompanyAdopt.astro';
import CharterVersionChanges from './CharterVersionChanges.astro';
import CharterVersions from './CharterVersions.astro';
import CharterWorkshop from './CharterWorkshop.astro';
import ContentPage from './ContentPage.astro';
import Home from './Home.astro';
import PipelineCheck from './PipelineCheck.astro';
import Search from './Search.astro';
import Team from './Team.astro';

export const VIEWS = {
  home: Home,
  content: ContentPage,
  assessments: Assessments,
  assessment: Assessment,
  assessmentPaper: AssessmentPaper,
  methodology: AssessmentMethodology,
  team: Team,
  charter: Charter,
  charterArticle: CharterArticlePage,
  charterAdopt: CharterAdopt,
  charterBuyers: CharterBuyers,
  charterVersions: CharterVersions,
  charterVersionChanges: CharterVersionChanges,
  companyAdopt: CharterCompanyAdopt,
  companyWorkshop: CharterWorkshop,
  pipelineCheck: PipelineCheck,
  search: Search,
  booklet: Booklet,
};

export type ViewName = keyof typeof VIEWS;
