package fr.pme.ventes.importing;

/** A value that makes its row unusable; the row is kept in the rejected-rows table with this reason. */
final class RejectedValue extends Exception {
    private final String column;

    RejectedValue(Column column, String reason) {
        this(column == null ? null : column.label(), reason);
    }

    RejectedValue(String column, String reason) {
        super(shortened(reason), null, false, false);   // no stack trace: rejects are data, not bugs, and can be many
        this.column = column;
    }

    /** A 10 MB cell must not make a 10 MB message (issue 8): the value is cut, its length said. */
    static String shortened(String text) {
        return text.length() <= 300 ? text : text.substring(0, 200) + "… (" + text.length() + " caractères)";
    }

    String column() {
        return column;
    }
}
