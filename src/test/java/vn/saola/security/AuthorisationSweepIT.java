package vn.saola.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.junit.jupiter.api.Test;

import vn.saola.testing.Browser;
import vn.saola.testing.Editor;
import vn.saola.testing.SaolaServer;

/**
 * Every route under {@code /admin} and {@code /api}, found by reading the resources' annotations
 * (so a new route cannot be forgotten here), tried by a stranger and by an editor where it is for
 * administrators: refused every time, by the server.
 */
class AuthorisationSweepIT {

    private static final String PASSWORD = "mat-khau-bien-tap-2026";
    /** Routes anyone may use. */
    private static final Set<String> PUBLIC = Set.of("GET api/search", "GET api/stats", "GET admin/login", "POST admin/login");
    /** Routes for administrators only; the rest of /admin and the API's writes are for editors too. */
    private static final List<String> ADMIN_ONLY = List.of("admin/accounts", "admin/search-index", "admin/stats", "admin/settings", "admin/menus",
            "api/import", "admin/import", "admin/backup", "api/backup");

    private final SaolaServer server = SaolaServer.embedded();

    record Route(String method, String template) {
        String key() {
            return method + " " + template;
        }

        /** A concrete path: every {parameter} given a plausible value. */
        String path() {
            StringBuilder path = new StringBuilder("/");
            int depth = 0;
            StringBuilder name = new StringBuilder();
            for (char c : template.toCharArray()) {
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    if (--depth == 0) {
                        String[] parts = name.toString().split(":", 2);
                        String parameter = parts[0].strip();
                        String pattern = parts.length > 1 ? parts[1].strip() : "";
                        // A parameter that is one of some words ({menu: header|footer|links}) takes the first.
                        // A stored file's key ({key: [0-9a-f]{32}}) takes one of its length.
                        path.append(parameter.equals("lang") ? "vi" : pattern.startsWith("[0-9a-f]") ? "0".repeat(32)
                                : parameter.matches("id|number") || pattern.startsWith("[0-9]") ? "1"
                                : pattern.matches("[a-z-]+(\\|[a-z-]+)+") ? pattern.split("\\|")[0] : "x");
                        name.setLength(0);
                    }
                } else if (depth > 0) {
                    name.append(c);
                } else {
                    path.append(c);
                }
            }
            return path.toString();
        }
    }

    static List<Route> routes() throws IOException {
        Path classes = Path.of("target", "classes");
        Set<String> found = new TreeSet<>();
        List<Route> routes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, AuthorisationSweepIT.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError notLoadable) {
                    continue;
                }
                WebServlet servlet = type.getAnnotation(WebServlet.class);
                if (servlet != null) {
                    servletRoutes(type, servlet, found, routes);
                }
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                // The class's own methods and those it inherits (new articles and pages share theirs).
                List<Method> methods = new ArrayList<>();
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    methods.addAll(List.of(c.getDeclaredMethods()));
                }
                for (Method method : methods) {
                    String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST"
                            : method.isAnnotationPresent(PUT.class) ? "PUT" : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                    if (verb == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String template = root.value() + (sub == null ? "" : "/" + sub.value());
                    template = template.replaceAll("^/+", "").replaceAll("/+", "/");
                    if ((template.startsWith("admin") || template.startsWith("api")) && found.add(verb + " " + template)) {
                        routes.add(new Route(verb, template));
                    }
                }
            }
        }
        return routes;
    }

    /** A servlet's routes: its paths under {@code /admin} and {@code /api}, with each method it answers. */
    private static void servletRoutes(Class<?> type, WebServlet servlet, Set<String> found, List<Route> routes) {
        for (String pattern : servlet.value().length > 0 ? servlet.value() : servlet.urlPatterns()) {
            String template = pattern.replaceAll("^/+", "");
            for (Method method : type.getDeclaredMethods()) {
                String verb = switch (method.getName()) {
                    case "doGet" -> "GET";
                    case "doPost" -> "POST";
                    case "doPut" -> "PUT";
                    case "doDelete" -> "DELETE";
                    default -> null;
                };
                if (verb != null && (template.startsWith("admin") || template.startsWith("api")) && found.add(verb + " " + template)) {
                    routes.add(new Route(verb, template));
                }
            }
        }
    }

    private static int send(String method, String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        headers.forEach(request::header);
        request.method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("status=published&_csrf=x"));
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStrangerIsRefusedEverywhereButThePublicRoutes() throws IOException {
        List<Route> routes = routes();
        assertTrue(routes.size() >= 40, "routes found: " + routes.size());
        List<String> failures = new ArrayList<>();
        for (Route route : routes) {
            if (PUBLIC.contains(route.key())) {
                continue;
            }
            int status = send(route.method(), server.base() + route.path(),
                    Map.of("Content-Type", "application/x-www-form-urlencoded"));
            boolean refused = route.template().startsWith("api")
                    ? status == 401
                    : route.method().equals("GET") ? status == 302 : status == 403;
            if (!refused) {
                failures.add(route.key() + " -> " + status);
            }
        }
        assertEquals(List.of(), failures);
        System.out.println("[saola] authorisation: " + routes.size() + " admin and API routes tried anonymously");
    }

    @Test
    void anEditorIsRefusedWhatIsForAdministratorsWhateverTheFormCarries() throws IOException {
        Editor admin = Editor.admin(server);
        String name = admin.createAccount("EDITOR", PASSWORD);
        Editor editor = Editor.signIn(server, name, PASSWORD);
        String token = editor.csrf();
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Route route : routes()) {
            if (ADMIN_ONLY.stream().noneMatch(route.template()::startsWith)) {
                continue;
            }
            tried++;
            int status;
            if (route.template().startsWith("api")) {
                status = send(route.method(), server.base() + route.path(), Map.of("Authorization", Browser.basic(name, PASSWORD),
                        "Content-Type", "application/x-ndjson"));
            } else if (route.method().equals("GET")) {
                status = editor.get(route.path()).status();
            } else {
                status = editor.browser().postForm(route.path(), Map.of("_csrf", token, "password", "mat-khau-moi-rat-dai",
                        "disabled", "true", "username", "bi-chan-" + tried, "role", "ADMIN")).status();
            }
            if (status != 403) {
                failures.add(route.key() + " -> " + status);
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(tried >= 8, "admin-only routes tried: " + tried);
    }

    @Test
    void everyStateChangingAdminRouteRefusesAFormWithoutTheSessionsToken() throws IOException {
        Editor admin = Editor.admin(server);
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Route route : routes()) {
            if (route.method().equals("GET") || !route.template().startsWith("admin") || PUBLIC.contains(route.key())) {
                continue;
            }
            for (String token : new String[] {null, "forged"}) {
                tried++;
                Map<String, String> form = new java.util.HashMap<>(Map.of("title", "x", "body", "x", "lang", "vi",
                        "name", "x", "direction", "up", "password", "mat-khau-gia-mao-123", "disabled", "true"));
                if (token != null) {
                    form.put("_csrf", token);
                }
                // The upload servlets read a multipart body before anything else (then the token).
                int status = route.template().matches("admin/(images|attachments|import/wordpress/upload)")
                        ? admin.browser().postMultipart(route.path(), form, null, null, null, null).status()
                        : admin.browser().postForm(route.path(), form).status();
                if (status != 403) {
                    failures.add(route.key() + " with token " + token + " -> " + status);
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(tried >= 40, "tried: " + tried);
        assertEquals(200, admin.get("/admin/").status(), "still signed in: the forged sign-out did nothing");
    }
}
