import type { AstroIntegration } from 'astro';
import { formatIssue } from '../lib/issues.ts';
import { checkedByBuildScript, checkedContent } from './checked-content.ts';

/** Runs the content checker before Astro touches the content, so a build fails with editors' messages. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'teixit:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        if (checkedByBuildScript()) return;
        const { issues } = checkedContent();
        const errors = issues.filter((issue) => issue.severity === 'error');
        for (const warning of issues.filter((issue) => issue.severity === 'warning')) logger.warn(formatIssue(warning));
        if (errors.length > 0) {
          throw new Error(
            `The content has ${errors.length} error(s):\n${errors.map(formatIssue).join('\n')}\nRun npm run check after fixing them.`,
          );
        }
      },
    },
  };
}
