package fr.pme.ventes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pme.ventes.analysis.Analysis;
import fr.pme.ventes.analysis.StoredResults;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The analyses of the --json contract, written from the JSON arrays the results are stored as. */
class JsonPrinterTest {

    @Test
    void centsBecomeExactEurosWithoutTrailingZerosAndEverythingElseIsCopied() {
        Map<Analysis, String> stored = new EnumMap<>(Analysis.class);
        stored.put(Analysis.CA_TOTAL, "[{\"ventes\":3,\"ca_centimes\":526878}]");
        stored.put(Analysis.PAR_PRODUIT, "[{\"reference\":\"R\\\"1\",\"nom\":\"Crème brûlée\",\"quantite\":24,"
                + "\"ca_centimes\":79980},"
                + "{\"reference\":\"R2\",\"nom\":null,\"quantite\":0,\"ca_centimes\":100000},"
                + "{\"ca_centimes\":5},{\"ca_centimes\":-150},{\"ca_centimes\":12345.0},{\"ca_centimes\":null},"
                + "{\"part\":0.4567,\"grand\":1.0E7,\"entier\":12345678901}]");
        stored.put(Analysis.PANIER_MOYEN, "[ { \"panier_centimes\" : 1234 , \"ventes\" : 3 } ]");

        String printed = print(new StoredResults(7, "2026-12-03T14:00:00Z", stored, null));

        assertEquals("{\"analyses\":{\"ca_total\":5268.78,"
                + "\"par_produit\":[{\"reference\":\"R\\\"1\",\"nom\":\"Crème brûlée\",\"quantite\":24,\"ca\":799.8},"
                + "{\"reference\":\"R2\",\"nom\":null,\"quantite\":0,\"ca\":1000},"
                + "{\"ca\":0.05},{\"ca\":-1.5},{\"ca\":123.45},{\"ca\":null},"
                + "{\"part\":0.4567,\"grand\":1.0E7,\"entier\":12345678901}],"
                + "\"par_region\":[],\"par_ville\":[],\"par_jour\":[],\"par_jour_semaine\":[],\"ca_par_salarie\":[],"
                + "\"panier_moyen\":{\"panier\":12.34,\"ventes\":3},"
                + "\"panier_moyen_par_magasin\":[],\"part_produit_par_region\":[]}}\n", printed);
    }

    @Test
    void anEmptyTotalIsNull() {
        Map<Analysis, String> stored = new EnumMap<>(Analysis.class);
        stored.put(Analysis.CA_TOTAL, "[{\"ca_centimes\":null}]");

        String printed = print(new StoredResults(1, "2026-12-03T14:00:00Z", stored, null));

        assertEquals("{\"analyses\":{\"ca_total\":null,", printed.substring(0, 29));
    }

    private static String print(StoredResults results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JsonPrinter(new ObjectMapper(), new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .print(Map.of("analyses", JsonPrinter.analyses(results)));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
