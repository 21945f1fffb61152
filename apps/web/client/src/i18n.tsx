import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';

import { en } from './texts-en';
import { nb, type Texts } from './texts-nb';

export type Language = 'nb' | 'en';

const TEXTS: Record<Language, Texts> = { nb, en };
const STORAGE_KEY = 'workbench.language';

interface LanguageContext {
  language: Language;
  t: Texts;
  setLanguage: (language: Language) => void;
}

const Context = createContext<LanguageContext | null>(null);

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'nb';
}

/** Norwegian bokmål unless the user has chosen English (remembered in this browser). */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(
    () => ({
      language,
      t: TEXTS[language],
      setLanguage: (next: Language) => {
        localStorage.setItem(STORAGE_KEY, next);
        setLanguageState(next);
      },
    }),
    [language],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useTexts(): LanguageContext {
  const context = useContext(Context);
  if (!context) throw new Error('useTexts outside LanguageProvider');
  return context;
}
