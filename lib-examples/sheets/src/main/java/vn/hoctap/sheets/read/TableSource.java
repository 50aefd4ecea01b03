package vn.hoctap.sheets.read;

import java.io.IOException;

/** One table of an input: a sheet of an .xlsx workbook or a CSV file, read as a stream as often as needed. */
public interface TableSource {
    /** The sheet's name, or the CSV file's name. */
    String name();

    /** Whether cells arrive as text only (a CSV file), so that dates typed as text are the only way to give them. */
    boolean textOnly();

    /** Streams the table's rows, the header row included, to {@code visitor}. */
    void read(TableVisitor visitor) throws IOException;
}
