import 'reflect-metadata';
import { runMain } from '@sparbar/runtime';
import { startApi } from './start-api';

runMain(startApi);
