/** The three services: where their entry points are after `npm run build` and where they listen by default. */
export const services = [
  { name: 'settlement', port: 3001, entry: 'dist/apps/settlement/src/main.js' },
  { name: 'reception', port: 3002, entry: 'dist/apps/reception/src/main.js' },
  { name: 'care-centres', port: 3003, entry: 'dist/apps/care-centres/src/main.js' },
] as const;
