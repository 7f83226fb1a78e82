// The line that goes with each question of the walk: where it is, and how much is answered.
import { displayWidth } from '../text/wrap.js';

const BAR = 20;
// Rounded down, so the bar is full only when every question is answered.
const bar = (done: number, total: number): string => {
  const filled = total ? Math.floor((done / total) * BAR) : BAR;
  return `${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}`;
};

/**
 * The progress line of question `position` of `total`, `done` answered: words alone for screen
 * readers (`plain`); a system's (`title`, made safe by the caller) with the bar when the terminal has
 * room for it. A walk that asks only some answers again (`review`, `--review-stale`) counts those,
 * and says where the question is in the questionnaire after it.
 */
export function progressLine(position: number, total: number, done: number, { plain, width, title, review }: { plain: boolean; width: number; title?: string | undefined; review?: { position: number; total: number } | undefined }): string {
  if (review) {
    const where = `${title === undefined ? 'question' : `${title}, question`} ${position} of ${total}`;
    if (plain) return `Review ${review.position} of ${review.total}: ${where}.`;
    const words = `Review ${review.position} of ${review.total} · ${where}`;
    return displayWidth(words) + BAR + 1 < width ? `${bar(review.position - 1, review.total)} ${words}` : words;
  }
  if (title === undefined) return plain ? `Question ${position} of ${total}, ${done} answered.` : `${bar(done, total)} Question ${position} of ${total} · ${done} answered`;
  if (plain) return `${title}, question ${position} of ${total}, ${done} answered.`;
  const words = `${title} · question ${position} of ${total} · ${done} answered`;
  return displayWidth(words) + BAR + 1 < width ? `${bar(done, total)} ${words}` : words;
}
