import cliProgress from 'cli-progress';

// cli-progress is CommonJS: Node.js finds only some of its names as named exports.
const { Format, SingleBar, Presets } = cliProgress;

const TEMPLATE = '{stage} [{bar}] {value}/{total} | {eta_formatted} left';

/** A progress bar on stderr, or nothing when stderr is not a terminal or `quiet` is set. */
export interface Progress {
  /** Show `done` of `total` for the named stage (a new stage restarts the bar). */
  update(stage: string, done: number, total: number): void;
  /**
   * Show a stage with no count and no time left, for work of unknown length such as loading
   * language data before the first unit: an estimate from the later, fast units would lie.
   */
  loading(stage: string): void;
  /** Print a message line on stderr without tearing the bar (the bar is redrawn at the next update). */
  note(message: string): void;
  stop(): void;
}

/** Draw progress on stderr only when a person is watching it: pipes and CI logs stay clean. */
export function progressBar(options: { quiet?: boolean | undefined } = {}): Progress {
  const print = (message: string): void => void process.stderr.write(`${message}\n`);
  if (options.quiet || !process.stderr.isTTY) return { update() {}, loading() {}, note: print, stop() {} };
  const bar = new SingleBar(
    {
      format: (options, params, payload: { stage: string; loading?: boolean }) =>
        payload.loading ? `${payload.stage} …` : Format.Formatter({ ...options, format: TEMPLATE }, params, payload),
      hideCursor: true,
      stream: process.stderr,
    },
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
    loading(stage) {
      const name = `${stage} (loading)`;
      if (current === name) return;
      if (current !== undefined) bar.stop();
      current = name;
      bar.start(1, 0, { stage: stage.padEnd(6), loading: true });
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
