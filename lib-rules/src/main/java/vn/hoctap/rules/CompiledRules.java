package vn.hoctap.rules;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.kie.api.KieBase;

/**
 * The compiled rules of a {@link RulePack}: one Drools rule base, shared and thread-safe, either given built or built
 * once, when first needed.
 *
 * <p>Why deferred: building a rule base costs hundreds of milliseconds in a fresh JVM (mostly Drools loading its own
 * classes), and a first evaluation needs the rules of one pack only, so the national packs' bases are built when a
 * rule of their pack must first run ({@link RulePack#national()}). The first thread to need a base builds it; threads
 * that need it meanwhile wait for it; each base is built once, and a failure to build it is kept and reported to
 * every caller.
 *
 * <p>A host that wants every base built before its first request (a service warming up) calls {@link #kieBase()}
 * on each pack's rules: {@code RulePack.national().forEach(RulePack::kieBase)}.
 *
 * <p>Equal when they are, or will be, the same rule base: two values made {@link #of} the same {@code KieBase}, or
 * the same value.
 */
public final class CompiledRules {
    /** The built base, or the one-shot task that builds it. */
    private final Object source;

    private CompiledRules(Object source) {
        this.source = source;
    }

    /** Rules already built. */
    public static CompiledRules of(KieBase kieBase) {
        return new CompiledRules(requireNonNull(kieBase, "kieBase"));
    }

    /**
     * Rules that {@code build} makes when first {@linkplain #kieBase() needed}; {@code build} runs once.
     */
    static CompiledRules deferred(Supplier<KieBase> build) {
        requireNonNull(build, "build");
        return new CompiledRules(new FutureTask<>(() -> requireNonNull(build.get(), "built rule base")));
    }

    /**
     * The rule base: built on this thread if nobody has started building it, waited for if another thread is
     * building it.
     *
     * @throws IllegalStateException when building failed (every caller sees the same failure), or the thread was
     *                               interrupted while waiting
     */
    public KieBase kieBase() {
        if (source instanceof KieBase built) {
            return built;
        }
        FutureTask<?> task = (FutureTask<?>) source;
        task.run(); // builds here unless the task has started, on this thread or another
        try {
            return (KieBase) task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("cannot build the rule base", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the rule base", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("the rule base's build was cancelled", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompiledRules other && other.source == source;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(source);
    }

    @Override
    public String toString() {
        return source instanceof FutureTask<?> task && !task.isDone() ? "CompiledRules[not built yet]"
                : "CompiledRules[built]";
    }
}
