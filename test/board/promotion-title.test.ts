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

  it('gives up the SHA, then the word Promote, before any of the app name', () => {
    const title = line(promotionTitle('whitewave-staging', 'v43 1cca0e5', true, 45));
    expect(title).toBe('Promote whitewave-staging v43 to PRODUCTION');
    expect(title.length).toBeLessThanOrEqual(45);
    // The 40x10 dialog's inner width: the app name stays whole.
    expect(line(promotionTitle('whitewave-staging', 'v43 1cca0e5', true, 36))).toBe(
      'whitewave-staging v43 to PRODUCTION',
    );
  });

  it('cuts the end of the name last, keeping the version and PRODUCTION', () => {
    const title = line(promotionTitle('whitewave-staging', 'v43 1cca0e5', true, 26));
    expect(title).toBe('whitewa… v43 to PRODUCTION');
    expect(title.length).toBeLessThanOrEqual(26);
    // Narrower still, the start of the name stays rather than the line fitting.
    expect(line(promotionTitle('whitewave-staging', 'v43 1cca0e5', true, 16))).toBe(
      'whit… v43 to PRODUCTION',
    );
  });
});
