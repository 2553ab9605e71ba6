import tips from '@/assets/tips/en.json';
import type { Tip } from './tips';

/** The whole tip library. Only the background imports it: pages read today's tip from storage. */
export const library = tips as Tip[];
