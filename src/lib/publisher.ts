import { ui } from './i18n.ts';
import { DEFAULT_LANGUAGE } from './languages.ts';

/**
 * Who publishes the open data: the site itself, under the name a build gives it (TEIXIT_PUBLISHER, the
 * site's name by default). Configuration, not content: the catalogues state nothing more about it.
 */
export interface Publisher {
  name: string;
}

export function publisherFromEnv(env: Record<string, string | undefined> = process.env): Publisher {
  return { name: env.TEIXIT_PUBLISHER?.trim() || ui(DEFAULT_LANGUAGE).site.name };
}
