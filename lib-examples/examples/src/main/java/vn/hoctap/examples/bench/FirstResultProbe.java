package vn.hoctap.examples.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import vn.hoctap.examples.SampleProvince;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.Evaluator;

/**
 * Run in a fresh JVM: the time from the JVM's start, and from {@code main}, to the first explained "Công dân học tập"
 * result; the heap {@code Evaluator.national()} retains (used heap after a full GC, with and without it); and the
 * size of one explained assessment as a JSON line, the unit of a stream's output.
 *
 * <pre>{@code
 * java -cp "$(cat classpath)" vn.hoctap.examples.bench.FirstResultProbe
 * }</pre>
 */
public final class FirstResultProbe {
    private FirstResultProbe() {
    }

    public static void main(String[] args) throws com.fasterxml.jackson.core.JsonProcessingException {
        long main = System.nanoTime();
        long fromJvm = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long before = usedAfterGc();
        long built = System.nanoTime();
        Evaluator evaluator = Evaluator.national();
        CitizenEvaluationRequest person = SampleProvince.people(1, 1, 1, 1).next().request();
        Assessment first = evaluator.evaluate(person);
        double toFirst = (System.nanoTime() - main) / 1e6;
        double building = (System.nanoTime() - built) / 1e6;
        long with = usedAfterGc();
        java.lang.ref.Reference.reachabilityFence(evaluator);
        int json = HoctapJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsBytes(first).length;
        System.out.printf(Locale.ROOT, "first explained result: %.0f ms from main (%.0f ms building and evaluating),"
                        + " %.0f ms from JVM start%n", toFirst, building, fromJvm + toFirst);
        System.out.printf(Locale.ROOT, "heap retained by Evaluator.national(): %.1f MB%n",
                (with - before) / 1048576.0);
        System.out.printf(Locale.ROOT, "one explained assessment as a JSON line: %,d bytes%n", json);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
