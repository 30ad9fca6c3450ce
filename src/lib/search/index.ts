/** Korean-aware search terms shared by the index build, the browser and the benchmark. */
export { GLOSSARY, FORM_TO_KEY } from './glossary';
export { stripParticles, isProtected } from './particles';
export { normaliseQuery, indexTerms, flagKey, applyGlossary, words } from './terms';
