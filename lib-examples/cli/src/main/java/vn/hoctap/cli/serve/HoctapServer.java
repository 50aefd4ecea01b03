package vn.hoctap.cli.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import vn.hoctap.cli.common.Answers;
import vn.hoctap.cli.common.ErrorBody;
import vn.hoctap.cli.common.Json;
import vn.hoctap.cli.criteria.CriteriaDocument;
import vn.hoctap.cli.criteria.CriteriaRenderer;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.json.HoctapSchemas;
import vn.hoctap.model.json.RequestEnvelope;
import vn.hoctap.model.json.RequestEnvelopes;
import vn.hoctap.model.json.RequestLine;
import vn.hoctap.model.request.RequestKind;
import vn.hoctap.rules.Evaluator;

/**
 * The HTTP service: evaluate one request or a JSON Lines batch, list the schemes in force on a date, the criteria,
 * the JSON Schemas, health, version and an OpenAPI document ({@link OpenApi}). Built on the JDK's own
 * {@code com.sun.net.httpserver}: no dependency, and evaluation, not the server, bounds its throughput (the load test
 * measures both).
 *
 * <p>Every refusal is a 4xx with the body {@code {"error": {code, path, messageVi, messageEn}}}; a request body is read
 * whole, within its size limit, before anything is evaluated, so nothing that was not read whole gets a verdict; an
 * unexpected failure is a 500 with the same body and no detail (the detail goes to the server's log).
 */
public final class HoctapServer implements AutoCloseable {
    private static final String JSON = "application/json; charset=utf-8";
    private static final String LINES = "application/x-ndjson; charset=utf-8";

    private final Evaluator evaluator;
    private final ServiceConfig config;
    private final PrintWriter log;
    private final HttpServer server;
    private final ExecutorService handlers;
    private final ExecutorService evaluations;

    private HoctapServer(Evaluator evaluator, ServiceConfig config, PrintWriter log) throws IOException {
        this.evaluator = evaluator;
        this.config = config;
        this.log = log;
        // A client that sends its request too slowly must not hold a thread for ever: the JDK server closes a
        // connection whose request is not complete within maxReqTime seconds, or whose answer is not within
        // maxRspTime (both read once, when the server class is first used).
        long seconds = Math.max(1, config.timeLimit().toSeconds());
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime",
                String.valueOf(seconds + 30)));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime",
                String.valueOf(seconds + 60)));
        int cores = config.threads() > 0 ? config.threads() : Runtime.getRuntime().availableProcessors();
        this.evaluations = Executors.newFixedThreadPool(cores, daemon("hoctap-evaluate"));
        this.handlers = Executors.newFixedThreadPool(Math.max(16, 4 * cores), daemon("hoctap-http"));
        this.server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 256);
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
    }

    /** Starts a service over {@code evaluator}. */
    public static HoctapServer start(Evaluator evaluator, ServiceConfig config, PrintWriter log) throws IOException {
        HoctapServer s = new HoctapServer(evaluator, config, log);
        s.server.start();
        return s;
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops listening, lets exchanges in progress finish for up to a second, and stops the threads. */
    @Override
    public void close() {
        server.stop(1);
        handlers.shutdownNow();
        evaluations.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private void handle(HttpExchange x) {
        try (x) {
            try {
                route(x);
            } catch (HttpError e) {
                send(x, e.status, JSON, Json.line(Map.of("error", e.body)));
            } catch (RuntimeException e) {
                log.println("hoctap serve: " + x.getRequestMethod() + " " + x.getRequestURI() + ": " + e);
                log.flush();
                send(x, 500, JSON, Json.line(Map.of("error", new ErrorBody("INTERNAL", "$",
                        "lỗi của dịch vụ; yêu cầu không được đánh giá", "the service failed; the request was not"
                        + " evaluated"))));
            }
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
    }

    private void route(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String method = x.getRequestMethod();
        switch (path) {
            case "/v1/evaluate" -> {
                allow(method, "POST");
                evaluateOne(x);
            }
            case "/v1/evaluate/batch" -> {
                allow(method, "POST");
                evaluateBatch(x);
            }
            case "/v1/schemes" -> {
                allow(method, "GET");
                send(x, 200, JSON, Json.document(schemes(date(x))));
            }
            case "/v1/criteria" -> {
                allow(method, "GET");
                criteria(x);
            }
            case "/v1/schemas" -> {
                allow(method, "GET");
                send(x, 200, JSON, Json.document(HoctapSchemas.names()));
            }
            case "/v1/health" -> {
                allow(method, "GET");
                send(x, 200, JSON, "{\"status\":\"UP\"}");
            }
            case "/v1/version" -> {
                allow(method, "GET");
                Map<String, Object> v = new java.util.LinkedHashMap<>(vn.hoctap.cli.VersionInfo.describe());
                v.put("layers", evaluator.layers(LocalDate.now()));
                send(x, 200, JSON, Json.document(v));
            }
            case "/v1/openapi.json" -> {
                allow(method, "GET");
                send(x, 200, JSON, OpenApi.document());
            }
            default -> {
                if (path.startsWith("/v1/schemas/")) {
                    allow(method, "GET");
                    String name = path.substring("/v1/schemas/".length());
                    if (!HoctapSchemas.names().contains(name)) {
                        throw HttpError.of(404, "UNKNOWN_SCHEMA", "không có lược đồ '" + name + "'; có "
                                + HoctapSchemas.names(), "no schema '" + name + "'; there are " + HoctapSchemas.names());
                    }
                    send(x, 200, "application/schema+json; charset=utf-8", HoctapSchemas.schema(name));
                } else {
                    throw HttpError.of(404, "NOT_FOUND", "không có đường dẫn " + path + "; xem /v1/openapi.json",
                            "no resource " + path + "; see /v1/openapi.json");
                }
            }
        }
    }

    private static void allow(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw HttpError.of(405, "METHOD_NOT_ALLOWED", "chỉ nhận " + allowed, "only " + allowed + " is allowed");
        }
    }

    /**
     * One request: an envelope {@code {"kind", "request", "id"}}, or a bare request with {@code ?kind=}. 200 with the
     * answer; 400 for input that cannot be read; 422 for a request read whole that the rules cannot judge (no rules in
     * force, a number no pack supplies).
     */
    private void evaluateOne(HttpExchange x) throws IOException {
        byte[] body = body(x, config.maxBody());
        Optional<String> kind = Optional.ofNullable(query(x).get("kind"));
        String text = new String(body, StandardCharsets.UTF_8);
        RequestLine line;
        try {
            line = RequestLine.read(1, kind.isPresent()
                    ? RequestEnvelope.of(HoctapJson.read(text, kindOf(kind.get()).type()))
                    : RequestEnvelopes.read(text));
        } catch (InvalidInputException e) {
            throw new HttpError(400, ErrorBody.ofRefusal(e));
        }
        Answers a = withinLimit(() -> Answers.of(evaluator, null, line));
        if (a.refused()) {
            throw new HttpError(422, a.error());
        }
        Map<String, Object> answer = new java.util.LinkedHashMap<>(a.json());
        answer.remove("line");
        send(x, 200, JSON, Json.line(answer));
    }

    private static RequestKind kindOf(String name) {
        return RequestKind.fromJsonName(name).orElseThrow(() -> new HttpError(400, new ErrorBody("INVALID_INPUT",
                "?kind", "loại không được biết '" + name + "'; cần một trong " + RequestKind.jsonNames(),
                "unknown kind '" + name + "'; expected one of " + RequestKind.jsonNames())));
    }

    /**
     * JSON Lines in, JSON Lines out: the body is read whole (within its limit) first, then each line is answered as
     * soon as it is evaluated, in order, refused lines included; past the time limit the answer ends with a line
     * {@code {"error": {"code": "TIME_LIMIT"}}} and the lines after it are not evaluated.
     */
    private void evaluateBatch(HttpExchange x) throws IOException {
        byte[] body = body(x, config.maxBatchBody());
        long deadline = System.nanoTime() + config.timeLimit().toNanos();
        x.getResponseHeaders().set("Content-Type", LINES);
        x.sendResponseHeaders(200, 0);
        OutputStream out = x.getResponseBody();
        try (Stream<RequestLine> lines = RequestEnvelopes.lines(new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(body), StandardCharsets.UTF_8)))) {
            for (RequestLine line : (Iterable<RequestLine>) lines::iterator) {
                if (System.nanoTime() > deadline) {
                    out.write((Json.line(Map.of("line", line.number(), "error", timeLimit())) + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                    break;
                }
                Answers a = withinLimit(() -> Answers.of(evaluator, null, line));
                out.write((Json.line(a.json()) + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }

    private Answers withinLimit(java.util.concurrent.Callable<Answers> work) {
        Future<Answers> f = evaluations.submit(work);
        try {
            return f.get(config.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new HttpError(503, timeLimit());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private ErrorBody timeLimit() {
        return new ErrorBody("TIME_LIMIT", "$", "quá thời hạn " + config.timeLimit().toMillis() + " ms cho một yêu"
                + " cầu; phần còn lại không được đánh giá", "over the time limit of " + config.timeLimit().toMillis()
                + " ms for one request; the rest was not evaluated");
    }

    /** How much of a body over its limit is still read and dropped, so that the client reads the 413 sent. */
    private static final long DRAIN = 16L << 20;

    /**
     * The body, read whole; 413 beyond {@code limit}. A body over the limit is read on (and dropped) up to
     * {@value #DRAIN} bytes before answering: a client still sending when the server closes would be reset and
     * could lose the answer. Beyond that, or when the declared length is beyond it, the 413 is sent at once.
     */
    private static byte[] body(HttpExchange x, long limit) throws IOException {
        String declared = x.getRequestHeaders().getFirst("Content-Length");
        long length = -1;
        if (declared != null) {
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw HttpError.of(400, "INVALID_INPUT", "Content-Length sai", "invalid Content-Length");
            }
        }
        InputStream in = x.getRequestBody();
        if (length > limit) {
            if (length <= limit + DRAIN) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            throw tooLarge(limit);
        }
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            long dropped = 0;
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n > 0 && dropped < DRAIN; n = in.read(buffer)) {
                dropped += n;
            }
            throw tooLarge(limit);
        }
        return bytes;
    }

    private static HttpError tooLarge(long limit) {
        return HttpError.of(413, "BODY_TOO_LARGE", "nội dung quá " + limit + " byte; không được đánh giá",
                "body over " + limit + " bytes; not evaluated");
    }

    private static Map<String, String> query(HttpExchange x) {
        Map<String, String> q = new HashMap<>();
        URI uri = x.getRequestURI();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }

    private static LocalDate date(HttpExchange x) {
        String d = query(x).get("date");
        if (d == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw new HttpError(400, new ErrorBody("INVALID_INPUT", "?date", "ngày không hợp lệ '" + d
                    + "', cần YYYY-MM-DD", "invalid date '" + d + "', expected YYYY-MM-DD"));
        }
    }

    /** The schemes in force on {@code date}, each with its id, names, title, tier, document, period and levels. */
    private ArrayNode schemes(LocalDate date) {
        ArrayNode list = HoctapJson.mapper().createArrayNode();
        for (Scheme s : evaluator.catalogue(date).schemes()) {
            if (s.inForceOn(date)) {
                ObjectNode n = list.addObject();
                n.put("id", s.id()).put("nameVi", s.nameVi()).put("nameEn", s.nameEn())
                        .put("title", s.title().name()).put("tier", s.tier().name()).put("document", s.document())
                        .put("effectiveFrom", s.effectiveFrom().toString());
                if (s.effectiveTo() != null) {
                    n.put("effectiveTo", s.effectiveTo().toString());
                }
                ArrayNode levels = n.putArray("levels");
                s.levels().forEach(l -> levels.add(l.level().name()));
            }
        }
        return list;
    }

    private void criteria(HttpExchange x) throws IOException {
        CriteriaDocument doc = CriteriaDocument.of(evaluator, date(x), Optional.ofNullable(query(x).get("scheme")));
        String format = query(x).getOrDefault("format", "json");
        switch (format) {
            case "json" -> send(x, 200, JSON, Json.document(doc));
            case "markdown" -> send(x, 200, "text/markdown; charset=utf-8", CriteriaRenderer.markdown(doc));
            case "html" -> send(x, 200, "text/html; charset=utf-8", CriteriaRenderer.html(doc));
            default -> throw new HttpError(400, new ErrorBody("INVALID_INPUT", "?format", "định dạng không được biết '"
                    + format + "'; json, markdown, html", "unknown format '" + format + "'; json, markdown, html"));
        }
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        if (status == 405) {
            x.getResponseHeaders().set("Allow", "GET, POST");
        }
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }

    /** The paths served, for the OpenAPI document and the README. */
    static List<String> paths() {
        return List.of("/v1/evaluate", "/v1/evaluate/batch", "/v1/schemes", "/v1/criteria", "/v1/schemas",
                "/v1/schemas/{name}", "/v1/health", "/v1/version", "/v1/openapi.json");
    }
}
