package vn.hoctap.sheets.report;

import vn.hoctap.model.InvalidInputException;

/**
 * The counts of one year that the yearly report needs and that are not evaluations: how many communes and districts
 * there are, and how many have a learning-promotion association ("Hội Khuyến học"). Any count may be {@code null}
 * (not supplied); the report then leaves its cell empty and says so.
 *
 * @param year                     the year
 * @param communes                 communes of the province
 * @param communesWithAssociation  of which have a Hội Khuyến học
 * @param districts                districts of the province (none from 01/07/2025)
 * @param districtsWithAssociation of which have a Hội Khuyến học
 */
public record SuppliedCounts(Integer year, Integer communes, Integer communesWithAssociation, Integer districts,
                             Integer districtsWithAssociation) {
    public SuppliedCounts {
        if (year == null) {
            throw new InvalidInputException("year", "bắt buộc, không được để trống / is required");
        }
        nonNegative(communes, "communes");
        nonNegative(districts, "districts");
        part(communesWithAssociation, communes, "communesWithAssociation", "communes");
        part(districtsWithAssociation, districts, "districtsWithAssociation", "districts");
    }

    private static void nonNegative(Integer v, String field) {
        if (v != null && v < 0) {
            throw new InvalidInputException(field, "không được âm / must not be negative");
        }
    }

    private static void part(Integer v, Integer total, String field, String totalField) {
        nonNegative(v, field);
        if (v != null && total != null && v > total) {
            throw new InvalidInputException(field, "(" + v + ") lớn hơn " + totalField + " (" + total + ") / (" + v
                    + ") exceeds " + totalField + " (" + total + ")");
        }
    }
}
