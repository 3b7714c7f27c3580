/**
 * Accounts: the people who use Looplab, their roles, and how they sign in.
 */
package dev.looplab.account;
