export { runCorpus, type CorpusOptions, type CorpusProgress, type CorpusResult, type LexiconSummary } from './run.js';
export type { OutputCounts } from './outputs.js';
export { runWorker, type JobReport, type QueueOptions, type RunningWorker, type WorkerOptions } from './queue.js';
export { renderReport, type ReportInput } from './report.js';
export type { DocumentRecord, PairRecord, ReportLink, ReportSpan, ReportText } from './types.js';
