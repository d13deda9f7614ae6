package fr.pme.ventes.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packed order of sales must be SQLite's order of the primary key of ventes, or the sorted import is wrong. */
class SaleKeysTest {

    private static final List<String> PRODUCTS = List.of("REF001", "REF002", "ref001", "RÉF010", "Réf-α", "REF10",
            "REF9", "Ω-1", "é", "z", "ZZ", "日本-7");
    private static final List<Long> STORES = List.of(1L, 2L, 9L, 10L, 11L, 100L, 7_000_000_000L);

    @Test
    void packedOrderIsTheOrderOfTheSalesPrimaryKeyInSqlite(@TempDir Path folder) throws SQLException {
        SaleKeys keys = SaleKeys.of(PRODUCTS, STORES).orElseThrow();
        Random random = new Random(7);
        List<Object[]> sales = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            sales.add(new Object[]{LocalDate.of(1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    PRODUCTS.get(random.nextInt(PRODUCTS.size())), STORES.get(random.nextInt(STORES.size())),
                    1 + random.nextInt(1_000)});
        }
        long[] packed = sales.stream().mapToLong(s -> keys.pack((LocalDate) s[0], (String) s[1], (Long) s[2], (Integer) s[3]))
                .distinct().sorted().toArray();

        List<String> fromKeys = Arrays.stream(packed)
                .mapToObj(k -> keys.day(k) + "|" + keys.product(k) + "|" + keys.store(k) + "|" + keys.quantity(k)).toList();
        assertEquals(sqliteOrder(folder.resolve("ordre.db"), sales), fromKeys);
    }

    @Test
    void whatDoesNotFitIsLeftToTheSqlPath() {
        SaleKeys keys = SaleKeys.of(PRODUCTS, STORES).orElseThrow();
        LocalDate day = LocalDate.of(2025, 3, 1);
        assertTrue(keys.pack(day, "REF001", 1, 5) > 0);
        assertEquals(-1, keys.pack(day, "REF001", 1, 1 << SaleKeys.QUANTITY_BITS));
        assertEquals(-1, keys.pack(day, "INCONNU", 1, 5));
        assertEquals(-1, keys.pack(day, "REF001", 3, 5));
        assertEquals(-1, keys.pack(LocalDate.of(-1, 12, 31), "REF001", 1, 5));
    }

    @Test
    void eachProductInEachStoreHasItsOwnIndexWhateverTheDayAndQuantity() {
        SaleKeys keys = SaleKeys.of(PRODUCTS, STORES).orElseThrow();
        Map<Integer, String> seen = new HashMap<>();
        for (String product : PRODUCTS) {
            for (long store : STORES) {
                int index = keys.productStore(keys.pack(LocalDate.of(2025, 3, 1), product, store, 5));
                assertTrue(index >= 0 && index < keys.productStoreCount(), product + " " + store + " → " + index);
                assertNull(seen.put(index, product + "|" + store), "indice partagé : " + index);
                assertEquals(index, keys.productStore(keys.pack(LocalDate.of(1999, 12, 31), product, store, 999_999)));
            }
        }
    }

    @Test
    void referenceTablesTooLargeForOneLongAreRefused() {
        List<String> products = new ArrayList<>();
        List<Long> stores = new ArrayList<>();
        for (int i = 0; i < 1_025; i++) {
            products.add("P" + i);
            stores.add((long) i);
        }
        stores.remove(1_024);
        assertTrue(SaleKeys.of(products, stores).isPresent(), "22 + 11 + 10 + 20 = 63 bits : accepté");
        stores.add(1_024L);
        assertTrue(SaleKeys.of(products, stores).isEmpty());
    }

    private static List<String> sqliteOrder(Path database, List<Object[]> sales) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE v (date_vente TEXT, produit_ref TEXT, magasin_id INTEGER, quantite INTEGER,"
                        + " PRIMARY KEY (date_vente, produit_ref, magasin_id, quantite)) WITHOUT ROWID");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO v VALUES (?, ?, ?, ?)")) {
                for (Object[] sale : sales) {
                    insert.setString(1, sale[0].toString());
                    insert.setString(2, (String) sale[1]);
                    insert.setLong(3, (Long) sale[2]);
                    insert.setInt(4, (Integer) sale[3]);
                    insert.executeUpdate();
                }
            }
            List<String> ordered = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT * FROM v ORDER BY date_vente, produit_ref, magasin_id, quantite")) {
                while (rows.next()) {
                    ordered.add(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getLong(3) + "|" + rows.getInt(4));
                }
            }
            return ordered;
        }
    }
}
