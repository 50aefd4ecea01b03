package vn.hoctap.model.request;

import java.util.List;

/**
 * An input a rule can read from a subject's request: a statement, a share of a population, or a level on an
 * ordered scale. Each title's inputs are an enum implementing this ({@link UnitInput} for "Đơn vị học tập"), so
 * rules name inputs by constant and the engine measures any of them the same way.
 */
public interface Input {
    /** How the input is measured. */
    enum Measure {
        /** A yes/no statement by the subject. */
        STATEMENT,
        /** How many of a population have an attribute. */
        SHARE,
        /** A value on an ordered scale ({@link #scale()}). */
        LEVEL,
        /** Points the subject scores on the indicator (a self-assessment), from 0 to the indicator's maximum. */
        SCORE,
        /** A whole number of things done in the evaluation year, e.g. education programmes run ({@link #unitVi()}). */
        COUNT,
        /**
         * A figure for the evaluation year and for the year before ({@link YearOnYear}), compared with each other,
         * e.g. per-capita income ({@link #unitVi()}).
         */
        YEAR_ON_YEAR
    }

    /** The input's name in requests and in the {@code evidence} map. */
    String jsonName();

    Measure measure();

    /** What the input says, in Vietnamese: a noun phrase such as "kế hoạch học tập hằng năm ...". */
    String descriptionVi();

    String descriptionEn();

    /** For shares: the population counted, e.g. "thành viên". */
    default String populationVi() {
        throw new UnsupportedOperationException(jsonName() + " is not a share");
    }

    /** For shares: the population counted, e.g. "members". */
    default String populationEn() {
        throw new UnsupportedOperationException(jsonName() + " is not a share");
    }

    /** For shares: the attribute counted, as a predicate, e.g. "đạt danh hiệu “Công dân học tập”". */
    default String attributeVi() {
        throw new UnsupportedOperationException(jsonName() + " is not a share");
    }

    /** For shares: the attribute counted, e.g. "hold the title 'Learning citizen'". */
    default String attributeEn() {
        throw new UnsupportedOperationException(jsonName() + " is not a share");
    }

    /** For counts and year-on-year figures: the unit the figure is given in, e.g. "chương trình", "%". */
    default String unitVi() {
        throw new UnsupportedOperationException(jsonName() + " has no unit");
    }

    /** For counts and year-on-year figures: the unit, e.g. "programmes", "%". */
    default String unitEn() {
        throw new UnsupportedOperationException(jsonName() + " has no unit");
    }

    /** For levels: the scale, lowest first. */
    default List<? extends ScaleLevel> scale() {
        throw new UnsupportedOperationException(jsonName() + " is not a level");
    }
}
