/** The workflows the worker registers. */
export { creditTopUpWorkflow } from './credit-top-up';
