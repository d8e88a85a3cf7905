/** Every content schema, one module per record kind. */
export * from './exchange-rates.ts';
export * from './organization.ts';
export * from './project.ts';
export * from './region.ts';
export * from './sdg.ts';
export * from './shared.ts';
export * from './solution.ts';
export * from './translation.ts';
