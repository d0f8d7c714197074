// The limits real Direct Line sets, which ours mirrors so a bot behaves the same behind either.

/** An activity posted as JSON may be at most 256 KB. */
export const MAX_ACTIVITY_BYTES = 256 * 1024;

/** All the files of one upload together may be at most 4 MB. */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;

/** A customer attaches a handful of photos or a receipt; more parts than this is not a person typing. */
export const MAX_FILES_PER_UPLOAD = 5;

/** A conversation token lives 30 minutes; directlinejs refreshes it every 15. */
export const TOKEN_LIFETIME_SECONDS = 1800;

/** A stream ticket only has to survive the moment between a client reading streamUrl and opening it. */
export const STREAM_TICKET_LIFETIME_SECONDS = 120;

/** directlinejs gives up on a stream it hears nothing from for a while; a blank frame well inside that keeps it open. */
export const STREAM_KEEP_ALIVE_MS = 20_000;
