package vn.hoctap.sheets.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.hoctap.sheets.layout.CellType;
import vn.hoctap.sheets.layout.Code;
import vn.hoctap.sheets.layout.Column;

/**
 * Reads one cell as the value of its column: the JSON value the request carries, or what is wrong with the cell.
 * Only the cell's form is judged here (a whole number, a date, a code from the list); whether the value is allowed
 * (a count above the total, a score above the maximum) is for the request's own records and the evaluator.
 */
final class CellReader {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private CellReader() {
    }

    /** The outcome of reading a cell: a value (possibly {@code null} for an empty cell) or a problem. */
    record Read(JsonNode value, String problemVi, String problemEn) {
        static Read of(JsonNode value) {
            return new Read(value, null, null);
        }

        static Read problem(String vi, String en) {
            return new Read(null, vi, en);
        }

        boolean ok() {
            return problemVi == null;
        }
    }

    /** The text of a cell as people see it, for error messages and for text columns. */
    static String shown(RawCell cell) {
        return switch (cell.kind()) {
            case NUMBER -> plain(cell.number());
            default -> cell.text();
        };
    }

    static Read read(RawCell cell, Column column, boolean textOnly) {
        switch (cell.kind()) {
            case BLANK:
                return Read.of(null);
            case ERROR:
                return Read.problem("ô có lỗi công thức " + cell.text(), "the cell holds the error " + cell.text());
            case FORMULA_WITHOUT_VALUE:
                return Read.problem("công thức chưa có giá trị đã tính; hãy mở tệp trong Excel, tính lại và lưu,"
                                + " hoặc thay công thức bằng giá trị",
                        "a formula whose result was never saved; open the file in Excel, recalculate and save, or"
                                + " type the value instead");
            default:
                break;
        }
        return switch (column.type()) {
            case TEXT -> text(cell);
            case WHOLE_NUMBER -> whole(cell);
            case DECIMAL -> decimal(cell);
            case YES_NO -> yesNo(cell);
            case CODE -> code(cell, column);
            case DATE -> date(cell, textOnly);
            case EVIDENCE -> evidence(cell);
        };
    }

    private static Read text(RawCell cell) {
        if (cell.kind() == RawCell.Kind.NUMBER) {
            return Read.problem("ô dạng số trong cột văn bản (Excel bỏ các số 0 ở đầu mã); hãy định dạng ô là"
                    + " Văn bản (Text) rồi nhập lại", "a number in a text column (Excel drops a code's leading zeros);"
                    + " format the cell as Text and type it again");
        }
        if (cell.kind() == RawCell.Kind.BOOLEAN) {
            return Read.problem("ô dạng đúng/sai trong cột văn bản", "a TRUE/FALSE cell in a text column");
        }
        return Read.of(JSON.textNode(nfc(cell.text()).strip()));
    }

    private static Read whole(RawCell cell) {
        if (cell.kind() == RawCell.Kind.NUMBER) {
            if (cell.dateFormatted()) {
                return Read.problem("ô định dạng ngày trong cột số; hãy định dạng ô là Số (Number)",
                        "a date in a number column; format the cell as Number");
            }
            double d = cell.number();
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                return Read.problem("phải là số nguyên", "must be a whole number");
            }
            return Read.of(JSON.numberNode((int) d));
        }
        String t = cell.text().strip();
        if (cell.kind() == RawCell.Kind.TEXT && WHOLE.matcher(t).matches() && t.length() <= 10) {
            long v = Long.parseLong(t);
            if (Math.abs(v) <= Integer.MAX_VALUE) {
                return Read.of(JSON.numberNode((int) v));
            }
        }
        return Read.problem("phải là số nguyên, viết liền không có dấu phân cách (ví dụ 1250)",
                "must be a whole number, without separators (e.g. 1250)");
    }

    private static Read decimal(RawCell cell) {
        if (cell.kind() == RawCell.Kind.NUMBER) {
            return Read.of(JSON.numberNode(new BigDecimal(plain(cell.number()))));
        }
        String t = cell.text().strip();
        if (cell.kind() == RawCell.Kind.TEXT && DECIMAL.matcher(t).matches()) {
            return Read.of(JSON.numberNode(new BigDecimal(t.replace(',', '.'))));
        }
        return Read.problem("phải là một số (ví dụ 8 hoặc 7,5)", "must be a number (e.g. 8 or 7.5)");
    }

    private static Read yesNo(RawCell cell) {
        if (cell.kind() == RawCell.Kind.BOOLEAN) {
            return Read.of(JSON.booleanNode("TRUE".equals(cell.text())));
        }
        String t = key(cell.text());
        return switch (t) {
            case "có", "co", "yes", "true" -> Read.of(JSON.booleanNode(true));
            case "không", "khong", "no", "false" -> Read.of(JSON.booleanNode(false));
            default -> Read.problem("phải là “có” hoặc “không” (để trống nếu chưa biết)",
                    "must be “có” (yes) or “không” (no); leave it empty if not known");
        };
    }

    private static Read code(RawCell cell, Column column) {
        String t = key(shown(cell));
        for (Code c : column.codes()) {
            if (t.equals(key(c.code())) || t.equals(key(c.nameVi())) || t.equals(key(c.nameEn()))) {
                return Read.of(JSON.textNode(c.code()));
            }
        }
        String allowedVi = String.join("; ", column.codes().stream().map(Code::nameVi).toList());
        String allowedEn = String.join("; ", column.codes().stream().map(Code::nameEn).toList());
        return Read.problem("không có trong danh sách; chọn một trong: " + allowedVi,
                "not in the list; choose one of: " + allowedEn);
    }

    private static Read date(RawCell cell, boolean textOnly) {
        if (cell.kind() == RawCell.Kind.NUMBER) {
            if (!cell.dateFormatted()) {
                return Read.problem("ô dạng số, không phải ngày; hãy định dạng ô là Ngày (Date)",
                        "a number, not a date; format the cell as Date");
            }
            return Read.of(JSON.textNode(DateUtil.getLocalDateTime(cell.number()).toLocalDate().toString()));
        }
        String t = cell.text().strip();
        if (!textOnly) {
            return Read.problem("ngày được nhập dạng chữ; hãy nhập lại dạng ngày (định dạng ô là Ngày)",
                    "a date typed as text; type it again as a date (format the cell as Date)");
        }
        try {
            return Read.of(JSON.textNode(LocalDate.parse(t).toString()));
        } catch (DateTimeParseException notIso) {
            try {
                return Read.of(JSON.textNode(LocalDate.parse(t, VI_DATE).toString()));
            } catch (DateTimeParseException notVi) {
                return Read.problem("không phải ngày; viết dd/MM/yyyy (31/01/2024) hoặc yyyy-MM-dd (2024-01-31)",
                        "not a date; write dd/MM/yyyy (31/01/2024) or yyyy-MM-dd (2024-01-31)");
            }
        }
    }

    private static Read evidence(RawCell cell) {
        if (cell.kind() != RawCell.Kind.TEXT) {
            return Read.problem("phải là văn bản nêu minh chứng (số, ngày văn bản)",
                    "must be text naming the evidence (document number, date)");
        }
        ArrayNode refs = JSON.arrayNode();
        for (String part : nfc(cell.text()).split("[;\\r\\n]+")) {
            if (!part.isBlank()) {
                refs.addObject().put("reference", part.strip());
            }
        }
        return Read.of(refs.isEmpty() ? null : refs);
    }

    /** A number as people write it: no exponent, no trailing ".0". */
    static String plain(double d) {
        BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** How a header or a code is compared: NFC, lower case, spaces and " / " between languages made one space. */
    static String key(String s) {
        return nfc(s).toLowerCase(Locale.ROOT).replaceAll("[\\s/]+", " ").strip();
    }
}
