/**
 * Resource groups and their volume groups: templates with a select filter for autoplace, and
 * spawn, which creates and places a resource definition from a group in one mutation.
 */
package io.linstorj.controller.group;
