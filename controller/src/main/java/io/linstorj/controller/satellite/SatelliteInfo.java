package io.linstorj.controller.satellite;

/**
 * What an authenticated satellite says about itself, as the controller keeps it.
 *
 * @param drbdDriver  "real" or "emulated"
 * @param drbdVersion the DRBD version the satellite runs, empty if it did not say
 * @param description the satellite's free-form description of itself
 */
public record SatelliteInfo(String drbdDriver, String drbdVersion, String description) {}
