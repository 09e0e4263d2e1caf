/** The workflows the worker registers. */
export { creditTopUpWorkflow } from './credit-top-up';
export { magicLinkWorkflow } from './magic-link';
export { verificationSessionWorkflow } from './verification-session';
export { webhookDeliveryWorkflow } from './webhook-delivery';
export { uploadQuickCheckWorkflow } from './upload-quick-check';
