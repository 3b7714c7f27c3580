package dev.looplab.account;

import java.time.Instant;

/**
 * What the owner sees of a stored API token: never the token itself, which is kept only
 * as a hash.
 *
 * @param id the token's key, to revoke it by
 * @param name what the owner called it
 * @param hint the token's first characters
 * @param createdAt when it was created
 */
public record ApiTokenSummary(long id, String name, String hint, Instant createdAt) {

}
