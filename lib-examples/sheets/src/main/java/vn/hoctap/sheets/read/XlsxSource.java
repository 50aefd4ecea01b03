package vn.hoctap.sheets.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The sheets of an .xlsx workbook, read through POI's event API ({@link XSSFReader}): each sheet's XML is streamed
 * with SAX, so memory does not grow with its rows. POI resolves the package, the shared strings and the styles; this
 * class only turns each {@code <c>} element into a {@link RawCell}, keeping what the user model would hide: a
 * formula whose result was never saved, and the merged ranges.
 */
public final class XlsxSource implements Closeable {
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final List<Sheet> sheets = new ArrayList<>();

    private XlsxSource(Path file) throws IOException {
        try {
            this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            this.reader = new XSSFReader(pkg);
            this.strings = new ReadOnlySharedStringsTable(pkg, false);
            this.styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                it.next().close();
                sheets.add(new Sheet(it.getSheetName(), it.getSheetPart().getPartName().getName()));
            }
        } catch (InvalidFormatException e) {
            throw new IOException("không phải tệp .xlsx hợp lệ / not a valid .xlsx file: " + file, e);
        } catch (OpenXML4JException | SAXException e) {
            throw new IOException("không đọc được tệp / cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens {@code file}; the caller closes it when every sheet has been read. */
    public static XlsxSource open(Path file) throws IOException {
        return new XlsxSource(file);
    }

    /** The workbook's sheets, in the workbook's order. */
    public List<TableSource> sheets() {
        return List.copyOf(sheets);
    }

    @Override
    public void close() throws IOException {
        pkg.revert();
    }

    private final class Sheet implements TableSource {
        private final String name;
        private final String partName;

        Sheet(String name, String partName) {
            this.name = name;
            this.partName = partName;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean textOnly() {
            return false;
        }

        @Override
        public void read(TableVisitor visitor) throws IOException {
            XSSFReader.SheetIterator it;
            try {
                it = (XSSFReader.SheetIterator) reader.getSheetsData();
            } catch (InvalidFormatException e) {
                throw new IOException(e);
            }
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    if (it.getSheetPart().getPartName().getName().equals(partName)) {
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(new SheetHandler(visitor));
                        xml.parse(new InputSource(in));
                        return;
                    }
                } catch (SAXException | ParserConfigurationException e) {
                    throw new IOException("trang tính " + name + " hỏng / sheet " + name + " is damaged: "
                            + e.getMessage(), e);
                }
            }
        }
    }

    /** Turns the SAX events of one sheet's XML into rows of raw cells. */
    private final class SheetHandler extends DefaultHandler {
        private final TableVisitor visitor;
        private final StringBuilder value = new StringBuilder();
        private List<RawCell> cells = new ArrayList<>();
        private int row;
        private int column;
        private String type;
        private int style;
        private boolean formula;
        private boolean hasValue;
        private boolean collecting;

        SheetHandler(TableVisitor visitor) {
            this.visitor = visitor;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r != null ? Integer.parseInt(r) : row + 1;
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r != null ? new CellReference(r).getCol() : column + 1;
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    formula = false;
                    hasValue = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> {
                    hasValue = true;
                    collecting = true;
                }
                case "t" -> {
                    if ("inlineStr".equals(type)) {
                        hasValue = true;
                        collecting = true;
                    }
                }
                case "mergeCell" -> {
                    String ref = attributes.getValue("ref");
                    CellRangeAddress range = CellRangeAddress.valueOf(ref);
                    visitor.merged(range.getFirstRow() + 1, range.getFirstColumn(), ref);
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "c" -> cells.add(cell());
                case "row" -> {
                    if (cells.stream().anyMatch(c -> !c.isBlank())) {
                        visitor.row(row, List.copyOf(cells));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                value.append(ch, start, length);
            }
        }

        private RawCell cell() {
            if (formula && !hasValue) {
                return new RawCell(column, RawCell.Kind.FORMULA_WITHOUT_VALUE, "", null, false);
            }
            String v = value.toString();
            if (!hasValue) {
                return new RawCell(column, RawCell.Kind.BLANK, "", null, false);
            }
            return switch (type == null ? "n" : type) {
                case "s" -> RawCell.text(column, strings.getItemAt(Integer.parseInt(v.trim())).getString());
                case "inlineStr", "str", "d" -> RawCell.text(column, v);
                case "b" -> new RawCell(column, RawCell.Kind.BOOLEAN, "1".equals(v.trim()) ? "TRUE" : "FALSE", null,
                        false);
                case "e" -> new RawCell(column, RawCell.Kind.ERROR, v, null, false);
                default -> number(v);
            };
        }

        private RawCell number(String v) {
            if (v.isBlank()) {
                return new RawCell(column, RawCell.Kind.BLANK, "", null, false);
            }
            double d = Double.parseDouble(v.trim());
            boolean date = false;
            if (style >= 0 && style < styles.getNumCellStyles()) {
                XSSFCellStyle s = styles.getStyleAt(style);
                date = DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
            }
            return new RawCell(column, RawCell.Kind.NUMBER, v.trim(), d, date);
        }
    }
}
