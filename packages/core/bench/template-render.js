// Template renders per second for a 20-field contact template. Run: node bench/template-render.js
import { pathToFileURL } from 'node:url';
import { compileBodyTemplate, contactValues, fieldKeySet, sampleContact } from '../dist/index.js';

const FIELDS = [
  'id',
  'firstName',
  'lastName',
  'email',
  'phone',
  'address',
  'address2',
  'city',
  'state',
  'zipCode',
  'birthday',
  'anniversary',
  'activityRating',
  'additionalInfo',
  'owner.name',
  'owner.email',
  'createdAt',
  'updatedAt',
  'firstName',
  'lastName',
];

export async function benchTemplateRender(seconds = 2) {
  const body = `{${FIELDS.map((f, i) => (i % 3 === 0 ? `"f${i}": {{contact.${f}}}` : `"f${i}": "x {{contact.${f}}}"`)).join(', ')}}`;
  const compiled = compileBodyTemplate(body, { fieldKeys: fieldKeySet('CONTACT') });
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
  const values = contactValues(
    { ...sampleContact(), additionalInfo: 'quote " and \\ and\nnewline' },
    { storesBirthYear: true },
  );
  let n = 0;
  let sink = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 1000; i++) sink += compiled.template.render(values).length;
    n += 1000;
  }
  JSON.parse(compiled.template.render(values));
  const perSecond = Math.round(n / seconds);
  console.log(`template-render: ${perSecond} renders/s (${sink > 0 ? 'ok' : ''})`);
  console.log(`RESULT template-render per_s=${perSecond}`);
  return perSecond;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchTemplateRender();
