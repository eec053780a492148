import type { Translate } from '../../shared/i18n/use-t.ts';
import type { Person } from './finance.api.ts';

/**
 * Who saved a version or last changed a model. The server sends a null name when the account was
 * deleted or the change came from the command line; the reader then sees a localised label.
 */
export function labelPerson(t: Translate, person: Person | null | undefined): string {
  const name = person?.name?.trim();
  return name ? name : t('finance.person.unknown');
}
