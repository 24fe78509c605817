package org.gilankg.cli;

import java.net.BindException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;

/** Expected failures told in one line: the innermost cause that says what went wrong. */
final class Failures {

    private Failures() {}

    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (has(e, ConnectException.class)) {
            return "cannot connect";
        }
        if (has(e, UnknownHostException.class)) {
            return "unknown host " + root.getMessage() + " (no network?)";
        }
        if (has(e, HttpTimeoutException.class)) {
            return "no answer in time";
        }
        String message = e.getMessage() != null ? e.getMessage() : root.getMessage();
        if (message == null || message.isBlank()) {
            message = root.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse("").strip();
    }

    static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static boolean isBusyPort(Throwable e) {
        return has(e, BindException.class);
    }
}
