/**
 * What every data file says about itself: who publishes it, under which licence, when it was
 * built and where the documentation is. One object, so JSON, CSV comments, feeds and IATI agree.
 */
import { toIso } from '../model/dates.ts';

export interface DataMeta {
  /** Name of the publishing portfolio. */
  publisher: string;
  /** Licence name, e.g. "CC BY 4.0". */
  licence: string;
  /** Link to the licence text. */
  licenceUrl: string;
  /** The build date, YYYY-MM-DD. */
  built: string;
  /** Absolute URL of the page documenting every file and field. */
  documentation: string;
}

export interface MetaInput {
  publisher: string;
  licence: { name: string; url: string };
  /** The build's "today" as UTC milliseconds. */
  buildDate: number;
  /** Absolute URL of the `/data/` page. */
  documentation: string;
}

/** The metadata block every data file carries. */
export function dataMeta({ publisher, licence, buildDate, documentation }: MetaInput): DataMeta {
  const day = new Date(buildDate);
  return {
    publisher,
    licence: licence.name,
    licenceUrl: licence.url,
    built: toIso({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() }),
    documentation,
  };
}

/** One line for formats whose metadata is text, e.g. a feed's rights or an XML comment. */
export function metaLine(meta: DataMeta): string {
  return `${meta.publisher}. Licence: ${meta.licence} (${meta.licenceUrl}). Built ${meta.built}. Documentation: ${meta.documentation}`;
}
