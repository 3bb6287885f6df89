export * from './evaluate.js';
