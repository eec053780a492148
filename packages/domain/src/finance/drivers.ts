/**
 * The drivers a model's results can be flexed by. Every driver is a multiplicative factor whose base
 * value is 1: `price` scales every sales price, `volume` every quantity produced (the mine plan is not
 * re-scheduled), `capex` every capital cost (and with it depreciation and residual value), `fixedOpex`
 * and `variableOpex` the operating costs, `royalty` the royalties, `taxRate` the income-tax rate,
 * `discountRate` the discount rate, `grade` and `recovery` the metal from each tonne of ore (mines
 * only). `price:<product>` flexes one product's or commodity's price.
 */
export const BASE_DRIVERS = [
  'price',
  'volume',
  'capex',
  'fixedOpex',
  'variableOpex',
  'royalty',
  'taxRate',
  'discountRate',
  'grade',
  'recovery',
] as const;

/** A driver name: one of `BASE_DRIVERS` or `price:<product name>`. */
export type DriverKey = (typeof BASE_DRIVERS)[number] | `price:${string}`;

/** Index of each base driver in a driver vector. */
export const DRIVER_INDEX = {
  price: 0,
  volume: 1,
  capex: 2,
  fixedOpex: 3,
  variableOpex: 4,
  royalty: 5,
  taxRate: 6,
  discountRate: 7,
  grade: 8,
  recovery: 9,
} as const satisfies Record<(typeof BASE_DRIVERS)[number], number>;
