import { z } from 'zod';
import { label } from './shared.ts';

/** One entry of `content/sdgs.yaml`: a Sustainable Development Goal. */
export const sdgSchema = z.strictObject({
  /** Goal number, 1–17. */
  number: z.number().int().min(1).max(17),
  /** Official short name, e.g. "Gender equality". */
  name: label(),
  /** Official Russian short name, e.g. «Гендерное равенство»; Russian pages fall back to `name`. */
  name_ru: label().optional(),
  /** The goal's official colour, used for its badge. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'write the colour as # and six hex digits (0–9, a–f), e.g. "#e5243b"'),
});
export type Sdg = z.output<typeof sdgSchema>;
