import 'reflect-metadata';
import { runMain } from '@sparbar/runtime';
import { startWorker } from './start-worker';

runMain(startWorker);
