// The domain types every part shares; imports nothing else of the project.
export * from './analysis';
export * from './page';
