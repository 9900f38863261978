// The peer for `sejajar detect` start-up: one file that imports franc and answers for one line.
import { franc } from 'franc';

console.log(franc(process.argv[2] ?? ''));
