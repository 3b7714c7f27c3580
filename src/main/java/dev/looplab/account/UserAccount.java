package dev.looplab.account;

import java.time.Instant;

/**
 * One row of the {@code users} table.
 *
 * @param id the generated key
 * @param username the normalized user name
 * @param passwordHash the encoded password, with its {@code {id}} prefix
 * @param role what the account may do
 * @param enabled whether the account may sign in
 * @param createdAt when the account was created
 */
record UserAccount(long id, String username, String passwordHash, Role role, boolean enabled, Instant createdAt) {

}
