package fr.pme.ventes.importing;

/** A value that makes its row unusable; the row is kept in the rejected-rows table with this reason. */
final class RejectedValue extends Exception {
    private final String column;

    RejectedValue(Column column, String reason) {
        this(column == null ? null : column.label(), reason);
    }

    RejectedValue(String column, String reason) {
        super(reason, null, false, false);   // no stack trace: rejects are data, not bugs, and can be many
        this.column = column;
    }

    String column() {
        return column;
    }
}
