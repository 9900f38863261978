import { SingleBar, Presets } from 'cli-progress';

/** A progress bar on stderr, or nothing when stderr is not a terminal or `quiet` is set. */
export interface Progress {
  /** Show `done` of `total` for the named stage (a new stage restarts the bar). */
  update(stage: string, done: number, total: number): void;
  /** Print a message line on stderr without tearing the bar (the bar is redrawn at the next update). */
  note(message: string): void;
  stop(): void;
}

/** Draw progress on stderr only when a person is watching it: pipes and CI logs stay clean. */
export function progressBar(options: { quiet?: boolean | undefined } = {}): Progress {
  const print = (message: string): void => void process.stderr.write(`${message}\n`);
  if (options.quiet || !process.stderr.isTTY) return { update() {}, note: print, stop() {} };
  const bar = new SingleBar(
    { format: '{stage} [{bar}] {value}/{total} | {eta_formatted} left', hideCursor: true, stream: process.stderr },
    Presets.shades_classic,
  );
  let current: string | undefined;
  return {
    update(stage, done, total) {
      if (stage !== current) {
        if (current !== undefined) bar.stop();
        current = stage;
        bar.start(total, done, { stage: stage.padEnd(6) });
      } else bar.update(done);
    },
    note(message) {
      if (current !== undefined) bar.stop();
      current = undefined;
      print(message);
    },
    stop() {
      if (current !== undefined) bar.stop();
      current = undefined;
    },
  };
}
