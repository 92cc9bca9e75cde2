/** Writes static/dataset.schema.json from the zod schema. Run: npm run schema */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchemaText } from '../src/lib/model/json-schema';

const path = 'static/dataset.schema.json';
writeFileSync(path, datasetJsonSchemaText());
console.log(`wrote ${path}`);
