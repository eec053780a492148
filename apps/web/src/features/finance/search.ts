/** `?template=` of the new-model page: a template id, or "blank"; absent = choose first. */
export interface NewModelSearch {
  template?: string;
}

/** Keeps a plausible template id (letters, digits, dashes), drops anything else. */
export function validateNewModelSearch(search: Record<string, unknown>): NewModelSearch {
  const template = search.template;
  return typeof template === 'string' && /^[a-z0-9-]{1,60}$/.test(template) ? { template } : {};
}
