package io.linstorj.testing;

/** The sample plugin tests against satellites and a controller in child JVMs (the default). */
@LinstorCluster(satellites = 3)
class SamplePluginInChildJvmsTest extends SamplePluginContract {}
