package vn.hoctap.cli.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.hoctap.cli.ExitCode;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.json.RequestEnvelope;
import vn.hoctap.model.json.RequestEnvelopes;
import vn.hoctap.model.json.RequestLine;
import vn.hoctap.model.request.EvaluationRequest;
import vn.hoctap.model.request.RequestKind;

/**
 * The request files a command is given, read as requests: with {@code --kind}, each input is one request of that
 * kind as it would be sent alone; otherwise a {@code .jsonl} / {@code .ndjson} file or standard input ({@code -}) is
 * JSON Lines of envelopes ({@code {"kind": …, "request": …}}), and any other file one envelope.
 */
public final class Inputs {
    private Inputs() {
    }

    /** Whether {@code name} is read as JSON Lines when no kind is given. */
    public static boolean isLines(String name) {
        return name.equals("-") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /**
     * Hands every request of input {@code name} to {@code sink}, in order, each as a line (a single document is line
     * 1); a request that cannot be read is handed over refused.
     *
     * @param kind the kind of a bare request, or {@code null} for envelopes
     * @throws HoctapException with {@link ExitCode#USAGE} when the file does not exist
     */
    public static void each(String name, RequestKind kind, InputStream stdin, Consumer<RequestLine> sink) {
        if (!name.equals("-") && !Files.isRegularFile(Path.of(name))) {
            throw new HoctapException(ExitCode.USAGE, "không có tệp " + name + " / no file " + name);
        }
        try (InputStream in = name.equals("-") ? nonClosing(stdin) : Files.newInputStream(Path.of(name))) {
            if (kind == null && isLines(name)) {
                try (Stream<RequestLine> lines = RequestEnvelopes.lines(
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)))) {
                    lines.forEach(sink);
                }
                return;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            sink.accept(kind == null ? document(text) : bare(text, kind));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RequestLine document(String text) {
        try {
            return RequestLine.read(1, RequestEnvelopes.read(text));
        } catch (InvalidInputException e) {
            return RequestLine.refused(1, null, null, e);
        }
    }

    private static RequestLine bare(String text, RequestKind kind) {
        try {
            EvaluationRequest r = HoctapJson.read(text, kind.type());
            return RequestLine.read(1, RequestEnvelope.of(r));
        } catch (InvalidInputException e) {
            return RequestLine.refused(1, null, kind.jsonName(), e);
        }
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // standard input belongs to the process
            }
        };
    }
}
