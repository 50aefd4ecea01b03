package vn.hoctap.model.catalogue;

import static vn.hoctap.model.Checks.requiredText;

import vn.hoctap.model.InvalidInputException;

/**
 * Where a rule or a number comes from: document, article ("Điều"), clause ("khoản") and point ("điểm").
 *
 * @param document the document's number, e.g. "24/2023/TT-BGDĐT"
 * @param article  article number, or {@code null} when the whole document is meant
 * @param clause   clause number, or {@code null}
 * @param point    point letter ("a", "đ"), or {@code null}
 */
public record Citation(String document, Integer article, Integer clause, String point) {
    public Citation {
        requiredText(document, "document");
        if (clause != null && article == null) {
            throw new InvalidInputException("clause", "cần có điều / a clause needs an article");
        }
        if (point != null && clause == null) {
            throw new InvalidInputException("point", "cần có khoản / a point needs a clause");
        }
    }

    public static Citation of(String document, int article, int clause, String point) {
        return new Citation(document, article, clause, point);
    }

    public static Citation of(String document, int article, int clause) {
        return new Citation(document, article, clause, null);
    }

    public static Citation of(String document, int article) {
        return new Citation(document, article, null, null);
    }

    /** E.g. "điểm a khoản 2 Điều 6, 24/2023/TT-BGDĐT". */
    public String formatVi() {
        StringBuilder b = new StringBuilder();
        if (point != null) {
            b.append("điểm ").append(point).append(' ');
        }
        if (clause != null) {
            b.append("khoản ").append(clause).append(' ');
        }
        if (article != null) {
            b.append("Điều ").append(article).append(", ");
        }
        return b.append(document).toString();
    }

    /** E.g. "24/2023/TT-BGDĐT, Art. 6(2)(a)". */
    public String formatEn() {
        StringBuilder b = new StringBuilder(document);
        if (article != null) {
            b.append(", Art. ").append(article);
            if (clause != null) {
                b.append('(').append(clause).append(')');
            }
            if (point != null) {
                b.append('(').append(point).append(')');
            }
        }
        return b.toString();
    }
}
