export { createServices, type Services, type ServicesOptions } from './create-services';
export type { ServiceEvents } from './service-events';
