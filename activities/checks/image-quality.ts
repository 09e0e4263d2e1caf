/** Refuses images nobody could judge: blurred, too dark or overexposed (metrics measured at upload). */
import { qualityProblems } from '../../lib/documents/quality';
import { subjectPrefix, type CheckFinding, type VerificationCheck } from './types';

export const imageQualityCheck: VerificationCheck = {
  name: 'image-quality',
  run({ images }): Promise<CheckFinding> {
    const problems = images.flatMap((image) => qualityProblems(image).map((problem) => `${subjectPrefix(image.kind)}_${problem}`));
    return Promise.resolve({ problems: [...new Set(problems)], fraudTags: [] });
  },
};
