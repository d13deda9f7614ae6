package fr.pme.ventes.storage;

import fr.pme.ventes.ExitCodes;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;

/** Turns driver errors into French messages that say what to do. */
final class StorageErrors {
    private StorageErrors() {
    }

    static StorageException translate(SQLException e, String database) {
        SQLiteErrorCode code = rootCode(e);
        if (String.valueOf(e.getMessage()).contains("cannot commit - no transaction is active")) {
            // SQLite rolled the transaction back by itself after a write error (disk full, I/O error), which the
            // driver let pass; only the commit that follows reports it. Seen on a full tmpfs (issue 8).
            code = SQLiteErrorCode.SQLITE_FULL;
        }
        String what;
        int exitCode = exitCode(code);
        if (code == null) {
            what = postgresql(e);
        } else {
            what = switch (code) {
                case SQLITE_BUSY, SQLITE_BUSY_RECOVERY, SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_TIMEOUT, SQLITE_LOCKED ->
                        "la base est occupée par un autre import depuis trop longtemps ; réessayez plus tard";
                case SQLITE_NOTADB -> "ce fichier n'est pas une base SQLite ; indiquez un autre chemin avec --db";
                case SQLITE_CORRUPT, SQLITE_CORRUPT_INDEX, SQLITE_CORRUPT_SEQUENCE, SQLITE_CORRUPT_VTAB ->
                        "la base est endommagée ; restaurez une sauvegarde ou repartez d'un nouveau fichier";
                case SQLITE_READONLY, SQLITE_READONLY_DBMOVED, SQLITE_READONLY_DIRECTORY, SQLITE_READONLY_RECOVERY,
                     SQLITE_READONLY_ROLLBACK, SQLITE_READONLY_CANTLOCK, SQLITE_READONLY_CANTINIT ->
                        "la base est en lecture seule ; vérifiez les droits du fichier et de son dossier";
                case SQLITE_FULL, SQLITE_IOERR_WRITE, SQLITE_IOERR_FSYNC, SQLITE_IOERR_SHORT_READ ->
                        "le disque est plein ou refuse l'écriture ; libérez de la place puis relancez (rien n'a été modifié)";
                case SQLITE_CANTOPEN, SQLITE_CANTOPEN_ISDIR, SQLITE_CANTOPEN_FULLPATH, SQLITE_PERM, SQLITE_AUTH ->
                        "impossible d'ouvrir le fichier ; vérifiez le chemin et les droits";
                default -> e.getMessage();
            };
        }
        return new StorageException("Base de données " + database + " : " + what, e, exitCode);
    }

    /** Busy, full and read-only get their own codes: a script retries the first, alerts on the others. */
    private static int exitCode(SQLiteErrorCode code) {
        if (code == null) {
            return ExitCodes.DATABASE;
        }
        return switch (code) {
            case SQLITE_BUSY, SQLITE_BUSY_RECOVERY, SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_TIMEOUT, SQLITE_LOCKED -> ExitCodes.BUSY;
            case SQLITE_FULL, SQLITE_IOERR_WRITE, SQLITE_IOERR_FSYNC -> ExitCodes.DISK_FULL;
            case SQLITE_READONLY, SQLITE_READONLY_DBMOVED, SQLITE_READONLY_DIRECTORY, SQLITE_READONLY_RECOVERY,
                 SQLITE_READONLY_ROLLBACK, SQLITE_READONLY_CANTLOCK, SQLITE_READONLY_CANTINIT -> ExitCodes.READ_ONLY;
            default -> ExitCodes.DATABASE;
        };
    }

    /** PostgreSQL errors by SQLSTATE class (the driver's messages are English and may be localized by the server). */
    private static String postgresql(SQLException e) {
        String state = rootState(e);
        if (state == null) {
            return e.getMessage();
        }
        if (state.equals("08004")) {
            return "le serveur PostgreSQL demande un mot de passe ; définissez VENTES_DB_USER et VENTES_DB_PASSWORD";
        }
        if (state.startsWith("08")) {
            return "serveur PostgreSQL injoignable ; vérifiez l'hôte, le port et qu'il est démarré";
        }
        return switch (state) {
            case "28P01", "28000" -> "connexion refusée par PostgreSQL ; vérifiez VENTES_DB_USER et VENTES_DB_PASSWORD";
            case "3D000" -> "cette base n'existe pas sur le serveur ; créez-la (createdb) ou corrigez l'URL";
            case "42501" -> "droits insuffisants ; l'utilisateur doit pouvoir créer des tables dans le schéma";
            case "40001", "40P01", "55P03" -> "conflit avec un autre import en cours ; relancez (rien n'a été modifié)";
            case "53100" -> "le disque du serveur est plein ; libérez de la place puis relancez (rien n'a été modifié)";
            case "57014" -> "requête interrompue (délai dépassé ou annulation) ; rien n'a été modifié";
            default -> e.getMessage();
        };
    }

    private static String rootState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static SQLiteErrorCode rootCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return sqlite.getResultCode();
            }
        }
        return null;
    }
}
