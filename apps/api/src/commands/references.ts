/** TRANSITION (issue 17): the cross-stream references now live in libs/application. */
export { Known, References } from '@sparbar/application';
