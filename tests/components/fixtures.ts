import type { Rotation } from '@/utils/tips/tip-rotation';
import type { Tip } from '@/utils/tips/tips';

export const sampleTip: Tip = {
  id: 'listen-sample',
  headline: 'Let him finish the story',
  body: 'When he tells you something today, wait until he is done. Then ask one small question about it.',
  theme: 'listen',
  ages: ['school', 'teen'],
  way: 'either',
  home: 'either',
};

export function rotationOn(day: string, tip: Tip = sampleTip): Rotation {
  return { day, tip, seen: [tip.id], round: 0, seed: 7, passed: [] };
}
