import { writeFileSync } from 'node:fs';
import { exportJsonSchema } from '../../shared/exchange/exportSchema';

/** Writes docs/export-schema.json from the export's validator; run after changing the export. */
const path = new URL('../../docs/export-schema.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(exportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.pathname}`);
