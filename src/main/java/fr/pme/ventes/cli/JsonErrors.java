package fr.pme.ventes.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pme.ventes.VentesException;
import fr.pme.ventes.acquisition.SourceException;
import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Under --json, a failure is a JSON document on stdout too (the French message stays on stderr), so that a script
 * reading stdout learns which source failed: {@code {"statut":"erreur","code":3,"message":…,"import":{"ventes":
 * {"statut":"erreur",…}}}} ({@code "telechargements"} instead of {@code "import"} for fetch, as on success).
 */
final class JsonErrors {
    private JsonErrors() {
    }

    static void print(VentesException failure, CommandLine.ParseResult parsed) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("statut", "erreur");
        document.put("code", failure.exitCode());
        document.put("message", failure.getMessage());
        if (failure instanceof SourceException source && source.source() != null) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("statut", "erreur");
            one.put("message", failure.getMessage());
            document.put(fetchOnly(parsed) ? "telechargements" : "import", Map.of(source.source().label(), one));
        }
        try {
            System.out.println(new ObjectMapper().writeValueAsString(document));
            System.out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean fetchOnly(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.commandSpec().userObject() instanceof FetchCommand) {
                return true;
            }
        }
        return false;
    }
}
