/**
 * The grading module's HTTP adapters: the exercise and submission API, the exercise page
 * with Check and Submit, a submission's page and the learner's progress.
 */
package dev.looplab.grading.web;
