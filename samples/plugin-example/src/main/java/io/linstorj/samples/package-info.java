/**
 * The client's API samples ({@link io.linstorj.samples.ApiSamples}, quoted by
 * {@code client/API.md}) and a program that runs them against a controller, as a plugin depending
 * on {@code io.linstorj:linstorj-client} would ({@link io.linstorj.samples.Main}).
 */
package io.linstorj.samples;
