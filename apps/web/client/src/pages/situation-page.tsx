import { PagePlaceholder } from './page-placeholder';

export function SituationPage() {
  return <PagePlaceholder page="situation" />;
}
