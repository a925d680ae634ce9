/* Every Open Loyalty Pay wire payload, one zod schema each (one place to correct a shape). */
export * from "./common";
export * from "./requests";
export * from "./responses";
