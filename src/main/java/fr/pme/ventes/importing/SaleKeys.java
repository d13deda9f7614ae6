package fr.pme.ventes.importing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A valid sale packed into one {@code long}: day | product | store | quantity, from the high bits down, so that the
 * numeric order of two keys is the order of the primary key of {@code ventes} (date_vente, produit_ref, magasin_id,
 * quantite). Sorting the keys of a file therefore both groups identical sales (their occurrence is their rank in the
 * group) and lets SQLite append to its B-tree in order instead of inserting at random (issue #7,
 * notes/ingest-performance.md: the design that reaches 1.3–1.6× `sqlite3 .import` at 10 M rows).
 * <p>
 * Products are numbered in SQLite's BINARY order (their UTF-8 bytes), stores in numeric order, days from 0000-01-01
 * (the schema's dates have four-digit years). The widths: 22 bits of day, 20 of quantity (up to
 * {@link Values#MAX_QUANTITY}), and what the two reference tables need.
 */
final class SaleKeys {
    static final int DAY_BITS = 22;
    static final int QUANTITY_BITS = 20;
    private static final long FIRST_DAY = LocalDate.of(0, 1, 1).toEpochDay();

    private final String[] products;
    private final Map<String, Integer> productIndex = new HashMap<>();
    private final long[] stores;
    private final int storeBits;
    private final int productShift;
    private final int dayShift;

    private SaleKeys(String[] products, long[] stores, int productBits, int storeBits) {
        this.products = products;
        this.stores = stores;
        this.storeBits = storeBits;
        this.productShift = QUANTITY_BITS + storeBits;
        this.dayShift = productShift + productBits;
        for (int i = 0; i < products.length; i++) {
            productIndex.put(products[i], i);
        }
    }

    /** The packing for these reference tables; empty when they are too large for 63 bits (then sales take the SQL path). */
    static Optional<SaleKeys> of(Collection<String> products, Collection<Long> stores) {
        int productBits = bitsFor(products.size());
        int storeBits = bitsFor(stores.size());
        if (DAY_BITS + productBits + storeBits + QUANTITY_BITS > 63) {
            return Optional.empty();
        }
        String[] sortedProducts = products.stream()
                .sorted((a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)))
                .toArray(String[]::new);
        long[] sortedStores = stores.stream().mapToLong(Long::longValue).sorted().toArray();
        return Optional.of(new SaleKeys(sortedProducts, sortedStores, productBits, storeBits));
    }

    /** The key of a sale whose product and store are known; -1 when its day or quantity does not fit (rare: SQL path). */
    long pack(LocalDate date, String product, long store, int quantity) {
        long day = date.toEpochDay() - FIRST_DAY;
        Integer productNumber = productIndex.get(product);
        int storeNumber = Arrays.binarySearch(stores, store);
        if (day < 0 || day >= 1L << DAY_BITS || quantity <= 0 || quantity >= 1 << QUANTITY_BITS
                || productNumber == null || storeNumber < 0) {
            return -1;
        }
        return day << dayShift | (long) productNumber << productShift | (long) storeNumber << QUANTITY_BITS | quantity;
    }

    /** The day, as SQLite stores it (ISO text). */
    String day(long key) {
        return LocalDate.ofEpochDay((key >>> dayShift) + FIRST_DAY).toString();
    }

    /** The day's number, equal for keys of the same day. */
    long dayNumber(long key) {
        return key >>> dayShift;
    }

    /** The number {@link #dayNumber(long)} gives the keys of this day; -1 when the day cannot be packed. */
    static long dayNumber(LocalDate date) {
        long day = date.toEpochDay() - FIRST_DAY;
        return day >= 0 && day < 1L << DAY_BITS ? day : -1;
    }

    String product(long key) {
        return products[(int) (key >>> productShift & mask(dayShift - productShift))];
    }

    long store(long key) {
        return stores[(int) (key >>> QUANTITY_BITS & mask(storeBits))];
    }

    /** The product and store of a key as one number, below {@link #productStoreCount()}. */
    int productStore(long key) {
        return (int) (key >>> QUANTITY_BITS & mask(dayShift - QUANTITY_BITS));
    }

    int productStoreCount() {
        return 1 << (dayShift - QUANTITY_BITS);
    }

    int quantity(long key) {
        return (int) (key & mask(QUANTITY_BITS));
    }

    private static long mask(int bits) {
        return (1L << bits) - 1;
    }

    private static int bitsFor(int count) {
        return count <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(count - 1L);
    }
}
