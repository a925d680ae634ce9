/**
 * In-store locations of the seeded merchants, around six cities, with coordinates and opening
 * hours in the documented `users.rewards.OperationHours` shape (Google-Places-style periods:
 * day 0 = Sunday, time "HHMM").
 * The New York anchor is the point of the guide's "Get Locations By User" example
 * (latitude 40.74201480000001, longitude -73.9930148).
 * Source: Kard seed, "Get Locations By User" (`users.rewards.LocationAttributes`).
 */
export type CityKey = "NYC" | "ATL" | "PHL" | "CHI" | "SF" | "AUS";

export interface City {
  city: string;
  state: string;
  latitude: number;
  longitude: number;
  areaCode: string;
}

export const CITIES: Record<CityKey, City> = {
  NYC: { city: "New York", state: "NY", latitude: 40.74201480000001, longitude: -73.9930148, areaCode: "212" },
  ATL: { city: "Atlanta", state: "GA", latitude: 33.749, longitude: -84.388, areaCode: "404" },
  PHL: { city: "Philadelphia", state: "PA", latitude: 39.9526, longitude: -75.1652, areaCode: "215" },
  CHI: { city: "Chicago", state: "IL", latitude: 41.8781, longitude: -87.6298, areaCode: "312" },
  SF: { city: "San Francisco", state: "CA", latitude: 37.7749, longitude: -122.4194, areaCode: "415" },
  AUS: { city: "Austin", state: "TX", latitude: 30.2672, longitude: -97.7431, areaCode: "512" },
};

export type HoursProfile = "retail" | "restaurant" | "cafe" | "allDay" | "weekdays";

/** [open, close] per day, Sunday first; null = closed that day. */
export const HOURS: Record<HoursProfile, ([string, string] | null)[]> = {
  retail: [["1100", "1900"], ["1000", "2100"], ["1000", "2100"], ["1000", "2100"], ["1000", "2100"], ["1000", "2100"], ["1000", "2100"]],
  restaurant: Array.from({ length: 7 }, () => ["1100", "2200"] as [string, string]),
  cafe: Array.from({ length: 7 }, () => ["0630", "1800"] as [string, string]),
  allDay: Array.from({ length: 7 }, () => ["0000", "2359"] as [string, string]),
  weekdays: [null, ["0800", "1800"], ["0800", "1800"], ["0800", "1800"], ["0800", "1800"], ["0800", "1800"], ["0900", "1400"]],
};

export interface LocationSeed {
  offerId: string;
  city: CityKey;
  street: string;
  zipCode: string;
  /** Offset from the city anchor, in degrees. */
  dLat: number;
  dLng: number;
  hours: HoursProfile;
}

export const LOCATION_SEEDS: LocationSeed[] = [
  { offerId: "654d3fce9587960008944c61", city: "NYC", street: "350 W 23rd St", zipCode: "10011", dLat: 0.0041, dLng: -0.0062, hours: "retail" },
  { offerId: "654d3fce9587960008944c61", city: "ATL", street: "4500 Peachtree Rd", zipCode: "30319", dLat: 0.12, dLng: 0.02, hours: "retail" },
  { offerId: "654d3fce9587960008944c61", city: "PHL", street: "1600 Market St", zipCode: "19103", dLat: 0.0004, dLng: -0.002, hours: "retail" },
  { offerId: "5e27318c9b346f00087fbb5c", city: "NYC", street: "120 W 25th St", zipCode: "10001", dLat: 0.0027, dLng: -0.0021, hours: "restaurant" },
  { offerId: "5e27318c9b346f00087fbb5c", city: "ATL", street: "675 Ponce De Leon Ave NE", zipCode: "30308", dLat: 0.0235, dLng: 0.0235, hours: "restaurant" },
  { offerId: "5e27318c9b346f00087fbb5c", city: "CHI", street: "25 E Washington St", zipCode: "60602", dLat: 0.0048, dLng: 0.003, hours: "restaurant" },
  { offerId: "66a1f0c2b7e4d90012ab3001", city: "ATL", street: "123 Peachtree St", zipCode: "30303", dLat: 0.006, dLng: 0.0005, hours: "restaurant" },
  { offerId: "66a1f0c2b7e4d90012ab3001", city: "ATL", street: "1049 Hill St SE", zipCode: "30315", dLat: -0.028, dLng: 0.007, hours: "restaurant" },
  { offerId: "60e4ba1da31c5a22a144c075", city: "ATL", street: "901 Ralph David Abernathy Blvd", zipCode: "30310", dLat: -0.013, dLng: -0.025, hours: "restaurant" },
  { offerId: "60e4ba1da31c5a22a144c075", city: "NYC", street: "2150 Frederick Douglass Blvd", zipCode: "10026", dLat: 0.062, dLng: 0.038, hours: "restaurant" },
  { offerId: "66a1f0c2b7e4d90012ab3002", city: "PHL", street: "2100 S Columbus Blvd", zipCode: "19148", dLat: -0.036, dLng: 0.019, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab3002", city: "ATL", street: "1230 Moreland Ave SE", zipCode: "30316", dLat: -0.018, dLng: 0.041, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab3002", city: "AUS", street: "2901 S Lamar Blvd", zipCode: "78704", dLat: -0.025, dLng: -0.021, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab3005", city: "NYC", street: "44 W 18th St", zipCode: "10011", dLat: -0.0033, dLng: 0.0004, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab3005", city: "SF", street: "2250 Chestnut St", zipCode: "94123", dLat: 0.0255, dLng: -0.0185, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab3007", city: "NYC", street: "260 W 23rd St", zipCode: "10011", dLat: 0.0031, dLng: -0.0031, hours: "restaurant" },
  { offerId: "66a1f0c2b7e4d90012ab3007", city: "CHI", street: "600 N Michigan Ave", zipCode: "60611", dLat: 0.0145, dLng: 0.005, hours: "restaurant" },
  { offerId: "66a1f0c2b7e4d90012ab3007", city: "AUS", street: "320 E 6th St", zipCode: "78701", dLat: 0.0005, dLng: 0.003, hours: "restaurant" },
  { offerId: "66a1f0c2b7e4d90012ab3008", city: "NYC", street: "101 Greenwich Ave", zipCode: "10014", dLat: -0.0052, dLng: -0.0066, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab3008", city: "PHL", street: "1320 Walnut St", zipCode: "19107", dLat: -0.0037, dLng: 0.0015, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab300a", city: "NYC", street: "901 Avenue of the Americas", zipCode: "10001", dLat: 0.0066, dLng: 0.0046, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab300a", city: "SF", street: "865 Market St", zipCode: "94103", dLat: 0.0092, dLng: 0.012, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab300a", city: "CHI", street: "835 N Michigan Ave", zipCode: "60611", dLat: 0.0195, dLng: 0.0055, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab300d", city: "NYC", street: "7 W 22nd St", zipCode: "10010", dLat: 0.0002, dLng: 0.0015, hours: "allDay" },
  { offerId: "66a1f0c2b7e4d90012ab300d", city: "NYC", street: "210 8th Ave", zipCode: "10011", dLat: -0.0005, dLng: -0.0052, hours: "allDay" },
  { offerId: "66a1f0c2b7e4d90012ab300d", city: "PHL", street: "1801 Chestnut St", zipCode: "19103", dLat: -0.0014, dLng: -0.0055, hours: "allDay" },
  { offerId: "66a1f0c2b7e4d90012ab300e", city: "NYC", street: "88 University Pl", zipCode: "10003", dLat: -0.0078, dLng: 0.0003, hours: "cafe" },
  { offerId: "66a1f0c2b7e4d90012ab300e", city: "CHI", street: "1 N State St", zipCode: "60602", dLat: 0.0039, dLng: 0.001, hours: "cafe" },
  { offerId: "66a1f0c2b7e4d90012ab300f", city: "ATL", street: "500 North Ave NW", zipCode: "30318", dLat: 0.022, dLng: -0.012, hours: "allDay" },
  { offerId: "66a1f0c2b7e4d90012ab300f", city: "AUS", street: "1600 E Cesar Chavez St", zipCode: "78702", dLat: -0.006, dLng: 0.022, hours: "allDay" },
  { offerId: "66a1f0c2b7e4d90012ab300f", city: "PHL", street: "3000 Grays Ferry Ave", zipCode: "19146", dLat: -0.0145, dLng: -0.0315, hours: "allDay" },
  { offerId: "66a1f0c2b7e4d90012ab3010", city: "ATL", street: "2440 Cheshire Bridge Rd NE", zipCode: "30324", dLat: 0.074, dLng: 0.05, hours: "allDay" },
  { offerId: "66a1f0c2b7e4d90012ab3010", city: "AUS", street: "7100 N Interstate 35", zipCode: "78752", dLat: 0.063, dLng: 0.038, hours: "allDay" },
  { offerId: "66a1f0c2b7e4d90012ab3011", city: "NYC", street: "151 W 34th St", zipCode: "10001", dLat: 0.0085, dLng: -0.0007, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab3011", city: "CHI", street: "111 N State St", zipCode: "60602", dLat: 0.0047, dLng: 0.0022, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab3011", city: "SF", street: "170 O'Farrell St", zipCode: "94102", dLat: 0.0112, dLng: 0.0129, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab3012", city: "ATL", street: "3393 Peachtree Rd NE", zipCode: "30326", dLat: 0.099, dLng: 0.025, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab3012", city: "PHL", street: "100 W Lancaster Ave", zipCode: "19003", dLat: 0.0555, dLng: -0.1355, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab3013", city: "NYC", street: "31 W 21st St", zipCode: "10010", dLat: -0.0008, dLng: 0.0016, hours: "cafe" },
  { offerId: "66a1f0c2b7e4d90012ab3013", city: "NYC", street: "525 W 26th St", zipCode: "10001", dLat: 0.0078, dLng: -0.0111, hours: "cafe" },
  { offerId: "66a1f0c2b7e4d90012ab3013", city: "SF", street: "1 Ferry Building", zipCode: "94111", dLat: 0.0206, dLng: 0.0259, hours: "cafe" },
  { offerId: "66a1f0c2b7e4d90012ab3015", city: "NYC", street: "5 Union Sq W", zipCode: "10003", dLat: -0.0058, dLng: 0.0018, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab3015", city: "ATL", street: "595 Piedmont Ave NE", zipCode: "30308", dLat: 0.02, dLng: 0.004, hours: "allDay" },
  { offerId: "66a1f0c2b7e4d90012ab3015", city: "CHI", street: "1200 N Clark St", zipCode: "60610", dLat: 0.026, dLng: -0.001, hours: "allDay" },
  { offerId: "66a1f0c2b7e4d90012ab3016", city: "PHL", street: "1000 S Christopher Columbus Blvd", zipCode: "19147", dLat: -0.0215, dLng: 0.0185, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab3016", city: "AUS", street: "10000 Research Blvd", zipCode: "78759", dLat: 0.116, dLng: -0.012, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab3017", city: "ATL", street: "1200 Dekalb Ave NE", zipCode: "30307", dLat: 0.005, dLng: 0.06, hours: "weekdays" },
  { offerId: "66a1f0c2b7e4d90012ab3017", city: "AUS", street: "4801 Burnet Rd", zipCode: "78756", dLat: 0.051, dLng: -0.0, hours: "weekdays" },
  { offerId: "66a1f0c2b7e4d90012ab3019", city: "NYC", street: "808 Broadway", zipCode: "10003", dLat: -0.0095, dLng: 0.0021, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab3019", city: "SF", street: "2299 Market St", zipCode: "94114", dLat: -0.0103, dLng: -0.0116, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab301b", city: "NYC", street: "147 E 23rd St", zipCode: "10010", dLat: -0.0011, dLng: 0.0094, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab301b", city: "CHI", street: "2500 N Elston Ave", zipCode: "60647", dLat: 0.0495, dLng: -0.0395, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab301b", city: "AUS", street: "1000 E 41st St", zipCode: "78751", dLat: 0.035, dLng: 0.017, hours: "retail" },
  { offerId: "66a1f0c2b7e4d90012ab301c", city: "CHI", street: "1800 W Division St", zipCode: "60622", dLat: 0.025, dLng: -0.042, hours: "weekdays" },
  { offerId: "66a1f0c2b7e4d90012ab301e", city: "SF", street: "1455 Valencia St", zipCode: "94110", dLat: -0.026, dLng: -0.0015, hours: "weekdays" },
  { offerId: "66a1f0c2b7e4d90012ab3021", city: "SF", street: "839 Clay St", zipCode: "94108", dLat: 0.0196, dLng: 0.0142, hours: "restaurant" },
  { offerId: "66a1f0c2b7e4d90012ab3022", city: "AUS", street: "1500 E 6th St", zipCode: "78702", dLat: -0.0035, dLng: 0.0165, hours: "cafe" },
  { offerId: "66a1f0c2b7e4d90012ab3022", city: "AUS", street: "2000 S 1st St", zipCode: "78704", dLat: -0.022, dLng: -0.0, hours: "cafe" },
  { offerId: "66a1f0c2b7e4d90012ab3023", city: "PHL", street: "700 S 4th St", zipCode: "19147", dLat: -0.011, dLng: 0.015, hours: "cafe" },
];
