package vn.hoctap.model.request;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The by-name lookup every title's {@link Input} enum offers, built once here. */
final class Inputs {
    private Inputs() {
    }

    /**
     * The inputs keyed by {@link Input#jsonName()}, for an enum's {@code fromJsonName}; fails at class initialisation
     * if two inputs share a name, which would make a request ambiguous.
     */
    static <E extends Input> Map<String, E> byJsonName(E[] values) {
        return Arrays.stream(values).collect(Collectors.toUnmodifiableMap(Input::jsonName, Function.identity()));
    }
}
