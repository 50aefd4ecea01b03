package vn.hoctap.sheets.write;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, made once (a workbook holds at most 64,000 styles). Number formats carry the
 * Vietnamese locale ({@code [$-42A]}), so that a spreadsheet program shows "1.234" and "92,31%" as Vietnamese
 * documents write them whatever the reader's own settings, where the program honours a format's locale.
 */
public final class Styles {
    /** The locale tag of Vietnamese (LCID 0x042A) in a number format. */
    static final String VI = "[$-42A]";

    /** Bold, wrapped, grey: a header cell. */
    public final CellStyle header;
    /** Plain text, top-aligned. */
    public final CellStyle text;
    /** Text that wraps. */
    public final CellStyle wrap;
    /** A whole number, "1.234". */
    public final CellStyle whole;
    /** A year: a number without a thousands separator (2024, not 2.024). */
    public final CellStyle year;
    /** A number with up to two decimals. */
    public final CellStyle decimal;
    /** A share, "92,31%". */
    public final CellStyle percent;
    /** A date, dd/mm/yyyy. */
    public final CellStyle date;
    /** A title line. */
    public final CellStyle title;
    /** Text format ("@"): what is typed stays text, leading zeros kept. */
    public final CellStyle textInput;
    /** Bold text. */
    public final CellStyle bold;

    /** The styles of {@code workbook}. */
    public Styles(Workbook workbook) {
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 13);

        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        title = workbook.createCellStyle();
        title.setFont(titleFont);

        whole = numeric(workbook, VI + "#,##0");
        year = numeric(workbook, "0");
        decimal = numeric(workbook, VI + "#,##0.##");
        percent = numeric(workbook, VI + "0.00%");
        date = numeric(workbook, "dd/mm/yyyy");
        textInput = workbook.createCellStyle();
        textInput.setDataFormat(workbook.createDataFormat().getFormat("@"));
    }

    private static CellStyle numeric(Workbook workbook, String format) {
        CellStyle s = workbook.createCellStyle();
        s.setDataFormat(workbook.createDataFormat().getFormat(format));
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setAlignment(HorizontalAlignment.RIGHT);
        return s;
    }
}
