export * from './azureRegions';
export * from './geopoliticalRegions';
export * from './peeringLocations';
