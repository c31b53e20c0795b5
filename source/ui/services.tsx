import {createContext, useContext, type ReactNode} from 'react';
import type {Services} from '../contract/services.js';

// The services the screens call (source/contract/services.ts), handed down by context so a
// test can give fakes or simulator-backed ones.
const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({services, children}: {services: Services; children: ReactNode}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesProvider>.');
  return services;
}
