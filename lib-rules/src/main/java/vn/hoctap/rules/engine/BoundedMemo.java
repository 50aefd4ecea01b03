package vn.hoctap.rules.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed once per key and kept, up to a bound; past it, values are computed each time and not kept. For
 * what a commune's thousands of subjects share (a parameter's resolution, a formatted number, the calendar of a
 * verdict), where the keys a real evaluation meets are few but a hostile one could bring many. Thread-safe; the
 * function must be pure.
 *
 * @param <K> the key, with value equality
 * @param <V> the value
 */
public final class BoundedMemo<K, V> {
    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final int bound;

    /** A memo keeping at most {@code bound} values. */
    public BoundedMemo(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        this.bound = bound;
    }

    /** The value kept for {@code key}, or {@code null}: with {@link #keep}, for callers that would rather not make a
     * function object per look-up on a hot path. */
    public V find(K key) {
        return values.get(key);
    }

    /** Keeps {@code value} for {@code key} while room is left; returns the value kept for it (this one or an earlier). */
    public V keep(K key, V value) {
        if (values.size() < bound) {
            V earlier = values.putIfAbsent(key, value);
            return earlier != null ? earlier : value;
        }
        return value;
    }

    /** The value for {@code key}: kept from an earlier call, or {@code compute}d now (and kept while room is left). */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V v = values.get(key);
        if (v == null) {
            v = compute.apply(key);
            if (values.size() < bound) {
                values.putIfAbsent(key, v);
            }
        }
        return v;
    }
}
