import {describe, expect, it, vi} from 'vitest';
import {buildBoard} from '../../source/board/build-board.js';
import {safeWebUrl} from '../../source/diff/github-mapping.js';
import {openPage} from '../../source/ui/open-page.js';
import {snapshotFixture} from '../board/snapshot-fixture.js';

const HOSTILE = [
  'file:///etc/passwd',
  'x-open-me://run?cmd=calc',
  'javascript:alert(1)',
  'http://evil.example/phish',
  'https://user:secret@evil.example/',
];

function prodWebUrl(webUrl: string): string | null {
  const snapshot = snapshotFixture();
  snapshot.apps[0]!.web_url = webUrl;
  const board = buildBoard(snapshot);
  return board.columns.flatMap((c) => c.apps).find((a) => a.id === 'app-prod')!.webUrl;
}

describe('one rule for every address the program opens', () => {
  it.each(HOSTILE)('the board does not offer a web_url of %s', (url) => {
    expect(prodWebUrl(url)).toBeNull();
  });

  it('the board keeps an https web_url', () => {
    expect(prodWebUrl('https://whitewave-prod.herokuapp.com/')).toBe(
      'https://whitewave-prod.herokuapp.com/',
    );
  });

  it.each(HOSTILE)('a GitHub link of %s is not offered either', (url) => {
    expect(safeWebUrl(url)).toBeNull();
  });

  it.each(HOSTILE)('openPage refuses %s with one sentence and opens nothing', (url) => {
    const openUrl = vi.fn(async () => undefined);
    const notify = vi.fn();
    openPage(openUrl, url, notify);
    expect(openUrl).not.toHaveBeenCalled();
    expect(notify).toHaveBeenCalledWith(
      'That address is not a web page, so it was not opened.',
      'warning',
    );
  });

  it('openPage opens an https page', () => {
    const openUrl = vi.fn(async () => undefined);
    const notify = vi.fn();
    openPage(openUrl, 'https://whitewave-prod.herokuapp.com/', notify);
    expect(openUrl).toHaveBeenCalledWith('https://whitewave-prod.herokuapp.com/');
  });
});
