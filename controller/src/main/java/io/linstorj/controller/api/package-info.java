/**
 * What every service answers with: LINSTOR's ApiCallRc entries and the exception carrying them,
 * the context of a call, and the rules for names and free text that every input is checked
 * against before anything is stored, and LINSTOR's refusals of a missing object ({@code NotFound}).
 * Free of any transport type.
 */
package io.linstorj.controller.api;
