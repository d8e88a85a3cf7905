/**
 * Astro's collections, one per kind of record. The model (`src/model/`) reads and validates
 * the whole content folder once; each collection takes its part and declares the model's
 * schema, so `getCollection()` returns typed data.
 */

import { defineCollection } from 'astro:content';
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { portfolioLoader } from './loader/portfolio-loader.ts';
import {
  type ExchangeRates,
  organizationSchema,
  type ProjectData,
  regionSchema,
  sdgSchema,
  solutionSchema,
  type TranslationData,
} from './model/schemas/index.ts';

/** A project as pages read it: the model's record, with its image resolved for optimisation. */
export type ProjectEntryData = Omit<ProjectData, 'image'> & { image?: { src: ImageMetadata; alt: string } };

export const collections = {
  projects: defineCollection({
    loader: portfolioLoader('projects'),
    // Entries arrive validated and normalised by the model; this pass only turns a local image
    // path into optimisable image metadata, which needs Astro's `image()` helper.
    schema: ({ image }) =>
      z
        .looseObject({ image: z.object({ src: image(), alt: z.string() }).optional() })
        .pipe(z.custom<ProjectEntryData>()),
  }),
  // Translation files (`<slug>.<lang>.md`): text only, validated by the model.
  translations: defineCollection({
    loader: portfolioLoader('translations'),
    schema: z.custom<TranslationData & { slug: string; lang: string }>(),
  }),
  organizations: defineCollection({ loader: portfolioLoader('organizations'), schema: organizationSchema }),
  regions: defineCollection({ loader: portfolioLoader('regions'), schema: regionSchema }),
  solutions: defineCollection({ loader: portfolioLoader('solutions'), schema: solutionSchema }),
  sdgs: defineCollection({ loader: portfolioLoader('sdgs'), schema: sdgSchema }),
  // Validated by the model; its output (a parsed date) is not valid input again, so it declares the type only.
  exchangeRates: defineCollection({ loader: portfolioLoader('exchangeRates'), schema: z.custom<ExchangeRates>() }),
};
