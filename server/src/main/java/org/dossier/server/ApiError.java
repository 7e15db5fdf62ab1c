package org.dossier.server;

/** A request the API refuses, with the HTTP status and a message for the client. */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }
}
