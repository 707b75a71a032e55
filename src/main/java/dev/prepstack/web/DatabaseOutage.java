package dev.prepstack.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises failures that mean "the database is out of reach or busy right now" (worth a 503 and
 * a retry) as opposed to a bug (a 500). Looks through the whole cause chain, because a lost
 * connection can surface as a failed rollback as well as a failed query.
 */
final class DatabaseOutage {

    private DatabaseOutage() {}

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof TransientDataAccessException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            // A rollback that failed hides the failure that caused it: look at that one too.
            if (t instanceof TransactionSystemException tse
                    && tse.getApplicationException() != null
                    && causedBy(tse.getApplicationException())) {
                return true;
            }
            // SQLSTATE class 08: connection exception (PostgreSQL and H2 both use it).
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
