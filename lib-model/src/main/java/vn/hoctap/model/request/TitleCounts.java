package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.atMost;
import static vn.hoctap.model.Checks.nonNegative;
import static vn.hoctap.model.Checks.required;

/**
 * How many there are of a population (a clan's or hamlet's households, a hamlet's citizens) and how many of them hold
 * the title one level down ("Gia đình học tập", "Công dân học tập") for the evaluation year: the aggregate way to give
 * what the association's criteria count. A population of 0 is allowed; the indicators counting it then do not apply.
 *
 * @param total   how many there are
 * @param holding of whom hold the title; {@code null} if not known
 */
public record TitleCounts(Integer total, Integer holding) {
    public TitleCounts {
        required(total, "total");
        nonNegative(total, "total");
        atMost(holding, total, "holding", "total");
    }
}
