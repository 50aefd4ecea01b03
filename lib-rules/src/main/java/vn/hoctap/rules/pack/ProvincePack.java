package vn.hoctap.rules.pack;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * A province's rule pack ("bộ tiêu chí của tỉnh"): a directory that adapts the national criteria for one province
 * over a period, without forking the library. It holds
 * <ul>
 *   <li>{@code pack.json}: the province, the instrument that issued the criteria (number, date), the period in force,
 *       the layer name shown in explanations, and the list of the pack's other files;</li>
 *   <li>parameter files, in the format of the national {@code parameters.json}: a value for an existing id overrides
 *       it, a new id needs a full definition;</li>
 *   <li>overlay files: criteria the pack adds to schemes, national criteria it replaces or switches off (by id, each
 *       with the province's citation), schemes it renames, and schemes of its own;</li>
 *   <li>DRL files with the rules that judge the indicators the pack adds or replaces, written against
 *       {@link vn.hoctap.rules.engine.Check}.</li>
 * </ul>
 * A pack that only changes numbers has no DRL: nothing is compiled and it loads in milliseconds. The README section
 * "Viết bộ tiêu chí của tỉnh / Writing a province pack" describes the format.
 *
 * <p>This handle only says where the pack is. It is read, compiled and checked by
 * {@code Evaluator.builder().add(pack).build()}, which reports every problem at once in a
 * {@link PackValidationException}.
 *
 * <p><b>Trust.</b> A pack's DRL is Java code that runs inside the host application with all of its rights (files,
 * network, memory), and some of it runs while the evaluator is built (an {@code eval} without bindings), not only
 * when evaluating. Load packs only from a trusted source, as you would a library. What the library does refuse: files
 * outside the pack's directory (links resolved), anything but regular files, files over 4 MB, invalid names; and a
 * rule session that fires past its bound ({@link vn.hoctap.rules.EvaluationAbortedException}).
 */
public final class ProvincePack {
    private final PackSource source;

    private ProvincePack(PackSource source) {
        this.source = source;
    }

    /** The pack in {@code directory} (the one holding {@code pack.json}). */
    public static ProvincePack fromDirectory(Path directory) {
        return new ProvincePack(new PackSource.Directory(requireNonNull(directory, "directory").toAbsolutePath()
                .normalize()));
    }

    /**
     * The pack under a resource directory on a class path, e.g. {@code vn/hoctap/examples/packs/tinh-vi-du} inside a
     * jar. Its files are read through {@code loader} by the names {@code pack.json} lists, so it works in any jar
     * layout; files it does not list cannot be detected there, unlike in a directory.
     */
    public static ProvincePack fromClasspath(String resourceDirectory, ClassLoader loader) {
        String dir = requireNonNull(resourceDirectory, "resourceDirectory");
        while (dir.startsWith("/")) {
            dir = dir.substring(1);
        }
        while (dir.endsWith("/")) {
            dir = dir.substring(0, dir.length() - 1);
        }
        return new ProvincePack(new PackSource.Classpath(dir, requireNonNull(loader, "loader")));
    }

    /** Where the pack is: its directory, or {@code classpath:} and its resource directory. */
    public String location() {
        return source.location();
    }

    PackSource source() {
        return source;
    }

    @Override
    public String toString() {
        return "ProvincePack[" + location() + "]";
    }
}
