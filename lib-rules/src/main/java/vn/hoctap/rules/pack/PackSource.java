package vn.hoctap.rules.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.hoctap.rules.pack.PackProblem.Code;

/**
 * Where a pack's files are read from: a directory, or a resource directory on a class path. This is the one place
 * that reads a pack's files, and it reads only what belongs to the pack: in a directory, regular files whose real
 * path (links resolved) lies inside the pack's own real directory; anywhere, names that are valid relative paths and
 * files of at most {@link #MAX_FILE_BYTES}. Everything else is refused with a {@link RefusedFileException} before a
 * byte of it is read.
 */
interface PackSource {
    /**
     * The largest file a pack may hold: a province's parameter or rule file is a few kilobytes, and the bound keeps a
     * listed {@code /dev/zero}, or a file a hundred times the national catalogue, from exhausting the host's memory.
     */
    int MAX_FILE_BYTES = 4 * 1024 * 1024;

    /** The pack's own location: its directory, or {@code classpath:} and its resource directory. */
    String location();

    /** The full location of {@code file} (relative to the pack), as problems name it; never fails on odd names. */
    String location(String file);

    /**
     * The bytes of {@code file}, or empty when there is no such file.
     *
     * @throws RefusedFileException when the file is not the pack's to read (see the class comment)
     */
    Optional<byte[]> bytes(String file) throws IOException;

    /** Every file of the pack relative to it, when the source can list them (a class path cannot, portably). */
    Optional<List<String>> files() throws IOException;

    /**
     * The text of {@code file}, or empty when there is no such file.
     *
     * @throws CharacterCodingException when it is not UTF-8 (Vietnamese in a legacy code page would be garbled)
     */
    static String text(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * {@code name} as problems may print it: control characters (a NUL among them) written as {@code \\uXXXX}, so
     * that a message never carries them.
     */
    static String printable(String name) {
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** Refuses a name with a control character (a NUL cannot be in a path, the others only mislead). */
    static void checkName(String name) throws RefusedFileException {
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE)) {
            throw new RefusedFileException(Code.INVALID_FILE_NAME, "tên tệp '" + printable(name) + "' có ký tự điều"
                    + " khiển (như NUL), không phải đường dẫn hợp lệ", "file name '" + printable(name) + "' holds a"
                    + " control character (such as NUL) and is not a valid path");
        }
    }

    /** At most {@link #MAX_FILE_BYTES} of {@code in}, refused when there is more. */
    static byte[] bounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    private static RefusedFileException tooLarge() {
        return new RefusedFileException(Code.FILE_TOO_LARGE, "tệp lớn hơn " + MAX_FILE_BYTES / (1024 * 1024)
                + " MB, giới hạn cho một tệp của bộ tiêu chí", "the file is larger than " + MAX_FILE_BYTES
                / (1024 * 1024) + " MB, the bound for one file of a pack");
    }

    /** A pack in a directory of the file system. */
    record Directory(Path root) implements PackSource {
        @Override
        public String location() {
            return root.toString();
        }

        @Override
        public String location(String file) {
            return root + root.getFileSystem().getSeparator() + printable(file);
        }

        @Override
        public Optional<byte[]> bytes(String file) throws IOException {
            Path real = resolve(file);
            if (real == null) {
                return Optional.empty();
            }
            // Opened without following links: the real path has none left, and one swapped in since is refused.
            try (InputStream in = Channels.newInputStream(Files.newByteChannel(real, StandardOpenOption.READ,
                    LinkOption.NOFOLLOW_LINKS))) {
                return Optional.of(bounded(in));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        }

        /**
         * The real path of the pack's regular file {@code file}, or {@code null} when there is nothing there (a
         * dangling link included).
         */
        private Path resolve(String file) throws IOException {
            checkName(file);
            Path path;
            try {
                path = root.resolve(file).normalize();
            } catch (InvalidPathException e) {
                throw new RefusedFileException(Code.INVALID_FILE_NAME, "tên tệp '" + printable(file) + "' không phải"
                        + " đường dẫn hợp lệ", "file name '" + printable(file) + "' is not a valid path");
            }
            Path real;
            Path realRoot;
            try {
                realRoot = root.toRealPath();
                real = path.toRealPath();
            } catch (NoSuchFileException e) {
                return null;
            }
            if (!path.startsWith(root) || !real.startsWith(realRoot)) {
                throw new RefusedFileException(Code.FILE_OUTSIDE_PACK, "tệp '" + printable(file) + "' là liên kết (hoặc"
                        + " đường dẫn) dẫn ra ngoài thư mục của bộ tiêu chí; bộ tiêu chí chỉ đọc tệp nằm trong thư mục"
                        + " của nó", "file '" + printable(file) + "' is a link (or path) that leads out of the pack's"
                        + " directory; a pack reads only files inside its own directory");
            }
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                String whatVi = attributes.isDirectory() ? "một thư mục" : "không phải tệp thường (FIFO, thiết bị, ...)";
                String whatEn = attributes.isDirectory() ? "a directory" : "not a regular file (a FIFO, a device, ...)";
                throw new RefusedFileException(Code.FILE_NOT_REGULAR, "'" + printable(file) + "' là " + whatVi
                        + "; bộ tiêu chí chỉ đọc tệp thường", "'" + printable(file) + "' is " + whatEn + "; a pack"
                        + " reads regular files only");
            }
            if (attributes.size() > MAX_FILE_BYTES) {
                throw tooLarge();
            }
            return real;
        }

        @Override
        public Optional<List<String>> files() throws IOException {
            if (!Files.isDirectory(root)) {
                return Optional.of(List.of());
            }
            try (Stream<Path> walk = Files.walk(root)) {
                return Optional.of(walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
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
            return "classpath:" + resource(printable(file));
        }

        @Override
        public Optional<byte[]> bytes(String file) throws IOException {
            checkName(file);
            try (InputStream in = loader.getResourceAsStream(resource(file))) {
                return in == null ? Optional.empty() : Optional.of(bounded(in));
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
