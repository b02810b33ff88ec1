// How sensitive each field category is, for the category chart and the field tables.
// High: values that enable fraud or account takeover on their own; medium: values that
// identify or locate a person or machine; low: context that is harmless alone.
import type { Category } from '../../report/schema.js';

export type Sensitivity = 'high' | 'medium' | 'low';

export const SENSITIVITY: Record<Category, Sensitivity> = {
  payment: 'high',
  credential: 'high',
  government_id: 'high',
  contact: 'medium',
  identity: 'medium',
  location: 'medium',
  network: 'medium',
  device: 'medium',
  internal_meta: 'medium',
  user_stats: 'low',
  marketing: 'low',
  temporal: 'low',
  content: 'low',
  custom: 'low',
};

export const SENSITIVITY_ORDER: readonly Sensitivity[] = ['high', 'medium', 'low'];

export function sensitivityOf(category: string): Sensitivity {
  return (SENSITIVITY as Record<string, Sensitivity | undefined>)[category] ?? 'low';
}
