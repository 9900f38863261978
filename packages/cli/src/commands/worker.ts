import { Command, Option } from 'commander';
import { runWorker, type JobReport } from '@sejajar/corpus';
import { SUMMARIES } from '../summaries.js';
import { positiveInteger } from './arguments.js';

interface WorkerFlags {
  queue: string;
  concurrency: number;
  lockDuration?: number | undefined;
  stalledInterval?: number | undefined;
}

/** One line per job: kind, files, time, and `ok` or the error (with the try, when it will be retried). */
function jobLine(report: JobReport): string {
  const head = `sejajar worker: ${report.kind} ${report.files.join(' + ')} ${report.ms} ms`;
  if (report.error === undefined) return `${head} ok\n`;
  const tries = report.attempts > 1 ? ` (try ${report.attempt} of ${report.attempts})` : '';
  return `${head} error${tries}: ${report.error.replace(/\s*[\r\n]+\s*/g, ' ')}\n`;
}

/** Resolves at the first SIGINT or SIGTERM; a second one ends the process the default way. */
const stopSignal = (): Promise<string> =>
  new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });

/** `sejajar worker --queue URL`: take the jobs of distributed corpus runs until stopped. */
export function workerCommand(): Command {
  return new Command('worker')
    .description(SUMMARIES.worker)
    .requiredOption('--queue <url>', 'the Redis the coordinator was given (redis://[:password@]host[:port][/db])')
    .option('-c, --concurrency <n>', 'jobs at once, each in its own worker thread', positiveInteger, 1)
    .addOption(
      new Option('--lock-duration <ms>', 'a job whose worker died is taken by another worker this long after (default 30000)').argParser(positiveInteger),
    )
    .addOption(new Option('--stalled-interval <ms>', 'how often to look for jobs whose worker died (default 30000)').argParser(positiveInteger))
    .action(async (flags: WorkerFlags) => {
      const stopped = stopSignal();
      const worker = await runWorker(flags.queue, {
        concurrency: flags.concurrency,
        lockDuration: flags.lockDuration,
        stalledInterval: flags.stalledInterval,
        onJob: (report) => process.stderr.write(jobLine(report)),
        onNotice: (message) => process.stderr.write(`sejajar worker: ${message}\n`),
      });
      process.stderr.write(`sejajar worker: taking jobs from ${worker.queue} (concurrency ${flags.concurrency}); Ctrl-C stops after the running jobs\n`);
      const signal = await stopped;
      process.stderr.write(`sejajar worker: ${signal}: finishing the running jobs\n`);
      await worker.close();
    });
}
