package vn.hoctap.cli.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.cli.Hoctap;

/** The spreadsheet tools reached through {@code hoctap}, as the runnable jar's users call them. */
class SpreadsheetCommandsTest {
    @TempDir
    Path dir;

    /** Proves that {@code hoctap --help} lists the four spreadsheet commands beside the module's own. */
    @Test
    void helpListsTheSpreadsheetCommands() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Hoctap.run(InputStream.nullInputStream(), new PrintStream(out), new PrintStream(OutputStream.nullOutputStream()),
                "--help");
        assertEquals(0, code);
        String help = out.toString(StandardCharsets.UTF_8);
        for (String command : new String[] {"template", "workbook", "dossier", "report", "evaluate"}) {
            assertTrue(help.contains("  " + command), command + " missing from:\n" + help);
        }
    }

    /**
     * Proves that {@code hoctap template units} writes a real .xlsx that POI reads back with
     * the units sheet, and that stderr stays empty (no log4j provider line from POI).
     */
    @Test
    void templateWritesAWorkbook() throws Exception {
        Path file = dir.resolve("mau.xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Hoctap.run(InputStream.nullInputStream(), new PrintStream(out), new PrintStream(err),
                "template", "units", "--year", "2024", "-o", file.toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.getSheet("Đơn vị") != null, "the units sheet is in the template");
        }
    }
}
