/** A progress bar for long audit runs, on stderr: redrawn in place on a terminal, a line per 10 % otherwise. */
export function progressReporter(stream: NodeJS.WritableStream, total: number, label: string): { update(done: number): void; end(): void } {
  const tty = (stream as NodeJS.WritableStream & { isTTY?: boolean }).isTTY === true;
  const started = performance.now();
  let lastDraw = 0;
  let lastDecile = -1;
  const line = (done: number): string => {
    const frac = total > 0 ? Math.min(1, done / total) : 1;
    const width = 30;
    const filled = Math.round(frac * width);
    const secs = (performance.now() - started) / 1000;
    const rate = secs > 0 ? Math.round(done / secs) : 0;
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(frac * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${rate.toLocaleString('en')}/s`;
  };
  return {
    update(done: number): void {
      if (tty) {
        const now = performance.now();
        if (now - lastDraw < 100) return;
        lastDraw = now;
        stream.write(`\r${line(done)}`);
      } else {
        const decile = total > 0 ? Math.floor((done / total) * 10) : 10;
        if (decile > lastDecile) {
          lastDecile = decile;
          stream.write(`${line(done)}\n`);
        }
      }
    },
    end(): void {
      if (tty) stream.write(`\r${line(total)}\n`);
    },
  };
}
