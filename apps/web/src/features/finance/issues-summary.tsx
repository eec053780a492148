import { Alert, Anchor, List, Text } from '@mantine/core';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { focusIssueField, type ModelIssue, type SectionKey, sectionOfPath } from './issue-paths.ts';

export const SECTION_KEYS: Record<SectionKey, MessageKey> = {
  general: 'finance.section.general',
  capex: 'finance.section.capex',
  financing: 'finance.section.financing',
  products: 'finance.section.products',
  costs: 'finance.section.costs',
  royalties: 'finance.section.royalties',
  tax: 'finance.section.tax',
  workingCapital: 'finance.section.workingCapital',
  mining: 'finance.section.mining',
};

/**
 * Every issue of the document in one list, each a link that takes focus to its field (through
 * `onShowInputs` first, when the inputs are on another tab).
 */
export function IssuesSummary({ issues, onShowInputs }: { issues: ModelIssue[]; onShowInputs: () => void }) {
  const t = useT();
  if (issues.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('finance.issues.title', { count: issues.length })}
      data-testid="model-issues"
    >
      <Text size="sm" mb="xs">
        {t('finance.issues.hint')}
      </Text>
      <List size="sm" spacing={2}>
        {issues.map((issue) => (
          <List.Item key={`${issue.path}:${issue.code}:${issue.message}`}>
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => {
                onShowInputs();
                // After the tab switch has rendered the inputs.
                requestAnimationFrame(() => focusIssueField(issue.path));
              }}
            >
              {t(SECTION_KEYS[sectionOfPath(issue.path)])}
              {t('common.listSeparator')}
              <bdi className="karvan-code">{issue.path || '—'}</bdi>
            </Anchor>
            {t('finance.issues.separator')}
            {issue.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
