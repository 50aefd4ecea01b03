package vn.hoctap.rules.pack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.rules.Evaluator;

/**
 * Building a pack grows linearly with its parameter file: 100,000 parameters once took minutes, because every entry
 * was looked up by a scan of each layer's list (issue 8, item 13). A pack 16 times larger is timed against a small one
 * in the same run, less the cost of a pack of one entry: linear is about 16 times, the quadratic step was over 50.
 */
class PackScaleTest {
    @TempDir
    Path dir;

    @Test
    void buildingGrowsLinearlyWithTheNumberOfParameters() throws IOException {
        ProvincePack one = pack("one", 1);
        ProvincePack small = pack("small", 500);
        ProvincePack large = pack("large", 8_000);
        build(one);
        build(small);
        build(large);
        long base = Long.MAX_VALUE;
        long smallNanos = Long.MAX_VALUE;
        long largeNanos = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            base = Math.min(base, build(one));
            smallNanos = Math.min(smallNanos, build(small));
            largeNanos = Math.min(largeNanos, build(large));
        }
        double ratio = (double) (largeNanos - base) / Math.max(1, smallNanos - base);
        assertTrue(ratio < 40, "16 times the parameters took " + ratio + " times as long (linear: about 16)");
    }

    private static long build(ProvincePack pack) {
        long start = System.nanoTime();
        Evaluator.builder().add(pack).build();
        return System.nanoTime() - start;
    }

    /** The test pack with {@code n} new parameters of indicator 2.1, each with one value. */
    private ProvincePack pack(String name, int n) throws IOException {
        Path d = dir.resolve(name);
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử").writeTo(d);
        StringBuilder json = new StringBuilder("{\"parameters\": [\n");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",\n").append("""
                    {"id": "TT24.C2.1.KT%d", "type": "PERCENT", "nameVi": "tỉ lệ %d", "nameEn": "share %d",
                     "values": [{"level": "LEVEL_1", "value": "95", "from": "2024-03-01",
                                 "citation": {"document": "%s", "article": 2}, "status": "VERIFIED"}]}"""
                    .formatted(i, i, i, TestPack.DOC));
        }
        Files.writeString(d.resolve("parameters.json"), json.append("]}").toString());
        return pack;
    }
}
