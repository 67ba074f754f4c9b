/**
 * Offline proofreading: review files (one per reviewer, merged on load), re-anchoring marks on an issue
 * that moved on, the workflow of proof rounds, 核红 and 签发, what changed since proof, and issue packages
 * for proofreaders. No JavaFX here: the workstation's proof mode and the command line both sit on top.
 */
package dev.broadsheet.review;
