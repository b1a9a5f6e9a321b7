export { COST_MODES, ZERO_COST, addCosts, costOf, costWith, formatUsd, priceOf } from './cost';
export type { Cost, CostMode, ModelPrice, PriceOverride, PriceOverrides, TokenUsage } from './cost';
export { PRICE_TABLE, PRICE_TABLE_RETRIEVED, PRICE_TABLE_SOURCES } from './priceTable';
export type { PriceRow } from './priceTable';
export { BudgetReachedError, mostItCouldCost, RunBudget } from './budget';
