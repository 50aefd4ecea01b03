package vn.hoctap.sheets.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the dossier and report commands write: one name, two files, the .xlsx an official keeps working in and the
 * .html page they print and sign.
 *
 * @param xlsx the workbook
 * @param html the printable page
 */
record PrintablePair(Path xlsx, Path html) {
    /** Something that writes itself to a stream. */
    @FunctionalInterface
    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Writes {@code base}.xlsx with {@code workbook} and {@code base}.html with {@code page}. */
    static PrintablePair write(String base, Writing workbook, Writing page) throws IOException {
        PrintablePair files = new PrintablePair(Path.of(base + ".xlsx"), Path.of(base + ".html"));
        try (OutputStream o = Files.newOutputStream(files.xlsx())) {
            workbook.to(o);
        }
        try (OutputStream o = Files.newOutputStream(files.html())) {
            page.to(o);
        }
        return files;
    }

    @Override
    public String toString() {
        return xlsx + ", " + html;
    }
}
