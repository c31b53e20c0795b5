import {Writable} from 'node:stream';

// What a command writes, kept for the test to read: a stream to pass and its text.
export function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return {stream, text: () => text};
}

// A stream that is its own record: `text` is everything written to it.
export class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}
