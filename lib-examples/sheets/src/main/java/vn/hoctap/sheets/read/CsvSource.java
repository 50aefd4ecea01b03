package vn.hoctap.sheets.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * A CSV file as one table, read with commons-csv: UTF-8 with or without a byte-order mark, fields separated by commas
 * or by semicolons (as Excel saves CSV where the decimal separator is a comma), quoted fields over several lines.
 * The separator is a semicolon when one splits the header row (headers may hold commas, as Vietnamese text
 * does), else a comma.
 */
public final class CsvSource implements TableSource {
    private final Path file;
    private final char delimiter;

    private CsvSource(Path file, char delimiter) {
        this.file = file;
        this.delimiter = delimiter;
    }

    /** The CSV file {@code file}, its separator found from its header row. */
    public static CsvSource open(Path file) throws IOException {
        String header;
        try (BufferedReader r = reader(file)) {
            header = r.readLine();
        }
        if (header == null) {
            return new CsvSource(file, ',');
        }
        return new CsvSource(file, fields(header, ';') > 1 ? ';' : ',');
    }

    private static int fields(String line, char delimiter) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(line), format(delimiter))) {
            List<CSVRecord> records = p.getRecords();
            return records.isEmpty() ? 0 : records.get(0).size();
        } catch (IOException | RuntimeException e) {
            // a header row cut inside a quoted field by readLine(): this separator cannot be judged on it
            return 0;
        }
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(false).get();
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    @Override
    public boolean textOnly() {
        return true;
    }

    /** The field separator found. */
    public char delimiter() {
        return delimiter;
    }

    @Override
    public void read(TableVisitor visitor) throws IOException {
        try (Reader r = reader(file); CSVParser parser = CSVParser.parse(r, format(delimiter))) {
            for (CSVRecord record : parser) {
                List<RawCell> cells = new ArrayList<>(record.size());
                boolean any = false;
                for (int i = 0; i < record.size(); i++) {
                    RawCell c = RawCell.text(i, record.get(i));
                    any |= !c.isBlank();
                    cells.add(c);
                }
                if (any) {
                    visitor.row((int) record.getRecordNumber(), cells);
                }
            }
        } catch (CharacterCodingException e) {
            throw new IOException("tệp " + name() + " không phải UTF-8; hãy lưu lại dạng “CSV UTF-8” / " + name()
                    + " is not UTF-8; save it again as “CSV UTF-8”", e);
        } catch (java.io.UncheckedIOException e) {
            throw new IOException("tệp CSV " + name() + " sai cú pháp / malformed CSV " + name() + ": "
                    + e.getCause().getMessage(), e);
        }
    }
}
