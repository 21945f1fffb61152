import type { UserView } from '../navigation';
import { PagePlaceholder } from './page-placeholder';

export function RulesPage(_: { user: UserView }) {
  return <PagePlaceholder page="rules" />;
}
