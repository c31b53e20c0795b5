import {memo} from 'react';
import {Box, Text} from 'ink';
import {describeFilter, visibleLines, type LogBuffer} from '../../board/log-buffer.js';
import {logWindow} from '../../board/log-window.js';
import {sanitizeText} from '../../shared/sanitize.js';
import {LINE_COLOR, paneText, seconds} from './log-colors.js';

export type LogNotice =
  {kind: 'reconnected'; gapMs: number} | {kind: 'error'; text: string} | {kind: 'ended'};

export type LogPaneProps = {
  title: string; // the app's name
  buffer: LogBuffer;
  offset: number; // lines scrolled up from the newest
  notice: LogNotice | null;
  width: number;
  height: number;
  focused?: boolean;
};

function noticeText(notice: LogNotice): {text: string; color: string} {
  if (notice.kind === 'reconnected') {
    return {
      text: `The stream dropped; reconnected after ${seconds(notice.gapMs)} without data.`,
      color: 'yellow',
    };
  }
  if (notice.kind === 'ended') return {text: 'The log stream ended.', color: 'yellow'};
  return {text: sanitizeText(notice.text), color: 'red'};
}

// A long line is cut before Ink lays it out: only what fits the width is worth measuring.
function clip(text: string, width: number): string {
  const chars = [...text.slice(0, width * 2 + 8)];
  return chars.length > width ? `${chars.slice(0, Math.max(0, width - 1)).join('')}…` : text;
}

function LogPaneView(props: LogPaneProps) {
  const width = Math.max(10, props.width);
  const lines = visibleLines(props.buffer);
  const notice = props.notice ? noticeText(props.notice) : null;
  const rows = Math.max(0, props.height - 2 - (notice ? 1 : 0));
  const view = logWindow(lines, rows, props.offset);
  const {buffer} = props;
  const state = buffer.paused
    ? `PAUSED${buffer.held.length > 0 ? ` (${buffer.held.length} new)` : ''}`
    : view.following
      ? 'following'
      : `${view.offset} lines up`;
  const position = view.total === 0 ? 'no lines' : `${view.first}-${view.last} of ${view.total}`;
  return (
    <Box flexDirection="column" width={width} height={props.height} overflow="hidden">
      <Text
        wrap="truncate-end"
        bold={props.focused}
        color={buffer.paused ? 'yellow' : props.focused ? 'cyan' : undefined}
      >
        {clip(`${sanitizeText(props.title)} · ${state} · ${position}`, width)}
      </Text>
      <Text wrap="truncate-end" dimColor>
        {clip(`filter: ${sanitizeText(describeFilter(buffer.filter))}`, width)}
      </Text>
      {notice ? (
        <Text wrap="truncate-end" color={notice.color}>
          {clip(notice.text, width)}
        </Text>
      ) : null}
      {view.shown.map((line, index) => (
        <Text
          key={view.first + index}
          wrap="truncate-end"
          color={LINE_COLOR[line.lineClass]}
          bold={line.lineClass === 'h-error'}
        >
          {clip(paneText(line), width)}
        </Text>
      ))}
    </Box>
  );
}

export const LogPane = memo(LogPaneView);
