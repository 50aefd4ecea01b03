/**
 * Bottom-up evaluation ("tổng hợp từ dưới lên"): a tree of requests — people inside communes and organisations,
 * communes inside a district, districts inside a province — and the tree of results, each level evaluated from the
 * counts the level below produced, each result keeping its own explanation.
 */
package vn.hoctap.model.rollup;
