package fr.pme.ventes.importing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValuesTest {

    @ParameterizedTest(name = "{0} → {1} centimes")
    @CsvSource(delimiter = '|', value = {
            "49.99|4999", "49,99|4999", "1 234,56|123456", "1.234,56|123456", "1,234.56|123456",
            "49,99 €|4999", "49.9|4990", "50|5000", "0|0", "1 000 000,00|100000000", "12 EUR|1200"})
    void pricesBecomeExactCents(String text, long cents) throws RejectedValue {
        assertEquals(cents, Values.priceCents(TestRows.row(text), TestRows.COLUMN));
    }

    @ParameterizedTest(name = "{0} refusé : {1}")
    @CsvSource(delimiter = '|', value = {
            "-5,00|prix négatif", "49.999|plus de deux décimales", "$12|prix illisible", "abc|prix illisible",
            "''|valeur manquante", "1,2,3|prix illisible"})
    void badPricesAreRefusedWithAReason(String text, String reason) {
        RejectedValue e = assertThrows(RejectedValue.class, () -> Values.priceCents(TestRows.row(text), TestRows.COLUMN));
        assertEquals(true, e.getMessage().contains(reason), e.getMessage());
    }

    @ParameterizedTest(name = "{0} refusé : {1}")
    @CsvSource(delimiter = '|', value = {
            "0|non positive", "-3|non positive", "2,5|nombre entier attendu", "2.0|nombre entier attendu",
            "99999999999|invraisemblable", "9999999999999999999999|nombre entier attendu", "cinq|nombre entier attendu",
            "- 3|non positive", "5-|nombre entier attendu", "--5|nombre entier attendu", "+-5|nombre entier attendu",
            "+|nombre entier attendu", "' '|manquante", "0000000000001|nombre entier attendu"})
    void quantitiesMustBePositiveWholeNumbers(String text, String reason) {
        RejectedValue e = assertThrows(RejectedValue.class, () -> Values.quantity(TestRows.row(text), TestRows.COLUMN));
        assertEquals(true, e.getMessage().contains(reason), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"5,5", "' 12 ',12", "1 000,1000", "+7,7", "1\u00A0000,1000", "1\u202F000,1000", "000000000012,12"})
    void quantitiesAreRead(String text, int expected) throws RejectedValue {
        assertEquals(expected, Values.quantity(TestRows.row(text), TestRows.COLUMN));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Lyon\uFFFD|illisible", "\uFEFF2023-05-27|BOM"})
    void damagedTextIsRefused(String text, String reason) {
        RejectedValue e = assertThrows(RejectedValue.class, () -> Values.text(TestRows.row(text), TestRows.COLUMN));
        assertEquals(true, e.getMessage().contains(reason), e.getMessage());
    }
}
