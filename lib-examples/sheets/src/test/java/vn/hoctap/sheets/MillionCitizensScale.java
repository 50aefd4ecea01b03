package vn.hoctap.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.sheets.layout.Column;
import vn.hoctap.sheets.layout.Layout;

/**
 * A province's million citizens, read and evaluated at {@code -Xmx512m}: a scale run, not a timed unit test. Run with
 * {@code mvn -B -ntp -o -pl lib-examples/sheets -am verify -Pscale}; it prints the time and the peak heap.
 */
class MillionCitizensScale {
    private static final int PEOPLE = Integer.getInteger("scale.people", 1_000_000);

    @TempDir
    Path dir;

    /** Proves that a million-row citizens' workbook is evaluated whole within the heap the profile gives. */
    @Test
    void millionCitizens() throws Exception {
        Layout layout = Sheets.layout(SheetKind.CITIZENS, null);
        Path input = dir.resolve("cong-dan-1m.xlsx");
        long t0 = System.nanoTime();
        write(layout, input);
        System.out.printf("generated %,d rows in %.1f s, %,d bytes%n", PEOPLE, (System.nanoTime() - t0) / 1e9,
                Files.size(input));
        Evaluator evaluator = Evaluator.national();
        for (String detail : System.getProperty("scale.detail", "UNMET").split(",")) {
            System.gc();
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
            Path output = dir.resolve("ket-qua-" + detail + ".xlsx");
            long t1 = System.nanoTime();
            long cpu1 = cpu();
            WorkbookEvaluation.Outcome o;
            try (OutputStream out = Files.newOutputStream(output)) {
                o = WorkbookEvaluation.run(evaluator, List.of(input),
                        new WorkbookEvaluation.Options(null, null, false, Detail.valueOf(detail)), out, e -> { });
            }
            double seconds = (System.nanoTime() - t1) / 1e9;
            double cpuSeconds = (cpu() - cpu1) / 1e9;
            long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("detail %s: evaluated %,d in %.1f s wall, %.1f s CPU (%,.0f a CPU second), peak heap"
                            + " %,d MB (max %,d MB), output %,d bytes%n", detail, o.evaluated(), seconds, cpuSeconds,
                    o.evaluated() / cpuSeconds,
                    peak >> 20, Runtime.getRuntime().maxMemory() >> 20, Files.size(output));
            assertFalse(o.refused());
            assertEquals(PEOPLE, o.evaluated());
            Files.delete(output);
        }
    }

    /** The process's CPU time: on a shared machine wall time says more about the neighbours than about us. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    /** People as officials type them, shared strings as Excel saves them (names in the shared-string table). */
    private static void write(Layout layout, Path file) throws Exception {
        Random r = new Random(1);
        List<Column> columns = layout.main().columns();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, false); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Công dân");
            Row h = s.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                h.createCell(i).setCellValue(columns.get(i).header());
            }
            int year = columns.indexOf(Filled.column(layout.main(), "evaluationYear"));
            int commune = columns.indexOf(Filled.column(layout.main(), "Mã xã"));
            int id = columns.indexOf(Filled.column(layout.main(), "person.id"));
            int birth = columns.indexOf(Filled.column(layout.main(), "person.birthYear"));
            int firstScore = columns.indexOf(Filled.column(layout.main(), "scores.keepingInformed"));
            for (int p = 0; p < PEOPLE; p++) {
                Row row = s.createRow(p + 1);
                row.createCell(year).setCellValue(2024);
                row.createCell(commune).setCellValue(String.format("%05d", 100 + p % 150));
                row.createCell(id).setCellValue(String.format("0%011d", p));
                row.createCell(birth).setCellValue(1950 + r.nextInt(55));
                for (int i = 0; i < CitizenInput.values().length; i++) {
                    row.createCell(firstScore + i).setCellValue(5 + r.nextInt(6));
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }
}
