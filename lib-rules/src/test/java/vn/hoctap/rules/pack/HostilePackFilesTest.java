package vn.hoctap.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.hoctap.rules.pack.RefusedBuilds.only;
import static vn.hoctap.rules.pack.RefusedBuilds.problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.pack.PackProblem.Code;

/**
 * A pack reads regular files inside its own directory only: links that leave it, FIFOs, devices, directories, names
 * that are no path and files above the size bound are each refused as a problem naming the file, and nothing of a
 * refused file is read or echoed. Each test is built from a reproducer of issue 8.
 */
class HostilePackFilesTest {
    @TempDir
    Path dir;

    /** A link out of the pack once replaced its parameters and turned NOT_RECOGNISED into LEVEL_1. */
    @Test
    void aListedFileLinkedFromOutsideThePackIsRefused() throws IOException {
        Path pack = dir.resolve("pack");
        TestPack.parametersOnly("Tỉnh Kiểm Thử").writeTo(pack);
        Path outside = dir.resolve("outside.json");
        Files.move(pack.resolve("parameters.json"), outside);
        Files.createSymbolicLink(pack.resolve("parameters.json"), outside);
        PackProblem p = only(problems(ProvincePack.fromDirectory(pack)), Code.FILE_OUTSIDE_PACK);
        assertEquals(pack.resolve("parameters.json").toString(), p.file());
        assertTrue(p.messageVi().contains("parameters.json") && p.messageEn().contains("outside")
                || p.messageEn().contains("out of"), p.toString());
    }

    /** A link to /etc/passwd was read, and the JSON error echoed its first token. */
    @Test
    void aForeignFileIsNeverReadSoItsContentCannotBeEchoed() throws IOException {
        Path pack = dir.resolve("pack");
        TestPack.parametersOnly("Tỉnh Kiểm Thử").withOverlay().writeTo(pack);
        Path secret = dir.resolve("passwd");
        Files.writeString(secret, "rootsecret:x:0:0:root:/root:/bin/bash\n");
        Files.delete(pack.resolve("overlay.json"));
        Files.createSymbolicLink(pack.resolve("overlay.json"), secret);
        PackValidationException e = assertThrows(PackValidationException.class,
                () -> Evaluator.builder().add(ProvincePack.fromDirectory(pack)).build());
        assertEquals(Code.FILE_OUTSIDE_PACK, e.problems().get(0).code(), e.getMessage());
        assertFalse(e.getMessage().contains("rootsecret"), e.getMessage());
    }

    /** A link that stays inside the pack is the pack's own file. */
    @Test
    void aLinkInsideThePackIsFollowed() throws IOException {
        Path pack = dir.resolve("pack");
        TestPack.parametersOnly("Tỉnh Kiểm Thử").writeTo(pack);
        Files.createDirectories(pack.resolve("shared"));
        // A name the unlisted-file check ignores: the target is reached only through the listed link.
        Files.move(pack.resolve("parameters.json"), pack.resolve("shared/parameters.txt"));
        Files.createSymbolicLink(pack.resolve("parameters.json"), Path.of("shared/parameters.txt"));
        Evaluator.builder().add(ProvincePack.fromDirectory(pack)).build();
    }

    /**
     * A NUL in a listed name threw a raw InvalidPathException out of build(); the JSON reader now refuses control
     * characters in any text, so pack.json itself is refused at the name's path, without echoing the NUL.
     */
    @Test
    void aNameWithNulIsRefusedAtItsPath() {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử")
                .edit("pack.json", "[\"parameters.json\"]", "[\"parameters.json\", \"x\\u0000.json\"]").writeTo(dir);
        PackProblem p = only(problems(pack), Code.INVALID_JSON);
        assertFalse(p.toString().contains("\u0000"), p.toString());
        assertTrue(p.toString().contains("$.files.parameters[1]") && p.toString().contains("U+0000"), p.toString());
    }

    /** A link to /dev/zero ran the heap out. */
    @Test
    void aLinkToADeviceIsRefusedWithoutReadingIt() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");
        Path pack = dir.resolve("pack");
        TestPack.parametersOnly("Tỉnh Kiểm Thử").writeTo(pack);
        // Inside the pack, so that only the kind of file refuses it: a device is never a pack's file.
        Files.delete(pack.resolve("parameters.json"));
        Files.createSymbolicLink(pack.resolve("parameters.json"), zero);
        List<PackProblem> problems = problems(ProvincePack.fromDirectory(pack));
        assertTrue(problems.stream().anyMatch(p -> p.code() == Code.FILE_OUTSIDE_PACK
                || p.code() == Code.FILE_NOT_REGULAR), problems.toString());
    }

    /** A device linked from inside the pack's own tree (a bind, a copy of /dev) is refused for what it is. */
    @Test
    void aDeviceInsideThePackIsRefusedAsNotARegularFile() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");
        // The pack's directory is /dev itself, so the device is inside it.
        PackSource.Directory dev = new PackSource.Directory(Path.of("/dev"));
        RefusedFileException e = assertThrows(RefusedFileException.class, () -> dev.bytes("zero"));
        assertEquals(Code.FILE_NOT_REGULAR, e.code());
    }

    /** A listed FIFO blocked the building thread for minutes. */
    @Test
    void aListedFifoIsRefusedAtOnce() throws Exception {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử").writeTo(dir);
        Files.delete(dir.resolve("parameters.json"));
        int made;
        try {
            made = new ProcessBuilder("mkfifo", dir.resolve("parameters.json").toString()).start().waitFor();
        } catch (IOException noMkfifo) {
            made = -1;
        }
        assumeTrue(made == 0, "mkfifo available");
        PackProblem p = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> only(problems(pack), Code.FILE_NOT_REGULAR));
        assertEquals(dir.resolve("parameters.json").toString(), p.file());
    }

    @Test
    void aListedDirectoryIsRefusedAsNotARegularFile() throws IOException {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử").writeTo(dir);
        Files.delete(dir.resolve("parameters.json"));
        Files.createDirectory(dir.resolve("parameters.json"));
        only(problems(pack), Code.FILE_NOT_REGULAR);
    }

    @Test
    void aFileAboveTheBoundIsRefusedBeforeItIsRead() throws IOException {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử").writeTo(dir);
        String text = Files.readString(dir.resolve("parameters.json"));
        byte[] padded = (text + " ".repeat(PackSource.MAX_FILE_BYTES - text.length() + 1))
                .getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("parameters.json"), padded);
        only(problems(pack), Code.FILE_TOO_LARGE);
        // At the bound exactly, the same file is read.
        Files.write(dir.resolve("parameters.json"), java.util.Arrays.copyOf(padded, PackSource.MAX_FILE_BYTES));
        Evaluator.builder().add(pack).build();
    }

    @Test
    void aClasspathFileAboveTheBoundIsRefusedToo() {
        PackSource.Classpath source = new PackSource.Classpath("", new ClassLoader(null) {
            @Override
            public java.io.InputStream getResourceAsStream(String name) {
                return new java.io.ByteArrayInputStream(new byte[PackSource.MAX_FILE_BYTES + 1]);
            }
        });
        RefusedFileException e = assertThrows(RefusedFileException.class, () -> source.bytes("pack.json"));
        assertEquals(Code.FILE_TOO_LARGE, e.code());
    }
}
