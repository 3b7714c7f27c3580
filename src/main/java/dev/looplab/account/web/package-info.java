/**
 * The web side of accounts: security filter chains, the login and registration pages, and
 * the current user in every page model.
 */
package dev.looplab.account.web;
