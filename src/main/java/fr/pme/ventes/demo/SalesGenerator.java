package fr.pme.ventes.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Synthetic files in the client's published format (comma, accented headers, CRLF, no final newline), for
 * benchmarks and long tests. Sales are chronological with a fixed number per day, so the first N rows of a
 * larger file are exactly the file of N rows: a grown file is a prefix plus appended rows, as in real life.
 * Popularity is skewed (a few products and stores sell most), and identical sales on one day occur.
 */
public final class SalesGenerator {
    public static final int SALES_PER_DAY = 2_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final String[] CITIES = {"Paris", "Marseille", "Lyon", "Toulouse", "Nice", "Nantes", "Montpellier",
            "Strasbourg", "Bordeaux", "Lille", "Rennes", "Reims", "Toulon", "Saint-Étienne", "Le Havre", "Grenoble",
            "Dijon", "Angers", "Nîmes", "Clermont-Ferrand", "Le Mans", "Aix-en-Provence", "Brest", "Tours", "Amiens",
            "Limoges", "Annecy", "Perpignan", "Metz", "Besançon"};

    private final long seed;
    private final int products;
    private final int stores;
    private final LocalDate firstDay;

    public SalesGenerator(long seed, int products, int stores) {
        this(seed, products, stores, FIRST_DAY);
    }

    /** Sales from {@code firstDay} on, {@value #SALES_PER_DAY} a day. */
    public SalesGenerator(long seed, int products, int stores, LocalDate firstDay) {
        this.seed = seed;
        this.products = Math.max(1, products);
        this.stores = Math.max(1, Math.min(stores, CITIES.length));
        this.firstDay = firstDay;
    }

    public void writeAll(Path folder, long sales) throws IOException {
        Files.createDirectories(folder);
        writeProducts(folder.resolve("produits.csv"));
        writeStores(folder.resolve("magasins.csv"));
        writeSales(folder.resolve("ventes.csv"), sales);
    }

    void writeProducts(Path file) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Nom,ID Référence produit,Prix,Stock");
            for (int p = 1; p <= products; p++) {
                int cents = 199 + random.nextInt(20_000);
                out.write(String.format("\r\nProduit %d,REF%03d,%d.%02d,%d", p, p, cents / 100, cents % 100, random.nextInt(500)));
            }
        }
    }

    void writeStores(Path file) throws IOException {
        SplittableRandom random = new SplittableRandom(seed + 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("ID Magasin,Ville,Nombre de salariés");
            for (int s = 1; s <= stores; s++) {
                out.write("\r\n" + s + "," + CITIES[s - 1] + "," + (3 + random.nextInt(20)));
            }
        }
    }

    void writeSales(Path file, long sales) throws IOException {
        SplittableRandom random = new SplittableRandom(seed + 2);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
            out.write("Date,ID Référence produit,Quantité,ID Magasin");
            String[] references = new String[products + 1];
            for (int p = 1; p <= products; p++) {
                references[p] = String.format(",REF%03d,", p);
            }
            LocalDate day = firstDay;
            String dayText = day.toString();
            for (long i = 0; i < sales; i++) {
                if (i > 0 && i % SALES_PER_DAY == 0) {
                    day = day.plusDays(1);
                    dayText = day.toString();
                }
                int product = skewed(random, products);
                int store = skewed(random, stores);
                int quantity = 1 + skewed(random, 10) - 1;
                out.write("\r\n");
                out.write(dayText);
                out.write(references[product]);
                out.write(Integer.toString(quantity));
                out.write(',');
                out.write(Integer.toString(store));
            }
        }
    }

    /** 1..n, smaller values more likely (about 1/k). */
    private static int skewed(SplittableRandom random, int n) {
        double u = random.nextDouble();
        return Math.min(n, 1 + (int) Math.floor(Math.pow(n + 1, u) - 1));
    }
}
