package vn.hoctap.rules.engine;

import java.util.Objects;

/** A fact derived by rules: the unit under evaluation belongs to {@link #getCategory()}. */
public final class Classification {
    private final UnitCategory category;

    public Classification(UnitCategory category) {
        this.category = Objects.requireNonNull(category);
    }

    public UnitCategory getCategory() {
        return category;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Classification c && c.category == category;
    }

    @Override
    public int hashCode() {
        return category.hashCode();
    }

    @Override
    public String toString() {
        return "Classification[" + category + "]";
    }
}
