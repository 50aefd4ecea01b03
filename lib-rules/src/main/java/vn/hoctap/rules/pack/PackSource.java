package vn.hoctap.rules.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where a pack's files are read from: a directory, or a resource directory on a class path. */
interface PackSource {
    /** The pack's own location: its directory, or {@code classpath:} and its resource directory. */
    String location();

    /** The full location of {@code file} (relative to the pack), as problems name it. */
    String location(String file);

    /** The bytes of {@code file}, or empty when there is no such file. */
    Optional<byte[]> bytes(String file) throws IOException;

    /** Every file of the pack relative to it, when the source can list them (a class path cannot, portably). */
    Optional<List<String>> files() throws IOException;

    /**
     * The text of {@code file}, or empty when there is no such file.
     *
     * @throws CharacterCodingException when it is not UTF-8 (Vietnamese in a legacy code page would be garbled)
     */
    default Optional<String> text(String file) throws IOException {
        Optional<byte[]> bytes = bytes(file);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.get())).toString());
    }

    /** A pack in a directory of the file system. */
    record Directory(Path root) implements PackSource {
        @Override
        public String location() {
            return root.toString();
        }

        @Override
        public String location(String file) {
            return root.resolve(file).toString();
        }

        @Override
        public Optional<byte[]> bytes(String file) throws IOException {
            try {
                return Optional.of(Files.readAllBytes(root.resolve(file)));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        }

        @Override
        public Optional<List<String>> files() throws IOException {
            if (!Files.isDirectory(root)) {
                return Optional.of(List.of());
            }
            try (Stream<Path> walk = Files.walk(root)) {
                return Optional.of(walk.filter(Files::isRegularFile)
                        .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList());
            }
        }
    }

    /** A pack under a resource directory, e.g. in a jar, read through a class loader. */
    record Classpath(String directory, ClassLoader loader) implements PackSource {
        @Override
        public String location() {
            return "classpath:" + directory;
        }

        @Override
        public String location(String file) {
            return "classpath:" + resource(file);
        }

        @Override
        public Optional<byte[]> bytes(String file) throws IOException {
            try (InputStream in = loader.getResourceAsStream(resource(file))) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        }

        @Override
        public Optional<List<String>> files() {
            return Optional.empty();
        }

        private String resource(String file) {
            return directory.isEmpty() ? file : directory + "/" + file;
        }
    }
}
