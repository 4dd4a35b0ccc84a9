export * from './enums';
export * from './types';
export * from './schema';
export * from './elementCatalog';
export * from './linkKinds';
export * from './operations';
export * from './clone';
export * from './geometry';
