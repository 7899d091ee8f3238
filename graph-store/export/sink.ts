/*
 * A buffered text sink over a Node Writable: writers append small strings, the sink hands the
 * stream 64 KiB chunks and waits for 'drain' when the stream pushes back, so memory stays flat
 * however large the export.
 */
import type { Writable } from 'node:stream';

const CHUNK = 64 * 1024;

export class TextSink {
  private buffer: string[] = [];
  private length = 0;

  constructor(private readonly out: Writable) {}

  /** Appends text; flushes (with backpressure) once a chunk is full. */
  async write(text: string): Promise<void> {
    this.buffer.push(text);
    this.length += text.length;
    if (this.length >= CHUNK) await this.flush();
  }

  /** Hands what is buffered to the stream and waits if it asks to; fails if the stream closed (a reader went away). */
  async flush(): Promise<void> {
    if (this.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.length = 0;
    if (this.out.destroyed) throw new Error('TextSink: the output closed before the export was written');
    if (!this.out.write(chunk)) await drained(this.out);
  }
}

/** Resolves on 'drain'; rejects on 'error', or on 'close' before draining. */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onError = (error: Error) => settle(error);
    const onClose = () => settle(new Error('TextSink: the output closed before the export was written'));
    out.on('drain', onDrain);
    out.on('error', onError);
    out.on('close', onClose);
  });
}
