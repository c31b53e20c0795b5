import {describe, expect, it} from 'vitest';
import {classifyRouter, parseLogLine, parseRouterFields} from '../../source/board/log-line.js';

const TS = '2026-12-03T09:52:29.123456+00:00';

describe('parseLogLine', () => {
  it('reads timestamp, source, dyno, process type and message', () => {
    const line = parseLogLine(`${TS} app[web.2]: Completed 200 OK in 45ms`);
    expect(line).toMatchObject({
      timestamp: TS,
      timeMs: Date.parse('2026-12-03T09:52:29.123Z'),
      source: 'app',
      dyno: 'web.2',
      processType: 'web',
      message: 'Completed 200 OK in 45ms',
      router: null,
      lineClass: 'info',
    });
  });

  it('reads every router field, the quoted desc included', () => {
    const line = parseLogLine(
      `${TS} heroku[router]: at=error code=H12 desc="Request \\"timeout\\" here" method=POST path="/orders?x=1" host=shop.herokuapp.com request_id=abc-123 fwd="203.0.113.7" dyno=web.1 connect=1ms service=30000ms status=503 bytes=0 protocol=https`,
    );
    expect(line.router).toEqual({
      at: 'error',
      code: 'H12',
      desc: 'Request "timeout" here',
      method: 'POST',
      path: '/orders?x=1',
      host: 'shop.herokuapp.com',
      requestId: 'abc-123',
      fwd: '203.0.113.7',
      dyno: 'web.1',
      connectMs: 1,
      serviceMs: 30000,
      status: 503,
      bytes: 0,
      protocol: 'https',
    });
    expect(line.lineClass).toBe('h-error');
  });

  it('keeps empty fields of an H10 line as null', () => {
    const fields = parseRouterFields(
      'at=error code=H10 desc="App crashed" method=GET path="/" dyno= connect= service= status=503 bytes=',
    );
    expect(fields).toMatchObject({dyno: null, connectMs: null, serviceMs: null, bytes: null});
    expect(fields.status).toBe(503);
  });

  it('classifies router lines by status class', () => {
    const base = parseRouterFields('at=info');
    expect(classifyRouter({...base, status: 204})).toBe('ok');
    expect(classifyRouter({...base, status: 302})).toBe('redirect');
    expect(classifyRouter({...base, status: 404})).toBe('client-error');
    expect(classifyRouter({...base, status: 500})).toBe('server-error');
    expect(classifyRouter({...base, status: null})).toBe('info');
    expect(classifyRouter({...base, code: 'H13', status: 503})).toBe('h-error');
  });

  it('takes a line that does not follow the format as plain text', () => {
    const line = parseLogLine('just some words');
    expect(line).toMatchObject({timestamp: null, source: null, message: 'just some words'});
  });

  it('draws a hostile line harmlessly: no escape, no control, no broken character', () => {
    const hostile = Buffer.concat([
      Buffer.from(`${TS} app[web.1]: \u001b]0;owned\u0007\u001b[2J\u001b[31mred\r\u009b1A `),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(' x'.repeat(5000)),
    ]).toString('utf8');
    const line = parseLogLine(hostile);
    // eslint-disable-next-line no-control-regex
    expect(line.raw).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(line.raw).toContain('red');
    expect(line.raw).toContain('\ufffd');
    expect(line.dyno).toBe('web.1');
  });
});
