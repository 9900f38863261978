export { run, program, ExitCode } from './program.js';
