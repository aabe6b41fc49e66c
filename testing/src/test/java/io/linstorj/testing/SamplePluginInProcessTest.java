package io.linstorj.testing;

/** The sample plugin tests against a controller and satellites in the test's JVM. */
@LinstorCluster(satellites = 3, inProcess = true)
class SamplePluginInProcessTest extends SamplePluginContract {}
