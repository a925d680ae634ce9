/**
 * Points to search around. New York is the point of the guide's Get Locations By User example
 * (latitude 40.74201480000001, longitude -73.9930148); the others are city centres.
 * Source: guide "Testing The User Experiences".
 */
export const CITY_PRESETS = [
  { name: "New York", latitude: 40.74201480000001, longitude: -73.9930148 },
  { name: "Atlanta", latitude: 33.749, longitude: -84.388 },
  { name: "Philadelphia", latitude: 39.9526, longitude: -75.1652 },
  { name: "Chicago", latitude: 41.8781, longitude: -87.6298 },
  { name: "San Francisco", latitude: 37.7749, longitude: -122.4194 },
  { name: "Austin", latitude: 30.2672, longitude: -97.7431 },
] as const;
