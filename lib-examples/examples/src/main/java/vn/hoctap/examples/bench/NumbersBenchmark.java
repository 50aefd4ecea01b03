package vn.hoctap.examples.bench;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.hoctap.model.text.Language;
import vn.hoctap.model.text.Numbers;

/**
 * The cost of writing one number of an explanation the Vietnamese way (a percentage such as "92,31 %"), which the
 * sentence makers do for every share of every indicator of every subject:
 *
 * <ul>
 *   <li>{@code numbers}: {@link Numbers#percent(BigDecimal)}, the library's formatter on the locale's symbols;</li>
 *   <li>{@code replace}: what the sentences did before, {@code toPlainString().replace('.', ',')};</li>
 *   <li>{@code threadLocalDecimalFormat}: a {@link DecimalFormat} kept per thread;</li>
 *   <li>{@code numberFormatPerCall}: {@code NumberFormat.getInstance(vi-VN)} for each number.</li>
 * </ul>
 * Nanoseconds per number; run with {@code -prof gc} for allocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class NumbersBenchmark {
    private static final ThreadLocal<DecimalFormat> PER_THREAD = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Language.VI.locale())));

    /** A share as the sentences show it: 12 of 13. */
    private final BigDecimal share = Numbers.roundedPercent(12, 13);

    @Benchmark
    public String numbers() {
        return Numbers.vi().percent(share);
    }

    @Benchmark
    public String replace() {
        return share.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    @Benchmark
    public String threadLocalDecimalFormat() {
        return PER_THREAD.get().format(share) + " %";
    }

    @Benchmark
    public String numberFormatPerCall() {
        NumberFormat f = NumberFormat.getInstance(Language.VI.locale());
        f.setMaximumFractionDigits(2);
        return f.format(share) + " %";
    }
}
