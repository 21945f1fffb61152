import { useTexts } from '../i18n';
import type { PageId } from '../navigation';

export function PagePlaceholder({ page }: { page: PageId }) {
  const { t } = useTexts();
  return (
    <section>
      <h1>{t.pages[page]}</h1>
      <p>{t.comingLater}</p>
    </section>
  );
}
