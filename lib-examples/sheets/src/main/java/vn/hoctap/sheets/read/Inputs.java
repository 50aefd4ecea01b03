package vn.hoctap.sheets.read;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tables of the files a user gives: every sheet of an .xlsx workbook, and each CSV file as one table (a kind with
 * a members' table takes two CSV files, or one workbook). Close it when done.
 */
public final class Inputs implements Closeable {
    private final List<TableSource> tables;
    private final List<Closeable> open;

    private Inputs(List<TableSource> tables, List<Closeable> open) {
        this.tables = List.copyOf(tables);
        this.open = List.copyOf(open);
    }

    /** Opens {@code files}: {@code .xlsx} workbooks and {@code .csv} files. */
    public static Inputs open(List<Path> files) throws IOException {
        List<TableSource> tables = new ArrayList<>();
        List<Closeable> open = new ArrayList<>();
        try {
            for (Path f : files) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
                    XlsxSource x = XlsxSource.open(f);
                    open.add(x);
                    tables.addAll(x.sheets());
                } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
                    tables.add(CsvSource.open(f));
                } else {
                    throw new IOException("chỉ đọc được tệp .xlsx hoặc .csv: " + f + " / only .xlsx or .csv files can"
                            + " be read: " + f);
                }
            }
        } catch (IOException | RuntimeException e) {
            for (Closeable c : open) {
                c.close();
            }
            throw e;
        }
        return new Inputs(tables, open);
    }

    /** Every table, in the order of the files and of their sheets. */
    public List<TableSource> tables() {
        return tables;
    }

    @Override
    public void close() throws IOException {
        for (Closeable c : open) {
            c.close();
        }
    }
}
