import { z } from 'zod';
import { id, label } from './shared.ts';

/** One entry of `content/solutions.yaml`: a sector or theme. */
export const solutionSchema = z.strictObject({
  /** Stable id used in project files, e.g. `governance`. */
  id: id('A solution id'),
  /** Display name, e.g. "Governance". */
  name: label(),
  /** Russian name, e.g. «Государственное управление»; Russian pages fall back to `name`. */
  name_ru: label().optional(),
  /** One sentence on what the solution area covers. */
  description: z.string().trim().optional(),
  /** OECD DAC 5-digit purpose code the IATI export writes as the activity's sector, e.g. 15110. */
  dacSector: z
    .string()
    .regex(/^\d{5}$/, 'a DAC sector is a 5-digit purpose code such as "15110"')
    .optional(),
  /** Other names the importer maps onto this solution. */
  aliases: z.array(z.string().trim().min(1)).default([]),
});
export type Solution = z.output<typeof solutionSchema>;
