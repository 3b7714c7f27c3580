package dev.looplab.account;

import java.time.Instant;

/**
 * What an admin sees of an account: never its password hash.
 *
 * @param username the normalized user name
 * @param role what the account may do
 * @param createdAt when the account was created
 */
public record AccountSummary(String username, Role role, Instant createdAt) {

}
