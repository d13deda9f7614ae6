package fr.pme.ventes.verification;

/**
 * One control of {@code ventes verifier}: its French name, its outcome and what it saw.
 *
 * @param status "ok", "erreur", or "avertissement" (worth knowing, not an inconsistency)
 */
public record Check(String name, String status, String detail) {
    static Check ok(String name, String detail) {
        return new Check(name, "ok", detail);
    }

    static Check error(String name, String detail) {
        return new Check(name, "erreur", detail);
    }

    static Check warning(String name, String detail) {
        return new Check(name, "avertissement", detail);
    }

    public boolean failed() {
        return status.equals("erreur");
    }
}
