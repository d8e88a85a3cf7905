import { toJson } from '../../exports/json-files.ts';
import { projectJsonSchema } from '../../exports/json-schema.ts';
import { DATA_PATHS } from '../../exports/paths.ts';
import { absoluteUrl, dataResponse } from '../../exports/site.ts';
import { getSiteData } from '../../portfolio/site-data.ts';

export async function GET() {
  const { vocabulary } = await getSiteData();
  return dataResponse(toJson(projectJsonSchema(vocabulary, absoluteUrl(DATA_PATHS.schema))), 'json');
}
