import {describe, expect, it} from 'vitest';
import {ApiError} from '../../source/heroku/errors.js';
import {ConfigError, PipelineTuiError, describeError} from '../../source/shared/errors.js';
import {errorSentence} from '../../source/ui/error-sentence.js';

describe('describeError', () => {
  it('shows a project error by its describe(), a Heroku one with its Request-Id', () => {
    expect(describeError(new ConfigError('Bad flag.'))).toBe('Bad flag.');
    expect(new ConfigError('x')).toBeInstanceOf(PipelineTuiError);
    expect(describeError(new ApiError('Heroku said no.', {requestId: 'req-1'}))).toBe(
      'Heroku said no. (Request-Id req-1)',
    );
  });

  it('reads a plain Error by its message and anything else as text', () => {
    expect(describeError(new Error('boom'))).toBe('boom');
    expect(describeError(42)).toBe('42');
  });
});

describe('errorSentence', () => {
  it('keeps the Request-Id and sanitises what it shows', () => {
    expect(errorSentence(new ApiError('No \x1b[2Jway.', {requestId: 'r'}))).toBe(
      'No way. (Request-Id r)',
    );
  });

  it('never shows an empty sentence', () => {
    expect(errorSentence(new Error('  '))).toBe('Something went wrong.');
  });
});
