// TEMPORARY: moves out of src/testing once the catalog has a home of its own.
export { catalogIntegrations as productIntegrations } from '../../src/testing/fixtures';
