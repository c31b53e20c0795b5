import {describe, expect, it} from 'vitest';
import {promotionTitle} from '../../source/board/promotion-title.js';

const line = (t: {text: string; production: string}) => t.text + t.production;

describe('promotionTitle', () => {
  it('says it all when there is room', () => {
    expect(line(promotionTitle('whitewave-staging', 'v43 1cca0e5', true, 80))).toBe(
      'Promote whitewave-staging v43 1cca0e5 to PRODUCTION',
    );
    expect(line(promotionTitle('whitewave-dev', 'v5 238a3d8', false, 80))).toBe(
      'Promote whitewave-dev v5 238a3d8',
    );
  });

  it('shortens the app name before the release or the word PRODUCTION', () => {
    const title = line(promotionTitle('whitewave-staging', 'v43 1cca0e5', true, 45));
    expect(title).toBe('Promote whitewave-… v43 1cca0e5 to PRODUCTION');
    expect(title.length).toBeLessThanOrEqual(45);
  });

  it('keeps the release and PRODUCTION when nothing else fits', () => {
    expect(line(promotionTitle('whitewave-staging', 'v43 1cca0e5', true, 36))).toBe(
      'v43 1cca0e5 to PRODUCTION',
    );
  });
});
