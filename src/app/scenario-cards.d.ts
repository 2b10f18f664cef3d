/** The menu's manifest, made at build time by scripts/vite/scenario-cards.ts. */
declare module 'virtual:scenario-cards' {
  const cards: import('./catalog').CatalogEntry[];
  export default cards;
}
