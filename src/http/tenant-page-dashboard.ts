import type { DashboardView } from './tenant-dashboard';
import { renderFailuresSection } from './tenant-page-failures';
import { renderFindSection } from './tenant-page-find';
import { renderReviewSection } from './tenant-page-review';
import { renderSendNowSection } from './tenant-page-send-now';

/** The page's action sections, in the order a bookkeeper works: send, find, fix failures, review customers. */
export function renderDashboard(view: DashboardView): string {
  return [renderSendNowSection(view), renderFindSection(view), renderFailuresSection(view), renderReviewSection(view)].join('\n');
}
